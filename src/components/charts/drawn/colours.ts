import type { Tone } from '../types';

/** A page's charts are dark on white; a slide's white on black, in the projector's high contrast. */
export function colours(tone: Tone) {
  return tone === 'slide'
    ? { text: '#fff', bar: '#fff', grid: '#666', edge: '#000', cursor: 'transparent' }
    : { text: '#0b0c0c', bar: '#1d3b63', grid: '#d0d2d3', edge: '#fff', cursor: '#f3f2f1' };
}
export type Colours = ReturnType<typeof colours>;
