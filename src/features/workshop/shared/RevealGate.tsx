import type { ReactNode } from 'react';
import type { Workshop } from '../../../domain/workshop/workshop';
import { ResultsHidden } from './ResultsHidden';

interface Props {
  workshop: Workshop;
  /** The page's title, shown above the hidden results' panel. */
  title: string;
  /** What a page outside the site's layout (the projector's) shows instead of the panel. */
  hidden?: ReactNode;
  children: ReactNode;
}

/**
 * The one place a group page asks whether its results may be shown: until the facilitator reveals
 * them, no group figure is on any screen, paper or projector, only how many have answered.
 */
export function RevealGate({ workshop, title, hidden, children }: Props) {
  if (workshop.revealed) return children;
  return hidden ?? <ResultsHidden workshop={workshop} title={title} />;
}
