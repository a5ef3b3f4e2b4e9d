import { z } from 'zod';
import { checkFutureDate, dateParts } from '../../../domain/plan/date';
import { WORKSHOP_LIMITS, type WorkshopDetails } from '../../../domain/workshop/workshop';

// Imported only by the lazily loaded workshop pages: zod stays out of the first load.

/** A workshop may be recorded after it happened, so any real date is allowed: "today" is set far back. */
const ANY_DAY = '0000-01-01';

export const detailsSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, 'Enter a title for the workshop')
      .max(WORKSHOP_LIMITS.title, `The title must be ${WORKSHOP_LIMITS.title} characters or fewer`),
    council: z
      .string()
      .trim()
      .max(
        WORKSHOP_LIMITS.council,
        `The council must be ${WORKSHOP_LIMITS.council} characters or fewer`,
      ),
    day: z.string(),
    month: z.string(),
    year: z.string(),
    display: z.enum(['named', 'anonymous'], { message: 'Select how participants will be shown' }),
    names: z.string().max(20_000, 'The list of names is too long'),
  })
  .superRefine((v, ctx) => {
    const date = checkFutureDate(v, ANY_DAY, 'The date of the workshop');
    if (!date.ok) ctx.addIssue({ code: 'custom', path: ['day'], message: date.message });
  });

export type DetailsForm = z.input<typeof detailsSchema>;

export function toDetails(v: DetailsForm): WorkshopDetails {
  const date = checkFutureDate(v, ANY_DAY);
  return {
    title: v.title.trim(),
    council: v.council.trim(),
    date: date.ok ? date.iso : null,
    anonymous: v.display === 'anonymous',
  };
}

export function fromDetails(d: WorkshopDetails | null): DetailsForm {
  return {
    title: d?.title ?? '',
    council: d?.council ?? '',
    ...dateParts(d?.date),
    // No default: the facilitator makes the choice, as GOV.UK radios do.
    display: (d ? (d.anonymous ? 'anonymous' : 'named') : undefined) as DetailsForm['display'],
    names: '',
  };
}

export const namesFrom = (text: string) =>
  text
    .split(/\r?\n/)
    .map((n) => n.trim())
    .filter(Boolean);
