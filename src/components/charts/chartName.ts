import { createContext } from 'react';

/**
 * The accessible name of the chart inside a ChartFrame (its one-sentence summary): the drawn chart's
 * SVG is a named image, and so is the space kept for it while the chart code loads.
 */
export const ChartNameContext = createContext<string | undefined>(undefined);

/** On paper a printed page's charts are drawn at this fixed width and in smaller type. */
export const PRINT_WIDTH = 680;
/**
 * A page made to be printed (the summaries, the sector report): its charts are drawn with the page,
 * without waiting for the reader to scroll to them, so that it can be printed at once. On the screen
 * they fit the screen like any chart; while the page prints, they are drawn at PRINT_WIDTH.
 */
export const ChartPrintContext = createContext(false);
