import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

const printMedia = () => typeof matchMedia === 'function' && matchMedia('print').matches;

/**
 * Whether the page is being printed or saved as a PDF: from the browser's `beforeprint` to its
 * `afterprint`, and while print media is matched. The change is put on the page at once (flushSync),
 * so a chart is redrawn at paper size before the browser lays the page out for paper. `watch` false:
 * always false, and nothing is listened to.
 */
export function usePrinting(watch: boolean): boolean {
  const [printing, setPrinting] = useState(() => watch && printMedia());
  useEffect(() => {
    if (!watch) return;
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const before = () => set(true);
    // Print media can still be matched as `afterprint` arrives; its own change event follows.
    const after = () => set(printMedia());
    const media = typeof matchMedia === 'function' ? matchMedia('print') : null;
    const change = (e: MediaQueryListEvent) => set(e.matches);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    media?.addEventListener('change', change);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
      media?.removeEventListener('change', change);
    };
  }, [watch]);
  return watch && printing;
}
