/** The heights the charts draw at, known before the chart library has loaded. */
export const RADAR_HEIGHT = 420;
