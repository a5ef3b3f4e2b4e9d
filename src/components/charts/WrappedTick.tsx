/** Splits a label into lines of at most `width` characters, at spaces. */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: string };
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
}

/** An axis label that wraps onto several lines instead of running off the chart. */
export function wrappedTick(width: number, anchor?: 'start' | 'middle' | 'end') {
  return function WrappedTick({ x = 0, y = 0, payload, textAnchor }: TickProps) {
    const lines = wrapLabel(payload?.value ?? '', width);
    const lineHeight = 14;
    const top = Number(y) - ((lines.length - 1) * lineHeight) / 2;
    return (
      <text
        x={Number(x)}
        y={top}
        textAnchor={anchor ?? textAnchor ?? 'end'}
        fontSize={12}
        fill="#0b0c0c"
      >
        {lines.map((line, i) => (
          <tspan key={i} x={Number(x)} dy={i === 0 ? 4 : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}
