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

/**
 * Where the words under an answer dot plot's columns run into each other or out of the plot, and
 * any of them smaller than 12 px: read from the drawn plots inside `scope`.
 */
export function dotLabelClashes(page: Page, scope: string) {
  return page.evaluate((scope) => {
    const problems: string[] = [];
    for (const svg of document.querySelectorAll(`${scope} .chart-dots svg.recharts-surface`)) {
      const plot = svg.getBoundingClientRect();
      const lines = [...svg.querySelectorAll<SVGTSpanElement>('text.chart-dots-label tspan')];
      const boxes = lines.map((l) => l.getBoundingClientRect());
      lines.forEach((line, i) => {
        const a = boxes[i]!;
        const size = parseFloat(getComputedStyle(line).fontSize);
        if (size < 12) problems.push(`${size}px: ${line.textContent}`);
        if (a.left < plot.left - 0.5 || a.right > plot.right + 0.5)
          problems.push(`out of the plot: ${line.textContent}`);
        for (const [j, b] of boxes.entries())
          if (j > i && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
            problems.push(`"${line.textContent}" runs into "${lines[j]!.textContent}"`);
      });
    }
    return problems;
  }, scope);
}
