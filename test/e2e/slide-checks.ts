import type { Page } from 'playwright-core';

/** What on the slide is cut off or under the controls, and any text smaller than `minPx`. */
export function slideProblems(page: Page, minPx: number) {
  return page.evaluate((minPx) => {
    const slide = document.querySelector<HTMLElement>('.presentation .slide')!;
    const controls = document.querySelector<HTMLElement>('.slide-controls')!;
    const problems: string[] = [];
    if (slide.scrollHeight > slide.clientHeight + 1)
      problems.push(`slide overflows by ${slide.scrollHeight - slide.clientHeight}px`);
    const controlsTop = controls.getBoundingClientRect().top;
    for (const el of slide.querySelectorAll<HTMLElement>('*')) {
      const box = el.getBoundingClientRect();
      if (box.height > 0 && box.bottom > controlsTop + 1)
        problems.push(`under the controls: ${el.tagName} ${el.textContent?.slice(0, 30)}`);
      const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (ownText && size < minPx)
        problems.push(`${size}px: ${el.tagName} ${el.textContent?.slice(0, 30)}`);
    }
    return problems;
  }, minPx);
}
