import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface Props {
  /** What the row is about, in the list's first column. */
  label: ReactNode;
  /** Its value. */
  children: ReactNode;
  /** Where the row's link goes to change it. */
  to: string;
  /** The link's visible word. */
  linkText?: string;
  /** The rest of the link's name, for a screen reader: which thing it changes. */
  linkAbout: ReactNode;
  /** The link's id, for focus to come back to it (issue 25). */
  linkId?: string;
}

/**
 * One row of a summary list (a `dl.summary-list`), as GOV.UK's summary list has it: a key, its value,
 * and a link to change it whose hidden words say what it changes, so each link's name is unique.
 */
export function SummaryRow(props: Props) {
  const { label, children, to, linkText = 'Change', linkAbout, linkId } = props;
  return (
    <div className="summary-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
      <dd>
        <Link to={to} id={linkId}>
          {linkText} <span className="visually-hidden">{linkAbout}</span>
        </Link>
      </dd>
    </div>
  );
}
