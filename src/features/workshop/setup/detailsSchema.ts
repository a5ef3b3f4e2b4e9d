// zod/mini, as the plan form uses: the same validation for a fraction of the bytes. Imported only by
// the lazily loaded workshop pages, so it stays out of the first load.
import * as z from 'zod/mini';
import { checkFutureDate, dateParts } from '../../../domain/plan/date';
import { WORKSHOP_LIMITS, type WorkshopDetails } from '../../../domain/workshop/workshop';

/** A workshop may be recorded after it happened, so any real date is allowed: "today" is set far back. */
const ANY_DAY = '0000-01-01';
const NAMES_MAX = 20_000;

export const detailsSchema = z
  .object({
    title: z.string(),
    council: z.string(),
    day: z.string(),
    month: z.string(),
    year: z.string(),
    // Radios with nothing chosen give null; the check below names the missing choice.
    display: z.nullable(z.string()),
    names: z.string(),
    expected: z.string(),
  })
  .check(
    z.superRefine((v, ctx) => {
      const issue = (path: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message });
      const title = v.title.trim();
      if (title === '') issue('title', 'Enter a title for the workshop');
      else if (title.length > WORKSHOP_LIMITS.title)
        issue('title', `The title must be ${WORKSHOP_LIMITS.title} characters or fewer`);
      if (v.council.trim().length > WORKSHOP_LIMITS.council)
        issue('council', `The council must be ${WORKSHOP_LIMITS.council} characters or fewer`);
      const date = checkFutureDate(v, ANY_DAY, 'The date of the workshop');
      if (!date.ok) issue('day', date.message);
      if (v.display !== 'named' && v.display !== 'anonymous')
        issue('display', 'Select how participants will be shown');
      if (v.names.length > NAMES_MAX) issue('names', 'The list of names is too long');
      if (v.expected.trim() !== '' && expectedCount(v.expected) === null)
        issue(
          'expected',
          `Enter how many members will answer as a whole number from 1 to ${WORKSHOP_LIMITS.participants}, or leave it empty`,
        );
    }),
  );

export type DetailsForm = z.infer<typeof detailsSchema>;

export function toDetails(v: DetailsForm): WorkshopDetails {
  const date = checkFutureDate(v, ANY_DAY);
  return {
    title: v.title.trim(),
    council: v.council.trim(),
    date: date.ok ? date.iso : null,
    anonymous: v.display === 'anonymous',
    expectedCount: expectedCount(v.expected),
  };
}

export function fromDetails(d: WorkshopDetails | null): DetailsForm {
  return {
    title: d?.title ?? '',
    council: d?.council ?? '',
    ...dateParts(d?.date),
    // No default when creating: the facilitator makes the choice, as GOV.UK radios do.
    display: d ? (d.anonymous ? 'anonymous' : 'named') : null,
    names: '',
    expected: d?.expectedCount ? String(d.expectedCount) : '',
  };
}

/** The expected group size typed in the form: a whole number within the participant limit, or null. */
function expectedCount(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[0-9]{1,4}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= 1 && n <= WORKSHOP_LIMITS.participants ? n : null;
}

export const namesFrom = (text: string) =>
  text
    .split(/\r?\n/)
    .map((n) => n.trim())
    .filter(Boolean);
