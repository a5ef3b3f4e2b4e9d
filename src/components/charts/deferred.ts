import { deferredChart } from './DeferredChart';

// The results page's charts, loaded and drawn only when needed (see DeferredChart).
export const DeferredSectionRadar = deferredChart(() =>
  import('./SectionRadar').then((m) => m.SectionRadar),
);
