import type { Recommendations } from './types';

type CitedSource = Recommendations['source'];

/**
 * A report named as its publisher and year say it is: 'the Audit Commission's 2007 report "Seeing the
 * light: Innovation in local public services"'. "The research" is kept for the study of council leaders.
 */
export const citeReport = (source: CitedSource): string =>
  `the ${source.publisher}'s ${source.year} report "${source.title}"`;

/** The short form, for a label beside one recommendation: 'Audit Commission, "Seeing the light" (2007)'. */
export const citeShort = (source: CitedSource): string =>
  `${source.publisher}, "${source.title.split(':')[0]}" (${source.year})`;
