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
