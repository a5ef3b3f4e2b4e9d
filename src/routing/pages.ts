import { paths, type Route } from './paths.ts';

/**
 * The file a page's code goes in, for src/build/chunks.ts: on a slow connection every file is a round
 * trip, so the pages people open by link come in a few larger files.
 * - `first-load`: imported by the entry, in the app's first file.
 * - `results`: the results page's own file.
 * - `workshop`: what the workshop's routes and the group results need (opened on phones in the room).
 * - `workshop-pages`: what the other workshop pages need.
 * - `own`: a file of its own; what it shares with other pages stays out of the workshop's files (a
 *   leader's plan should not load a workshop).
 * - `near-workshop`: a file of its own; what it shares with the workshop's pages goes in theirs.
 */
export type Chunk =
  'first-load' | 'results' | 'workshop' | 'workshop-pages' | 'own' | 'near-workshop';

/**
 * Where a page is shown: `site` inside the site's layout (src/app/Layout.tsx), `alone` with no layout
 * (the projector's screens), `workshops` below /workshops (src/routing/WorkshopRoutes.tsx) and
 * `in-workshop` below /workshops/:id, once the workshop is found.
 */
export type Layout = 'site' | 'alone' | 'workshops' | 'in-workshop';

export interface Page {
  route: Route<never>;
  /** The page's module below src/; the route tables load this file (./lazyPages.ts). */
  module: string;
  layout: Layout;
  chunk: Chunk;
  /** Rendered into index.html at build time under this key (src/build/prerender). */
  prerendered?: string;
  /** A link straight to it fetches its code beside the entry (the built page's head script). */
  preloadOnLink?: boolean;
  /** The route answers for every path below it too (a nested route table). */
  andBelow?: boolean;
  /** The page shows the research (quotes, findings, recommendations, examples): it loads with it. */
  research?: boolean;
}

/** A feature's page; `module` is its file below src/features, without `.tsx`. */
const page = <L extends Layout, C extends Chunk>(
  route: Route<never>,
  module: string,
  layout: L,
  chunk: C,
  extra: Pick<Page, 'prerendered' | 'preloadOnLink' | 'andBelow' | 'research'> = {},
) => ({ route, module: `features/${module}.tsx`, layout, chunk, ...extra });

/**
 * Every page of the app, once: its address, its module, where it is shown, the file its code goes in
 * and whether it is prerendered. The route tables (src/app/AppRoutes.tsx, ./WorkshopRoutes.tsx), the
 * prerender (src/build/prerender) and the build's chunking (src/build/chunks.ts) all read it. This file
 * imports no page, so the build machine can read it; ./lazyPages.ts holds what loads each.
 */
export const PAGES = {
  landing: page(paths.home, 'landing/LandingPage', 'site', 'first-load', {
    prerendered: 'landing',
  }),
  aboutYou: page(paths.aboutYou, 'assessment/AboutYouPage', 'site', 'first-load'),
  section: page(paths.section, 'assessment/SectionPage', 'site', 'first-load'),
  check: page(paths.check, 'assessment/CheckAnswersPage', 'site', 'first-load'),
  dataDeleted: page(paths.dataDeleted, 'your-data/DataDeletedPage', 'site', 'first-load'),
  // Read by few, and prerendered: its words paint before any script; its code and the research it
  // shows load when it is opened.
  aboutResearch: page(paths.aboutResearch, 'about/AboutResearchPage', 'site', 'own', {
    prerendered: 'about',
    preloadOnLink: true,
    research: true,
  }),
  // Results bring the research content and the charts: loaded only when first shown.
  results: page(paths.results, 'results/ResultsPage', 'site', 'results', {
    preloadOnLink: true,
    research: true,
  }),
  plan: page(paths.plan, 'plan/PlanPage', 'site', 'own', { preloadOnLink: true, research: true }),
  // Read by few, and only text: kept out of the first load.
  privacy: page(paths.privacy, 'privacy/PrivacyPage', 'site', 'own', {
    prerendered: 'privacy',
    preloadOnLink: true,
  }),
  summary: page(paths.summary, 'summary/SummaryPage', 'site', 'own', {
    preloadOnLink: true,
    research: true,
  }),
  yourData: page(paths.yourData, 'your-data/YourDataPage', 'site', 'own', { preloadOnLink: true }),
  compare: page(paths.compare, 'your-data/ComparePage', 'site', 'own'),
  history: page(paths.history, 'history/HistoryPage', 'site', 'own', { preloadOnLink: true }),
  review: page(paths.review, 'history/PlanReviewPage', 'site', 'own'),
  // Sharing and workshops load on first use.
  share: page(paths.share, 'share/SharePage', 'site', 'near-workshop'),
  group: page(paths.group, 'group/YouAndGroupPage', 'site', 'near-workshop', { research: true }),
  // The sector picture, for programme officers: loaded on first use.
  sector: page(paths.sector, 'sector/SectorPage', 'site', 'own', { research: true }),
  sectorReport: page(paths.sectorReport, 'sector/SectorReportPage', 'site', 'own', {
    research: true,
  }),
  besideSector: page(paths.besideSector, 'sector/BesideSectorPage', 'site', 'own', {
    research: true,
  }),
  // Every page below /workshops, in a route table of their own (./WorkshopRoutes.tsx).
  workshopRoutes: {
    route: paths.workshops,
    module: 'routing/WorkshopRoutes.tsx',
    layout: 'site',
    chunk: 'workshop',
    preloadOnLink: true,
    andBelow: true,
  },
  // Presentation mode and the projected join code have no site layout.
  workshopPresent: page(
    paths.workshopPresent,
    'workshop/present/PresentationPage',
    'alone',
    'near-workshop',
    { research: true },
  ),
  workshopShowCode: page(
    paths.workshopShowCode,
    'workshop/qr/QrScreenPage',
    'alone',
    'near-workshop',
  ),
  // Each workshop page is loaded when first shown, so that a link to one page (the group results, most
  // often, opened on a phone in the room) does not bring the forms of every other.
  workshops: page(paths.workshops, 'workshop/setup/WorkshopsPage', 'workshops', 'workshop-pages'),
  workshopGuide: page(
    paths.workshopGuide,
    'workshop/setup/GuidePage',
    'workshops',
    'workshop-pages',
    {
      prerendered: 'guide',
    },
  ),
  newWorkshop: page(
    paths.newWorkshop,
    'workshop/setup/NewWorkshopPage',
    'workshops',
    'workshop-pages',
  ),
  workshop: page(paths.workshop, 'workshop/overview/WorkshopPage', 'in-workshop', 'workshop-pages'),
  workshopEdit: page(
    paths.workshopEdit,
    'workshop/setup/EditWorkshopPage',
    'in-workshop',
    'workshop-pages',
  ),
  workshopTurn: page(paths.workshopTurn, 'workshop/turn/TurnPage', 'in-workshop', 'workshop-pages'),
  workshopAdd: page(
    paths.workshopAdd,
    'workshop/add/AddResponsesPage',
    'in-workshop',
    'workshop-pages',
  ),
  workshopResults: page(
    paths.workshopResults,
    'workshop/results/GroupResultsPage',
    'in-workshop',
    'workshop',
    {
      preloadOnLink: true,
      research: true,
    },
  ),
  workshopPlan: page(
    paths.workshopPlan,
    'workshop/plan/GroupPlanPage',
    'in-workshop',
    'workshop-pages',
    { research: true },
  ),
  workshopPlanItem: page(
    paths.workshopPlanItem,
    'workshop/plan/GroupPlanItemPage',
    'in-workshop',
    'workshop-pages',
    { research: true },
  ),
  workshopSummary: page(
    paths.workshopSummary,
    'workshop/summary/GroupSummaryPage',
    'in-workshop',
    'workshop-pages',
    { research: true },
  ),
  workshopEarlier: page(
    paths.workshopEarlier,
    'workshop/earlier/LinkEarlierPage',
    'in-workshop',
    'workshop-pages',
  ),
  workshopEarlierReview: page(
    paths.workshopEarlierReview,
    'workshop/earlier/EarlierReviewPage',
    'in-workshop',
    'workshop-pages',
  ),
} as const satisfies Record<string, Page>;

export type PageKey = keyof typeof PAGES;

/** The pages shown in `layout` whose code goes in a file of `chunk`. */
export type PagesWhere<L extends Layout, C extends Chunk = Chunk> = {
  [K in PageKey]: (typeof PAGES)[K] extends { layout: L; chunk: C } ? K : never;
}[PageKey];

/** Each page's key and row, in the table's order. */
export const pageRows = () => Object.entries(PAGES) as [PageKey, Page][];

/** The pages rendered into index.html at build time, each by the hash route it answers to. */
export const PRERENDERED_PAGES = pageRows().flatMap(([, p]) =>
  p.prerendered ? [{ key: p.prerendered, path: p.route.path }] : [],
);
