// The chart code, one chunk loaded after the first paint (../loadDrawn.ts): recharts and the kit's drawing.
export { DrawnBars } from './DrawnBars';
export { DrawnLines } from './DrawnLines';
export { DrawnDots } from './DrawnDots';
