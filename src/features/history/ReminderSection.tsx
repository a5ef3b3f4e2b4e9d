import { useState, type FormEvent } from 'react';
import { useContent } from '../../components/content/ContentContext';
import { checkFutureDate, dateParts, todayIso, type DateParts } from '../../domain/plan/date';
import { formatDate } from '../../domain/display';
import { reminderCalendar, sixMonthsOn } from '../../domain/reminder/ics';
import { planEvents } from '../../domain/reminder/planEvents';
import { DateInputs } from '../../components/form/DateInputs';
import { downloadText } from '../../components/download';
import { useAssessmentStore } from '../../state/assessmentStore';

/** The app's address when it is served from a website; a file opened from disk has none to give. */
function hostedAddress(): string | null {
  const { protocol, origin, pathname } = window.location;
  return protocol === 'https:' || protocol === 'http:' ? `${origin}${pathname}` : null;
}

/** A date as typed in the three boxes, e.g. "6 6 2027": always in the future, from the clock. */
const example = (iso: string) => {
  const { day, month, year } = dateParts(iso);
  return `${day} ${month} ${year}`;
};

/** "Remind me to reassess": a calendar file to open in Outlook or Google Calendar. Nothing is sent. */
export function ReminderSection() {
  const { checklist } = useContent();
  const assessmentId = useAssessmentStore((s) => s.assessment.id);
  const plan = useAssessmentStore((s) => s.assessment.plan);
  const proposed = sixMonthsOn(todayIso());
  const [parts, setParts] = useState<DateParts>(() => dateParts(proposed));
  const [withPlan, setWithPlan] = useState(false);
  const dated = planEvents(plan, checklist, assessmentId, todayIso());
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkFutureDate(parts, todayIso(), 'The reminder date');
    if (!checked.ok || checked.iso === null) {
      setError(checked.ok ? 'Enter the date for the reminder' : checked.message);
      setDone(null);
      document.getElementById('reminder-date-day')?.focus();
      return;
    }
    setError(null);
    const url = hostedAddress();
    const text = reminderCalendar({
      date: checked.iso,
      // The same for every download in this round: a second download moves the event, not adds one.
      uid: `reassess-${assessmentId}@key-actions-for-innovation`,
      summary: `Reassess: ${checklist.title}`,
      description: `Answer the questions of "${checklist.title}" again, in the same browser as before, where your history is kept, and see what has moved since last time.`,
      url,
      now: new Date(),
      events: withPlan ? dated : [],
    });
    downloadText(text, `reassess-key-actions-${checked.iso}.ics`, 'text/calendar');
    const plural = dated.length === 1 ? 'date' : `${dated.length} dates`;
    setDone(`${formatDate(checked.iso)}${withPlan ? `, with your plan's ${plural},` : ''}`);
  };

  const box = (part: keyof DateParts) => ({
    value: parts[part],
    onChange: (e: { target: { value: string } }) =>
      setParts((p) => ({ ...p, [part]: e.target.value })),
  });

  return (
    <section aria-labelledby="reminder-title" className="no-print">
      <h2 id="reminder-title">Remind me to reassess</h2>
      <p>
        Download a calendar file with a reminder to answer again, and an alert the day before. It
        opens in Outlook, Google Calendar and most other calendars. Nothing is sent anywhere.
      </p>
      <form noValidate onSubmit={submit}>
        <DateInputs
          idBase="reminder-date"
          legend="When do you want to reassess?"
          hint={`Six months on is proposed. For example, ${example(proposed)}.`}
          error={error ?? undefined}
          day={box('day')}
          month={box('month')}
          year={box('year')}
        />
        {dated.length > 0 && (
          <div className="radio checkbox-choice">
            <input
              type="checkbox"
              id="reminder-plan"
              checked={withPlan}
              onChange={(e) => setWithPlan(e.target.checked)}
            />
            <label htmlFor="reminder-plan">
              Add the {dated.length === 1 ? 'date' : `${dated.length} dates`} of your action plan
              too, each as an event with its own reminder the day before
            </label>
          </div>
        )}
        <button type="submit" className="button secondary">
          Download the reminder
        </button>
      </form>
      {done && (
        <p className="notice" role="status">
          Reminder for {done} downloaded. Open the file to add it to your calendar.
        </p>
      )}
    </section>
  );
}
