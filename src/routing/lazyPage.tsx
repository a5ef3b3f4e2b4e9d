import { lazy, useState, type ComponentType } from 'react';
import { PageDidNotLoad } from '../components/PageDidNotLoad';
import { ResearchProvider } from '../components/content/ContentContext';
import type { ResearchContent } from '../domain/content/appContent';
import type { Page } from './pages';

/**
 * A page whose code is loaded when it is first shown (React.lazy), and which can be asked for
 * beforehand (`preload`). Once its code is in, the page renders at once, with no "Loading…" between:
 * the page a link opens is loaded beside React itself, and the app's first render is that page, not
 * a placeholder that React then holds on screen for a while to avoid a flash.
 *
 * A page whose row says `research: true` loads the research beside its code and is given it, so the
 * page never imports the content itself.
 */
export function lazyPage<M>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
  row?: Page,
) {
  let loaded: ComponentType | undefined;
  let loading: Promise<M> | undefined;
  const research = () =>
    row?.research
      ? import('../domain/content/research').then((m) => m.researchContent)
      : Promise.resolve(undefined);
  const preload = () =>
    (loading ??= Promise.all([load(), research()]).then(
      ([module, researchContent]) => {
        loaded = givenResearch(pick(module), researchContent);
        return module;
      },
      (error: unknown) => {
        loading = undefined; // a failed download can be tried again
        throw error;
      },
    ));
  // Code that will not load (a tab left on an old version, offline) shows a page that says so, never
  // an error that empties the screen.
  const Lazy = lazy<ComponentType>(() =>
    preload().then(
      () => ({ default: loaded! }),
      () => ({ default: PageDidNotLoad }),
    ),
  );
  function Page() {
    // Chosen once per mount: turning from the lazy page into the loaded one would mount it afresh.
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded /> : <Lazy />;
  }
  return Object.assign(Page, { preload });
}

function givenResearch(Page: ComponentType, research: ResearchContent | undefined): ComponentType {
  if (!research) return Page;
  return function PageWithResearch() {
    return (
      <ResearchProvider research={research}>
        <Page />
      </ResearchProvider>
    );
  };
}
