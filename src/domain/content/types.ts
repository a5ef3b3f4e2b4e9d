import type { z } from 'zod';
import type {
  aboutSchema,
  actionSchema,
  checklistSchema,
  examplesSchema,
  findingsSchema,
  quotesSchema,
  recommendationsSchema,
  scaleSchema,
  sectionSchema,
} from './schema';

// Type-only imports: zod stays out of the app bundle; content is validated at build and test time.
export type Checklist = z.infer<typeof checklistSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Scale = z.infer<typeof scaleSchema>;
export type Quotes = z.infer<typeof quotesSchema>;
export type Quote = Quotes['items'][number];
export type Findings = z.infer<typeof findingsSchema>;
export type FurtherActionArea = Findings['furtherAction']['areas'][number];
export type Recommendations = z.infer<typeof recommendationsSchema>;
export type Recommendation = Recommendations['items'][number];
export type Examples = z.infer<typeof examplesSchema>;
export type CouncilExample = Examples['items'][number];
export type About = z.infer<typeof aboutSchema>;

export interface Content {
  checklist: Checklist;
  scale: Scale;
  quotes: Quotes;
  findings: Findings;
  recommendations: Recommendations;
  examples: Examples;
  about: About;
}
