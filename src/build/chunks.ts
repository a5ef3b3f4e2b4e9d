import { fileURLToPath } from 'node:url';
import type { Rolldown } from 'vite';
import { pageRows, type Chunk } from '../routing/pages.ts';

// On a slow connection every file is a round trip, six at a time: the results page came in 22 files
// and the group results in 40. Left alone, the bundler makes one small file per combination of pages
// that share code; here the code of the pages people open by link comes in a few larger files. Nothing
// the entry imports is moved: the first load stays as it is.

const src = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** Modules a file imports, directly or not (static imports only), by chunking pass. */
const closures = new WeakMap<object, Map<string, Set<string>>>();
function importedBy(file: string, ctx: Rolldown.ChunkingContext): Set<string> {
  let byFile = closures.get(ctx);
  if (!byFile) closures.set(ctx, (byFile = new Map()));
  let found = byFile.get(file);
  if (found) return found;
  found = new Set();
  const next = [file];
  for (let m = next.pop(); m !== undefined; m = next.pop()) {
    if (found.has(m)) continue;
    found.add(m);
    next.push(...(ctx.getModuleInfo(m)?.importedIds ?? []));
  }
  byFile.set(file, found);
  return found;
}

/** The modules of the pages whose code goes in these files (the page registry, src/routing/pages.ts). */
const pagesIn = (...chunks: Chunk[]) =>
  pageRows()
    .filter(([, page]) => chunks.includes(page.chunk))
    .map(([, page]) => src(page.module));

/**
 * A rolldown code-splitting group's name function: the file a module goes in, or null to leave it.
 * The chart code is a file of its own.
 * The results page's code is one file (other pages that share part of it load it too). What the group
 * results need is another, and what the other workshop pages need a third, but for what pages outside
 * the workshop share with them: a leader's own plan should not load a workshop. That shared code is two
 * files, not one per combination of pages: the group results came in 11 files (`npm run size` holds
 * them to 4).
 */
export function pageGroups(id: string, ctx: Rolldown.ChunkingContext): string | null {
  if (id === src('main.tsx')) return null;
  /** Whether a page whose code goes in one of these files imports the module. */
  const inAny = (...chunks: Chunk[]) =>
    pagesIn(...chunks).some((page) => importedBy(page, ctx).has(id));
  if (importedBy(src('main.tsx'), ctx).has(id)) return 'app';
  // The chart code (recharts and the kit's drawing) is one file of its own, asked for after the first
  // paint by the pages with a chart and by no other (docs/decisions/012-charts-drawn-by-recharts.md).
  // Only the drawing and its packages: what the drawing shares with pages (the kit's geometry, the
  // display helpers) stays with them, or a page without a chart would fetch this file for it.
  if (
    (/[\\/]node_modules[\\/]/.test(id) || id.startsWith(src('components/charts/drawn/'))) &&
    importedBy(src('components/charts/drawn/index.ts'), ctx).has(id)
  )
    return 'charts';
  // The research, which the routing loads beside the pages that show it, goes with the results page,
  // and so do the hooks that read it: every page that calls them has loaded that file already.
  if (
    id === src('components/content/useResearch.ts') ||
    importedBy(src('domain/content/research.ts'), ctx).has(id)
  )
    return 'results';
  if (inAny('results')) return 'results';
  // What the drawing shares with the workshop's pages (the answer dots' geometry) goes with the
  // results too, which the chart code needs already: in the workshop's file it made every chart, on
  // any page, fetch the workshop's code and its stylesheet.
  if (importedBy(src('components/charts/drawn/index.ts'), ctx).has(id)) return 'results';
  const forGroupResults = inAny('workshop');
  if (inAny('own')) {
    if (!forGroupResults) return null;
    // What the group results share with a leader's own pages: the saved workshops and the group's
    // figures (which the sector pages read too) in one file, the small parts and helpers of pages (a
    // part after the first paint, a download, a file's envelope) in another.
    return id.startsWith(src('domain/group/')) ||
      importedBy(src('state/workshopStore.ts'), ctx).has(id)
      ? 'shared-workshops'
      : 'shared-parts';
  }
  if (forGroupResults) return 'workshop';
  if (inAny('workshop', 'workshop-pages')) return 'workshop-pages';
  return null;
}
