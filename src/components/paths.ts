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
  history: '/history',
  review: '/review',
  aboutResearch: '/about',
  privacy: '/privacy',
  share: '/share',
  workshops: '/workshops',
  workshopGuide: '/workshops/guide',
  newWorkshop: '/workshops/new',
  workshop: (id: string) => `/workshops/${id}`,
  workshopEdit: (id: string) => `/workshops/${id}/edit`,
  workshopTurn: (id: string) => `/workshops/${id}/turn`,
  workshopAdd: (id: string) => `/workshops/${id}/add`,
  workshopResults: (id: string) => `/workshops/${id}/results`,
  /** Outside the site layout: the projector shows nothing but the slide. */
  workshopPresent: (id: string) => `/workshops/${id}/present`,
  workshopPlan: (id: string) => `/workshops/${id}/plan`,
  workshopPlanItem: (id: string, item: number | 'new') => `/workshops/${id}/plan/${item}`,
  workshopSummary: (id: string) => `/workshops/${id}/summary`,
  /** Comparing with an earlier workshop of the same group, and reviewing its plan (issue 10). */
  workshopEarlier: (id: string) => `/workshops/${id}/earlier`,
  workshopEarlierReview: (id: string) => `/workshops/${id}/earlier/review`,
  /** Outside the site layout: a QR code as large as the projector allows. */
  workshopShowCode: (id: string, what: 'join' | 'group') => `/workshops/${id}/show/${what}`,
  /** A member's own answers against the group figures, from a group-results code or file. */
  group: (code?: string) => (code ? `/group/${code}` : '/group'),
} as const;

/** Element id for an action's question; its first radio is `${questionId(id)}-0`. */
export const questionId = (actionId: string) => `q-${actionId.replace(/\./g, '--')}`;
