import type { ReactNode } from 'react';

export interface Column {
  label: ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

export interface Row {
  key: string;
  /** The row's header cell (first column). */
  header: ReactNode;
  cells: ReactNode[];
}

interface Props {
  caption?: ReactNode;
  className?: string;
  columns: Column[];
  rows: Row[];
}

/** A table with a caption, column headers and a header cell per row, as screen readers expect. */
export function DataTable({ caption, className, columns, rows }: Props) {
  return (
    <table className={className}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col" className={c.numeric ? 'num' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.header}</th>
            {r.cells.map((cell, i) => (
              <td key={i} className={columns[i + 1]?.numeric ? 'num' : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The header of a column of per-row buttons: read out by screen readers, not shown. */
export function ActionsHeader() {
  return (
    <th scope="col">
      <span className="visually-hidden">Actions</span>
    </th>
  );
}

/** Column headers over right-aligned figures, in the order given. */
export function NumberHeaders({ labels }: { labels: ReactNode[] }) {
  return labels.map((label, i) => (
    <th key={i} scope="col" className="num">
      {label}
    </th>
  ));
}
