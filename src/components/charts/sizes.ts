/** The heights the charts draw at, known before the chart library has loaded. */
export const RADAR_HEIGHT = 420;
export const barsHeight = (rows: number, rowHeight = 46) => rows * rowHeight + 60;
