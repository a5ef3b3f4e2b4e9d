/**
 * The fewest participants whose group figures may be given to members (the group-results code, its
 * link and QR code, and the file), and the fewest any later reader of group figures (a sector picture,
 * say) accepts. Counts can never hide that everyone else answered alike, but in a group of three or
 * four, two or three members who put their own answers together can take the counts apart and read
 * another member's answers. Five is the common minimum in staff-survey tools. Below it the figures stay
 * on the facilitator's screen.
 */
export const MIN_GROUP_SIZE = 5;

/**
 * An earlier workshop that a later one is compared with keeps group figures from three answers up: they
 * stay on the facilitator's device and are never given to members, and workshops linked before the
 * minimum above was raised keep their link.
 */
export const MIN_EARLIER_GROUP_SIZE = 3;

const people = (n: number) => (n === 1 ? '1 person has' : `${n} people have`);

/** Why figures from a group of n (fewer than MIN_GROUP_SIZE) are not given to members, in plain words. */
export const tooSmallForMembers = (n: number) =>
  `${people(n)} answered, and the group results are given to members only when at least ${MIN_GROUP_SIZE} have: in a smaller group, two or three members who put their own answers together could work out another member's answers.`;
