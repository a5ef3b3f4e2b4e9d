import { createContext } from 'react';

/**
 * The accessible name of the chart inside a ChartFrame (its one-sentence summary): the drawn chart's
 * SVG is a named image, and so is the space kept for it while the chart code loads.
 */
export const ChartNameContext = createContext<string | undefined>(undefined);

/** Printed pages draw their charts at this fixed width and in smaller type (ChartPrintContext). */
export const PRINT_WIDTH = 680;
export const ChartPrintContext = createContext(false);
