/** A page: the pattern the router matches, and how a link reaches it. */
export interface Route<Params extends (string | number)[] = []> {
  path: string;
  href(...params: Params): string;
}

/** A route whose `:name` parts are filled, in order, by href's arguments. */
function route<Params extends (string | number)[] = []>(path: string): Route<Params> {
  return {
    path,
    href: (...params) => {
      let i = 0;
      return path.replace(/:\w+/g, () => String(params[i++]));
    },
  };
}

const section = route<[sectionId: string]>('/section/:sectionId');

/** Every page's path in one place: the route tables and every link read it, so they cannot drift. */
export const paths = {
  home: route('/'),
  aboutYou: route('/about-you'),
  section: {
    path: section.path,
    href: (sectionId: string, opts: { returnTo?: 'check'; focus?: string } = {}) => {
      const query = new URLSearchParams();
      if (opts.returnTo) query.set('return', opts.returnTo);
      if (opts.focus) query.set('focus', opts.focus);
      const q = query.toString();
      return `${section.href(sectionId)}${q ? `?${q}` : ''}`;
    },
  },
  check: {
    path: '/check',
    /** `focus`: the action whose row takes focus, coming back from its Change link (issue 25). */
    href: (opts: { focus?: string } = {}) =>
      opts.focus ? `/check?focus=${encodeURIComponent(opts.focus)}` : '/check',
  },
  results: route('/results'),
  plan: route('/plan'),
  summary: route('/summary'),
  yourData: route('/your-data'),
  dataDeleted: route('/data-deleted'),
  compare: route<[snapshotId: string]>('/compare/:snapshotId'),
  history: route('/history'),
  review: route('/review'),
  aboutResearch: route('/about'),
  privacy: route('/privacy'),
  share: route('/share'),
  workshops: route('/workshops'),
  workshopGuide: route('/workshops/guide'),
  newWorkshop: route('/workshops/new'),
  workshop: route<[id: string]>('/workshops/:id'),
  workshopEdit: route<[id: string]>('/workshops/:id/edit'),
  workshopTurn: route<[id: string]>('/workshops/:id/turn'),
  workshopAdd: route<[id: string]>('/workshops/:id/add'),
  workshopResults: route<[id: string]>('/workshops/:id/results'),
  /** Outside the site layout: the projector shows nothing but the slide. */
  workshopPresent: route<[id: string]>('/workshops/:id/present'),
  workshopPlan: route<[id: string]>('/workshops/:id/plan'),
  workshopPlanItem: route<[id: string, item: number | 'new']>('/workshops/:id/plan/:item'),
  workshopSummary: route<[id: string]>('/workshops/:id/summary'),
  /** Comparing with an earlier workshop of the same group, and reviewing its plan (issue 10). */
  workshopEarlier: route<[id: string]>('/workshops/:id/earlier'),
  workshopEarlierReview: route<[id: string]>('/workshops/:id/earlier/review'),
  /** Outside the site layout: a QR code as large as the projector allows. */
  workshopShowCode: route<[id: string, what: 'join' | 'group']>('/workshops/:id/show/:what'),
  /** A programme officer's picture of many councils' group results (issue 24). */
  sector: route('/sector'),
  /** The printable report of the sector picture, for the Board. */
  sectorReport: route('/sector/report'),
  /** A leader's or a group's results beside a sector file's figures. */
  besideSector: route('/beside-sector'),
  /** A member's own answers against the group figures, from a group-results code or file. */
  group: {
    path: '/group/:code?',
    href: (code?: string) => (code ? `/group/${code}` : '/group'),
  },
} as const;

/** A route's path below another's, for a route table nested inside that route. */
export const pathBelow = (parent: Route<never>, child: Route<never>) =>
  child.path.slice(parent.path.length).replace(/^\//, '');

/** The route and every path below it, for a table that hands the rest to a nested one. */
export const andBelow = (route: Route<never>) => `${route.path}/*`;

/** The route table's last entry: any path no other route matches (the "page not found" page). */
export const anyOtherPath = '*';

/** Element id for an action's question; its first radio is `${questionId(id)}-0`. */
export const questionId = (actionId: string) => `q-${actionId.replace(/\./g, '--')}`;
