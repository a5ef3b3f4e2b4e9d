import { researchContent } from '../../src/domain/content/research';
import { checklistContent } from '../../src/domain/content/load';

// Issue 22: the leaflet's imprint is AIILGRP Publications; its research was "conducted in partnership
// with the Local Government Association (LGA)". Nothing may call it the LGA's leaflet, and no text may
// give a figure for the research, other leaders or other councils that the sources do not give.

/** Phrases that make the leaflet the LGA's: "the LGA leaflet", "published by the LGA", … */
const LGA_LEAFLET =
  /\bLGA(?:'s|’s)? (?:leaflet|checklist|publication)|\bleaflet (?:of|from|by|published by) the (?:LGA|Local Government Association)|Local Government Association(?:'s|’s) (?:leaflet|checklist)|published by the (?:LGA|Local Government Association)/gi;

/** Every phrase in `text` that credits the leaflet to the LGA. */
export const lgaLeafletClaims = (text: string): string[] =>
  [...text.matchAll(LGA_LEAFLET)].map((m) => m[0]);

/** Words of a benchmark: a percentage, an average or typical leader or council, a ranking. */
const BENCHMARK =
  /%|\bper ?cent\b|\bbenchmark|\bnational average\b|\b(?:average|typical) (?:council|leader|councillor)|\b(?:most|other) (?:councils|leaders|councillors) (?:score|scored|scoring)\b|\bleague table\b|\bquartile\b|\bpercentile\b|\btop performers?\b/i;

/** Sentences about the research, the leaders interviewed or other councils. */
const ABOUT_OTHERS =
  /research|interviewed|leaders in councils|councils achieving|other (?:council )?leaders|other councils|the sector/i;

const { checklist } = checklistContent;
/** Every text the app takes from the sources (checked word for word against them by test/content). */
function textsOf(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['id', 'file', 'version'].includes(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => textsOf(v));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => textsOf(v, k));
  return []; // numbers are ranks and scale values, not words of the sources
}
const sourceWords = textsOf([
  checklistContent.checklist,
  checklistContent.about,
  researchContent,
]).join('\n');
const numbersIn = (s: string) => s.match(/\d+(?:\.\d+)?/g) ?? [];
/**
 * Numbers the sources give: those in their words and citations (years, paragraphs, R1–R14, "20-year"),
 * and the checklist's own counts (20 actions; sections of 6, 5, 4 and 5).
 */
const SOURCE_NUMBERS = new Set([
  ...numbersIn(sourceWords),
  String(checklist.sections.flatMap((s) => s.actions).length),
  ...checklist.sections.map((s) => String(s.actions.length)),
]);

const sentences = (text: string) =>
  text
    .split(/\n|(?<=[.:;?!])\s+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/**
 * Sentences that give a figure the sources do not: any benchmark wording, or a number in a sentence about
 * the research, other leaders or councils that is in no source. A subject's own score ("Your …",
 * "The group's …", "Group score …") is the app's sum of the answers given, not a claim about anyone else.
 */
export function unsourcedFigures(text: string): string[] {
  return sentences(text).filter((s) => {
    if (BENCHMARK.test(s)) return true;
    if (/^(?:Your|The group's|The group’s|Group score)\b/.test(s)) return false;
    return ABOUT_OTHERS.test(s) && numbersIn(s).some((n) => !SOURCE_NUMBERS.has(n));
  });
}
