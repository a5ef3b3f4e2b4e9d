import { wrapWords } from './geometry';

/** A label that wants its middle at `y` and is `height` tall (a line's end label). */
export interface LabelSpot {
  y: number;
  height: number;
}

/**
 * Where labels go so that none overlaps another: each as near its own `y` as it can be, in the same
 * order top to bottom, inside [top, bottom]. Labels that would overlap are pushed apart as one block,
 * centred on where they want to be (the block's top is the mean of each label's wanted top less its
 * place in the block), so a bunch spreads up and down evenly rather than all one way. Returns each
 * label's middle, in the order given.
 */
export function spreadLabels(spots: readonly LabelSpot[], top: number, bottom: number): number[] {
  const order = spots.map((_, i) => i).sort((a, b) => spots[a]!.y - spots[b]!.y || a - b);
  interface Block {
    items: number[];
    height: number;
    /** The sum over its labels of (wanted top less the label's offset in the block). */
    sum: number;
    top: number;
  }
  const place = (b: Block) => Math.max(top, Math.min(bottom - b.height, b.sum / b.items.length));
  const blocks: Block[] = [];
  for (const i of order) {
    const s = spots[i]!;
    const block: Block = { items: [i], height: s.height, sum: s.y - s.height / 2, top: 0 };
    block.top = place(block);
    blocks.push(block);
    // Merge with the block above while the two overlap.
    while (blocks.length > 1) {
      const below = blocks.at(-1)!;
      const above = blocks.at(-2)!;
      if (above.top + above.height <= below.top) break;
      // Each label of the lower block sits `above.height` further down in the merged block.
      above.sum += below.sum - below.items.length * above.height;
      above.items.push(...below.items);
      above.height += below.height;
      above.top = place(above);
      blocks.pop();
    }
  }
  const middles = new Array<number>(spots.length);
  for (const b of blocks) {
    let at = b.top;
    for (const i of b.items) {
      middles[i] = at + spots[i]!.height / 2;
      at += spots[i]!.height;
    }
  }
  return middles;
}

/** A line's last point, in px, with its value in words and its name. */
export interface LineEnd {
  name: string;
  value: string;
  x: number;
  y: number;
}

/** A line's end label: where its middle goes, its text in lines, and whether it names the line. */
export interface EndLabel {
  middle: number;
  lines: string[];
  named: boolean;
  height: number;
}

export interface EndLabelOptions {
  /** How many characters fit on one line of the label column. */
  chars: number;
  lineHeight: number;
  /** The label column's top and bottom (the chart's), in px. */
  top: number;
  bottom: number;
}

/**
 * Each line's end label: its value, and its name too where lines bunch (ends nearer each other than
 * one and a half lines of text, where a value alone could sit beside the wrong line), then nudged
 * apart so that no two overlap (`spreadLabels`). A line with no score at all has no label (null).
 */
export function endLabels(
  ends: readonly (LineEnd | null)[],
  { chars, lineHeight, top, bottom }: EndLabelOptions,
): (EndLabel | null)[] {
  const near = lineHeight * 1.5;
  const texts = ends.map((end, i) => {
    if (!end) return null;
    const named = ends.some((o, j) => j !== i && o !== null && Math.abs(o.y - end.y) < near);
    const lines = named ? wrapWords(`${end.value} ${end.name}`, chars) : [end.value];
    return { named, lines, height: lines.length * lineHeight + 2 };
  });
  const shown = texts.flatMap((t, i) => (t ? [{ i, t }] : []));
  const middles = spreadLabels(
    shown.map(({ i, t }) => ({ y: ends[i]!.y, height: t.height })),
    top,
    bottom,
  );
  const labels: (EndLabel | null)[] = ends.map(() => null);
  shown.forEach(({ i, t }, k) => (labels[i] = { ...t, middle: middles[k]! }));
  return labels;
}
