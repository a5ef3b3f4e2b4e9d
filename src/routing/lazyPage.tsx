import { lazy, useState, type ComponentType } from 'react';
import { PageDidNotLoad } from '../components/PageDidNotLoad';

/**
 * A page whose code is loaded when it is first shown (React.lazy), and which can be asked for
 * beforehand (`preload`). Once its code is in, the page renders at once, with no "Loading…" between:
 * the page a link opens is loaded beside React itself, and the app's first render is that page, not
 * a placeholder that React then holds on screen for a while to avoid a flash.
 */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  let loaded: ComponentType | undefined;
  let loading: Promise<M> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = pick(module);
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
      (module) => ({ default: pick(module) }),
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
