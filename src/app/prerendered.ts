import { paths } from '../routing/paths';

/**
 * The pages whose first screen does not depend on anything saved: they are rendered into the built
 * index.html (src/build/prerender) and painted before any script runs, then hydrated. Each is named
 * by the hash route it answers to.
 */
export const PRERENDERED_PAGES = [
  { key: 'landing', path: paths.home.path },
  { key: 'about', path: paths.aboutResearch.path },
  { key: 'privacy', path: paths.privacy.path },
  { key: 'guide', path: paths.workshopGuide.path },
] as const;

export type PrerenderedKey = (typeof PRERENDERED_PAGES)[number]['key'];

/** The route a location hash shows, without its query: '#/about?x=1' -> '/about', '' -> '/'. */
export function routeOf(hash: string): string {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  return path === '' ? '/' : path.replace(/(.)\/$/, '$1');
}

/** The attribute the page inside #root carries: which prerendered page it is, if any. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';
