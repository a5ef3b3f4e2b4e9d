import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_PAGES } from '../../src/routing/firstLoadPages';
import { LAZY_PAGES } from '../../src/routing/lazyPages';
import { pageRows, PAGES, PRERENDERED_PAGES, type PageKey } from '../../src/routing/pages';
import { paths } from '../../src/routing/paths';
import { WORKSHOP_LAZY_PAGES } from '../../src/routing/workshopLazyPages';

// The page registry (src/routing/pages.ts) names each page's file for the build; the route tables load
// the page through ./lazyPages.ts and friends. Both must name the same file, or the build would put a
// page's code in the wrong file, or preload a file no link needs.
// Tests run from the repository's root folder.
const src = `${process.cwd()}/src/`;
const loaded: Partial<Record<PageKey, { preload(): Promise<unknown> }>> = {
  ...LAZY_PAGES,
  ...WORKSHOP_LAZY_PAGES,
};

describe('the page registry', () => {
  it('names a file that exists for every page', () => {
    for (const [key, page] of pageRows())
      expect(existsSync(`${src}${page.module}`), `${key}: ${page.module}`).toBe(true);
  });

  it('loads, for every lazily loaded page, the very module its row names', async () => {
    for (const [key, page] of pageRows()) {
      if (page.chunk === 'first-load') continue;
      const load = loaded[key];
      expect(load, key).toBeDefined();
      const module = await load!.preload();
      expect(module, key).toBe(await import(/* @vite-ignore */ `${src}${page.module}`));
    }
  });

  it('shows, for every page in the first load, a component its row’s module exports', async () => {
    for (const [key, Page] of Object.entries(FIRST_LOAD_PAGES)) {
      const { module } = PAGES[key as keyof typeof FIRST_LOAD_PAGES];
      const exported = await import(/* @vite-ignore */ `${src}${module}`);
      expect(Object.values(exported), key).toContain(Page);
    }
  });

  it('prerenders the landing, the research, privacy and the workshop guide, by their routes', () => {
    expect(PRERENDERED_PAGES).toEqual([
      { key: 'landing', path: '/' },
      { key: 'about', path: paths.aboutResearch.path },
      { key: 'privacy', path: paths.privacy.path },
      { key: 'guide', path: paths.workshopGuide.path },
    ]);
  });

  it('has one row per address (and one nested route table)', () => {
    const routes = pageRows().map(([, page]) => `${page.route.path}${page.andBelow ? '/*' : ''}`);
    expect(new Set(routes).size).toBe(routes.length);
  });
});
