/** Whose results a view shows: one leader's, a workshop group's, or the sector's. The words follow. */
export type Subject = 'your' | "the group's" | "the sector's";

const WHOSE = {
  your: 'Your',
  "the group's": "The group's",
  "the sector's": "The sector's",
} as const;
const SCORE = { your: 'Your score', "the group's": 'Group score', "the sector's": 'Sector score' };

export const whose = (subject: Subject) => WHOSE[subject];
/** The name of the score series and column: "Your score", "Group score". */
export const scoreName = (subject: Subject) => SCORE[subject];
