import type { z } from 'zod';
import { contentFiles, type ContentFileName } from './schema.ts';
import type { Content } from './types.ts';

/** One thing wrong with the content, located by file and path so an editor can find it. */
export interface ContentProblem {
  file: ContentFileName;
  path: string;
  message: string;
}

export type ContentValidation =
  | { ok: true; content: Content; actionsWithoutQuotes: string[] }
  | { ok: false; problems: ContentProblem[] };

// The leaflet's own section sizes. Checked so that a lost or doubled action during editing is caught;
// a checklist not listed here (a future framework) is not held to them.
const KNOWN_SECTION_SIZES: Record<string, Record<string, number>> = {
  'council-leaders-key-actions': { climate: 6, leading: 5, ambitions: 4, delivery: 5 },
};

const FILE_KEYS: Record<ContentFileName, keyof Content> = {
  'checklist.json': 'checklist',
  'scale.json': 'scale',
  'quotes.json': 'quotes',
  'findings.json': 'findings',
  'recommendations.json': 'recommendations',
  'examples.json': 'examples',
  'about.json': 'about',
};

function pathOf(issue: z.core.$ZodIssue): string {
  return issue.path.length === 0 ? '(top level)' : issue.path.map(String).join('.');
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `content/${p.file}: ${p.path}: ${p.message}`).join('\n');
}

/** Validates raw parsed JSON for every content file, then checks the files against each other. */
export function validateContent(raw: Partial<Record<ContentFileName, unknown>>): ContentValidation {
  const problems: ContentProblem[] = [];
  const parsed: Partial<Content> = {};

  for (const [file, schema] of Object.entries(contentFiles) as [ContentFileName, z.ZodType][]) {
    if (!(file in raw)) {
      problems.push({ file, path: '(file)', message: 'file is missing' });
      continue;
    }
    const result = schema.safeParse(raw[file]);
    if (result.success) {
      (parsed as Record<string, unknown>)[FILE_KEYS[file]] = result.data;
    } else {
      for (const issue of result.error.issues) {
        problems.push({ file, path: pathOf(issue), message: issue.message });
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const content = parsed as Content;
  problems.push(...crossCheck(content));
  if (problems.length > 0) return { ok: false, problems };

  const quoted = new Set(content.quotes.items.flatMap((q) => q.tags.map((t) => t.actionId)));
  const actionsWithoutQuotes = content.checklist.sections
    .flatMap((s) => s.actions)
    .map((a) => a.id)
    .filter((a) => !quoted.has(a));
  return { ok: true, content, actionsWithoutQuotes };
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

function crossCheck(c: Content): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sections = c.checklist.sections;
  const sectionIds = new Set(sections.map((s) => s.id));
  const actionIds = new Set(sections.flatMap((s) => s.actions.map((a) => a.id)));

  const unique = (file: ContentFileName, path: string, ids: string[]) => {
    for (const dup of new Set(duplicates(ids))) {
      problems.push({ file, path, message: `duplicate id "${dup}"` });
    }
  };
  unique('checklist.json', 'sections', sections.map((s) => s.id));
  unique('checklist.json', 'sections[].actions', sections.flatMap((s) => s.actions.map((a) => a.id)));
  unique('quotes.json', 'items', c.quotes.items.map((q) => q.id));
  unique('findings.json', 'furtherAction.areas', c.findings.furtherAction.areas.map((a) => a.id));
  unique('findings.json', 'behaviours.items', c.findings.behaviours.items.map((b) => b.id));
  unique('recommendations.json', 'items', c.recommendations.items.map((r) => r.id));
  unique('examples.json', 'items', c.examples.items.map((e) => e.id));
  unique('about.json', 'sources', c.about.sources.map((s) => s.id));
  unique('scale.json', 'options', c.scale.options.map((o) => String(o.value)));

  sections.forEach((s, si) =>
    s.actions.forEach((a, ai) => {
      if (!a.id.startsWith(`${s.id}.`)) {
        problems.push({
          file: 'checklist.json',
          path: `sections.${si}.actions.${ai}.id`,
          message: `action id "${a.id}" must start with its section id "${s.id}."`,
        });
      }
    }),
  );

  const expected = KNOWN_SECTION_SIZES[c.checklist.id];
  if (expected) {
    sections.forEach((s, si) => {
      const want = expected[s.id];
      if (want === undefined) {
        problems.push({ file: 'checklist.json', path: `sections.${si}.id`, message: `section "${s.id}" is not in the leaflet` });
      } else if (s.actions.length !== want) {
        problems.push({
          file: 'checklist.json',
          path: `sections.${si}.actions`,
          message: `section "${s.id}" has ${s.actions.length} actions; the leaflet has ${want}`,
        });
      }
    });
    for (const id of Object.keys(expected)) {
      if (!sectionIds.has(id)) {
        problems.push({ file: 'checklist.json', path: 'sections', message: `section "${id}" from the leaflet is missing` });
      }
    }
  }

  const values = c.scale.options.map((o) => o.value).sort((a, b) => a - b);
  if (values.some((v, i) => v !== i)) {
    problems.push({ file: 'scale.json', path: 'options', message: 'values must run 0, 1, 2 … with no gaps' });
  }

  const checkLinks = (file: ContentFileName, path: string, items: { id: string; actionIds: string[] }[]) =>
    items.forEach((item, i) =>
      item.actionIds.forEach((a, j) => {
        if (!actionIds.has(a)) {
          problems.push({ file, path: `${path}.${i}.actionIds.${j}`, message: `unknown action id "${a}" (in "${item.id}")` });
        }
      }),
    );
  checkLinks('findings.json', 'furtherAction.areas', c.findings.furtherAction.areas);
  checkLinks('findings.json', 'behaviours.items', c.findings.behaviours.items);
  checkLinks('findings.json', 'freshIdeas', [{ id: 'freshIdeas', actionIds: c.findings.freshIdeas.actionIds }]);
  checkLinks('findings.json', 'scopeForMore', [{ id: 'scopeForMore', actionIds: c.findings.scopeForMore.actionIds }]);
  problems.push(...checkTags('quotes.json', c.quotes.items, actionIds));
  problems.push(...checkTags('recommendations.json', c.recommendations.items, actionIds));
  problems.push(...checkTags('examples.json', c.examples.items, actionIds));

  c.quotes.items.forEach((q, i) => {
    if (!sectionIds.has(q.sectionId)) {
      problems.push({ file: 'quotes.json', path: `items.${i}.sectionId`, message: `unknown section id "${q.sectionId}"` });
    }
  });
  return problems;
}

interface Tagged {
  id: string;
  tags: { actionId: string; rank: number }[];
}

/**
 * Tags name known actions, each action once per item, and the ranks of one kind of item for one action
 * run 1, 2, 3 … with no tie or gap: the data itself says which is most direct.
 */
function checkTags(file: ContentFileName, items: readonly Tagged[], known: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ranks = new Map<string, { rank: number; id: string }[]>();
  items.forEach((item, i) =>
    item.tags.forEach((tag, j) => {
      const path = `items.${i}.tags.${j}`;
      if (!known.has(tag.actionId)) {
        problems.push({ file, path: `${path}.actionId`, message: `unknown action id "${tag.actionId}" (in "${item.id}")` });
      } else if (item.tags.findIndex((t) => t.actionId === tag.actionId) !== j) {
        problems.push({ file, path, message: `"${item.id}" names "${tag.actionId}" twice` });
      }
      ranks.set(tag.actionId, [...(ranks.get(tag.actionId) ?? []), { rank: tag.rank, id: item.id }]);
    }),
  );
  for (const [actionId, list] of ranks) {
    const sorted = list.map((r) => r.rank).sort((a, b) => a - b);
    if (sorted.some((r, k) => r !== k + 1)) {
      const given = list.map((r) => `${r.id} ${r.rank}`).join(', ');
      problems.push({
        file,
        path: 'items',
        message: `ranks for "${actionId}" must run 1, 2, 3 … with no tie or gap (given: ${given})`,
      });
    }
  }
  return problems;
}
