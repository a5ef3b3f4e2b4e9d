import about from '../../../content/about.json';
import checklist from '../../../content/checklist.json';
import scale from '../../../content/scale.json';
import type { About, Checklist, Scale } from './types';

// What every page needs. Validated by schema when the app is built (vite.config.ts) and by the content
// tests, so the app trusts it and ships no validator, which keeps zod out of the first load. The research
// (quotes, findings, recommendations, examples) is in research.ts and loads with the results.
export const checklistContent: { checklist: Checklist; scale: Scale; about: About } = {
  checklist: checklist as Checklist,
  scale: scale as Scale,
  about: about as About,
};
