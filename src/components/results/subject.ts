/** Whose results a view shows: one leader's, or a workshop group's. The words follow from it. */
export type Subject = 'your' | "the group's";

export const whose = (subject: Subject) => (subject === 'your' ? 'Your' : "The group's");
/** The name of the score series and column: "Your score", "Group score". */
export const scoreName = (subject: Subject) => (subject === 'your' ? 'Your score' : 'Group score');
