/** Every page's path in one place, so links and routes cannot drift apart. */
export const paths = {
  home: '/',
  aboutYou: '/about-you',
  section: (sectionId: string, opts: { returnTo?: 'check'; focus?: string } = {}) => {
    const query = new URLSearchParams();
    if (opts.returnTo) query.set('return', opts.returnTo);
    if (opts.focus) query.set('focus', opts.focus);
    const q = query.toString();
    return `/section/${sectionId}${q ? `?${q}` : ''}`;
  },
  check: '/check',
  results: '/results',
  plan: '/plan',
  summary: '/summary',
  yourData: '/your-data',
  dataDeleted: '/data-deleted',
  compare: (snapshotId: string) => `/compare/${snapshotId}`,
  aboutResearch: '/about',
  privacy: '/privacy',
} as const;

/** Element id for an action's question; its first radio is `${questionId(id)}-0`. */
export const questionId = (actionId: string) => `q-${actionId.replace(/\./g, '--')}`;
