/** Scores are shown as whole numbers (0–100); "–" where there is no score. */
export function formatScore(score: number | null): string {
  return score === null ? '–' : String(Math.round(score));
}
