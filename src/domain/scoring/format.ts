/** Scores are shown as whole numbers (0–100); "–" where there is no score. */
export function formatScore(score: number | null): string {
  return score === null ? '–' : String(Math.round(score));
}

/** "agree the priority areas…" → "Agree the priority areas…": leaflet list items shown as headings. */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * An item of a source's list without the list's own punctuation ("…; and", "…;", "…."), for a label:
 * "Earmark resources to achieve these ambitions;" → "Earmark resources to achieve these ambitions".
 */
export const listItemText = (s: string) => s.replace(/(;\s*and|;|\.)\s*$/, '');

/**
 * What a 0–100 score stands for, in the scale's own words: the answer nearest the average.
 * 59 → "To some extent" (59 of 100 is 2.4 on the 0–4 scale); null when there is no score.
 */
export function nearestAnswer(
  scale: { options: readonly { value: number; label: string }[] },
  score: number | null,
): string | null {
  if (score === null) return null;
  const top = Math.max(...scale.options.map((o) => o.value));
  const nearest = Math.round((score / 100) * top);
  return scale.options.find((o) => o.value === nearest)?.label ?? null;
}

/** 59 → 'on average “To some extent”'. */
export function scoreInWords(
  scale: { options: readonly { value: number; label: string }[] },
  score: number | null,
): string | null {
  const label = nearestAnswer(scale, score);
  return label === null ? null : `on average “${label}”`;
}
