// Finds import cycles among a folder's TypeScript files, counting `import type` and `export … from`
// (ESLint's import-x/no-cycle skips type-only imports, so a cycle through types alone went unseen:
// issue 23). Dynamic `import()` is not counted: it runs later, not while modules load.
//   node test/tools/check-cycles.mjs [folder…]   (default: src) — exits 1 if there is a cycle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = /\.(ts|tsx|mts)$/;
// Static import and export-from statements, type-only ones included, over several lines if need be.
const STATEMENT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

function filesIn(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : SOURCE.test(name) ? [path] : [];
  });
}

/** The file a relative specifier names (with or without its extension), or undefined. */
function resolveFrom(file, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(file), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile() && SOURCE.test(candidate))
      return candidate;
  return undefined;
}

/** Each file's imports (within the folders), type-only ones included. */
export function importGraph(dirs) {
  const graph = new Map();
  for (const file of dirs.flatMap((dir) => filesIn(resolve(dir)))) {
    const text = readFileSync(file, 'utf8');
    const imports = new Set();
    for (const [, specifier] of text.matchAll(STATEMENT)) {
      const target = resolveFrom(file, specifier);
      if (target) imports.add(target);
    }
    graph.set(file, imports);
  }
  return graph;
}

/** Every cycle, one per strongly connected group of files, as a path that returns to its start. */
export function findCycles(dirs) {
  const graph = importGraph(dirs);
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  let next = 0;
  const visit = (file) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const to of graph.get(file) ?? []) {
      if (!graph.has(to)) continue;
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file), low.get(to)));
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file), index.get(to)));
    }
    if (low.get(file) === index.get(file)) {
      const group = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1 || graph.get(file).has(file)) groups.push(new Set(group));
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  // One path round each group: from its first file, follow imports within the group back to it.
  return groups.map((group) => {
    const [start] = [...group].sort();
    const path = [start];
    const seen = new Set(path);
    for (let at = start; ;) {
      const to = [...graph.get(at)].filter((f) => group.has(f)).sort();
      const back = to.find((f) => f === start);
      if (back && path.length > 1) break;
      at = to.find((f) => !seen.has(f)) ?? to[0];
      if (at === start || seen.has(at)) break;
      path.push(at);
      seen.add(at);
    }
    return [...path, start].map((f) => relative(process.cwd(), f));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2);
  const cycles = findCycles(dirs.length ? dirs : ['src']);
  for (const cycle of cycles)
    console.error(`Import cycle (type-only imports counted): ${cycle.join(' → ')}`);
  console.log(
    cycles.length
      ? `${cycles.length} import cycle(s)`
      : 'No import cycle, type-only imports counted.',
  );
  process.exit(cycles.length ? 1 : 0);
}
