import { formatDate } from '../../domain/display';
import { todayIso } from '../../domain/plan/date';
import { sixMonthsOn } from '../../domain/reminder/ics';

/**
 * What to do with the printed summary (issue 25): when to look again (the date the reminder on the
 * history page proposes: six months on), who to share it with, and how the next round starts.
 */
export function WhatComesNext() {
  const again = formatDate(sixMonthsOn(todayIso()));
  return (
    <section aria-labelledby="summary-next" className="summary-block summary-next">
      <h2 id="summary-next">What comes next</h2>
      <ul>
        <li>
          <strong>Look again on {again},</strong> six months on: the date your reminder proposes
          (“Remind me to reassess”, on your history page).
        </li>
        <li>
          <strong>Share this summary</strong> with those who will help you act on it, for instance
          your chief executive and cabinet.
        </li>
        <li>
          <strong>Start the next round</strong> in this browser, on this device: open the app and
          choose “Start your next round”. Your answers are kept as history, so you see what moved
          and say what became of this plan.
        </li>
      </ul>
    </section>
  );
}
