import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { useResearch } from '../../src/components/content/useResearch';
import { researchContent } from '../../src/domain/content/research';
import { lazyPage } from '../../src/routing/lazyPage';
import { PAGES } from '../../src/routing/pages';

const resultsModule = { ResultsPage: () => <h1>Your results</h1> };
const shown = (Page: () => React.ReactNode) =>
  render(
    <Suspense fallback={<p role="status">Loading…</p>}>
      <Page />
    </Suspense>,
  );

describe('a lazily loaded page', () => {
  it('renders at once, with no "Loading…" first, once its code has been asked for beforehand', async () => {
    const Page = lazyPage(
      () => Promise.resolve(resultsModule),
      (m) => m.ResultsPage,
    );
    await Page.preload();
    shown(Page);
    expect(screen.getByRole('heading', { name: 'Your results' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows "Loading…" until its code arrives when it was not asked for', async () => {
    const Page = lazyPage(
      () => Promise.resolve(resultsModule),
      (m) => m.ResultsPage,
    );
    shown(Page);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(await screen.findByRole('heading', { name: 'Your results' })).toBeInTheDocument();
  });

  it('asks again after a failed download', async () => {
    let attempts = 0;
    const Page = lazyPage(
      () =>
        ++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(resultsModule),
      (m) => m.ResultsPage,
    );
    await expect(Page.preload()).rejects.toThrow('offline');
    await Page.preload();
    expect(attempts).toBe(2);
  });

  it('is given the research when its row in the page table says so, and a page without it is told why', async () => {
    function QuoteCount() {
      return <p>{useResearch().quotes.items.length} quotes</p>;
    }
    const quotePage = { QuoteCount };
    const Results = lazyPage(
      () => Promise.resolve(quotePage),
      (m) => m.QuoteCount,
      PAGES.results,
    );
    await Results.preload();
    shown(Results);
    expect(screen.getByText(`${researchContent.quotes.items.length} quotes`)).toBeInTheDocument();

    const Privacy = lazyPage(
      () => Promise.resolve(quotePage),
      (m) => m.QuoteCount,
      PAGES.privacy,
    );
    await Privacy.preload();
    expect(() => render(<Privacy />)).toThrow(/research: true/);
  });
});
