import type { ReactNode } from 'react';
import { matchPath, Route as RouteElement } from 'react-router';
import type { lazyPage } from './lazyPage';
import { pageRows, type Layout, type PageKey } from './pages';
import type { Route } from './paths';

/** Lazily loaded pages and their addresses, read by a route table and by the preload. */
export type LazyPages = readonly (readonly [Route<never>, ReturnType<typeof lazyPage>])[];

/**
 * The pages of the registry (./pages.ts) shown in `layout` that `loaded` has, in the table's order,
 * each with its address: those a route table lists one by one (not a nested table's root).
 */
export const pagesIn = (
  layout: Layout,
  loaded: Partial<Record<PageKey, ReturnType<typeof lazyPage>>>,
): LazyPages =>
  pageRows().flatMap(([key, page]) => {
    const Page = loaded[key];
    return page.layout === layout && Page && !page.andBelow ? [[page.route, Page] as const] : [];
  });

/**
 * One route per page, each shown through `later` (its Suspense while the code loads); `pathOf` gives
 * the path as the table it sits in writes it (whole, or below a parent route).
 */
export const lazyRoutes = (
  pages: LazyPages,
  later: (page: ReactNode) => ReactNode,
  pathOf: (route: Route<never>) => string = (route) => route.path,
) =>
  pages.map(([route, Page]) => (
    <RouteElement key={route.path} path={pathOf(route)} element={later(<Page />)} />
  ));

/** Starts loading the code of the page an address opens, if it is one of these; else undefined. */
export function preloadFrom(pages: LazyPages, pathname: string): Promise<unknown> | undefined {
  return pages.find(([route]) => matchPath(route.path, pathname))?.[1].preload();
}
