/** One committed action in a personal or group action plan. */
export interface PlanItem {
  /** The checklist action it works on. */
  actionId: string;
  /** What I (or we) will do. Required. */
  what: string;
  /** Who I will involve (personal plan), or who owns it (group plan). */
  who: string;
  /** By when, as YYYY-MM-DD; null when not set. */
  byWhen: string | null;
  /** How I will know it is working. */
  measure: string;
}

export const PLAN_LIMITS = {
  maxItems: 5,
  what: 500,
  who: 200,
  measure: 500,
} as const;
