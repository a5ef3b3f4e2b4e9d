/** Scores are shown as whole numbers (0–100); "–" where there is no score. */
export function formatScore(score: number | null): string {
  return score === null ? '–' : String(Math.round(score));
}

/** "agree the priority areas…" → "Agree the priority areas…": leaflet list items shown as headings. */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
