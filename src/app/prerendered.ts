/** The route a location hash shows, without its query: '#/about?x=1' -> '/about', '' -> '/'. */
export function routeOf(hash: string): string {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  return path === '' ? '/' : path.replace(/(.)\/$/, '$1');
}

/** The attribute the page inside #root carries: which prerendered page it is, if any. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';
