import { deferredChart } from '../../components/charts/DeferredChart';

// Loaded with the chart library, only when the chart is shown (see DeferredChart).
export const DeferredHistoryLines = deferredChart(() =>
  import('../../components/charts/HistoryLines').then((m) => m.HistoryLines),
);
