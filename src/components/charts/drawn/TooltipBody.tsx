import type { BarRow } from '../types';

interface Props {
  active?: boolean;
  payload?: readonly { payload?: { row?: BarRow } }[];
}

/** What the keyboard layer (and a pointer) shows for the row in focus: its label and its value in words. */
export function TooltipBody({ active, payload }: Props) {
  const row = payload?.[0]?.payload?.row;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <strong>{row.label}</strong>
      <br />
      {row.valueLabel}
      {row.then && `, ${row.then.valueLabel}`}
    </div>
  );
}
