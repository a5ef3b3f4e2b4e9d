import type { Findings } from '../content/types';
import type { ActionResult } from './score';

/** Actions the research names among "the most important areas for further action". */
export function actionsNamedByFindings(findings: Findings): Set<string> {
  return new Set(findings.furtherAction.areas.flatMap((a) => a.actionIds));
}

/**
 * Weak areas: actions answered at most two points below the top of the scale (0–2 of 0–4), largest gap
 * first; on a tie, actions a key finding names come first, then leaflet order.
 */
export function weakAreas(
  actions: readonly ActionResult[],
  findings: Findings,
  max: number,
): ActionResult[] {
  const named = actionsNamedByFindings(findings);
  return actions
    .filter((a) => a.value !== null && a.value <= max - 2)
    .sort(
      (a, b) =>
        b.gap! - a.gap! ||
        Number(named.has(b.actionId)) - Number(named.has(a.actionId)) ||
        a.order - b.order,
    );
}

/** Strengths: actions at the top of the scale first, then one below it; leaflet order within each. */
export function strengths(actions: readonly ActionResult[], max: number): ActionResult[] {
  return actions
    .filter((a) => a.value !== null && a.value >= max - 1)
    .sort((a, b) => b.value! - a.value! || a.order - b.order);
}

export const TOP_WEAK_AREAS = 5;

/** Every scored action, largest gap first, then leaflet order: the order of the gap chart. */
export function actionsByGap(actions: readonly ActionResult[]): ActionResult[] {
  return actions.filter((a) => a.gap !== null).sort((a, b) => b.gap! - a.gap! || a.order - b.order);
}

/**
 * Every action, weakest first (the "Add an action" list of the plan, issue 25): scored actions by gap,
 * largest first, then those a key finding names, then leaflet order; then the unscored ones ("Not
 * sure" or unanswered) in leaflet order.
 */
export function weakestFirst(actions: readonly ActionResult[], findings: Findings): ActionResult[] {
  const named = actionsNamedByFindings(findings);
  return [...actions].sort(
    (a, b) =>
      Number(a.gap === null) - Number(b.gap === null) ||
      (b.gap ?? 0) - (a.gap ?? 0) ||
      Number(named.has(b.actionId)) - Number(named.has(a.actionId)) ||
      a.order - b.order,
  );
}
