import { z } from 'zod';

// The content files are the product's source of truth; these schemas are the only place their shape is
// written down. Types used by the app are inferred from them (see types.ts), never written twice.

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens');
const actionId = z
  .string()
  .regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'must look like "section.action-name"');
const text = z.string().trim().min(1, 'must not be empty');
const actionIds = z.array(actionId).min(1, 'must name at least one action').max(3, 'may name at most three actions');

/**
 * A tag says an item (quote, recommendation, example) speaks to an action. `rank` is its directness
 * among the items of its kind tagged with that action: 1 is the most direct. The order shown comes from
 * rank, never from file order. The reason for every tag is written in docs/content.md.
 */
const tag = z.strictObject({ actionId, rank: z.number().int().min(1, 'must be 1 or more') });
const tags = z.array(tag).max(3, 'may name at most three actions');
const someTags = tags.min(1, 'must name at least one action');
// A para-16 behaviour may stand for a whole section of the leaflet ("Create the organisational climate
// for innovation" is the leaflet's first section, six actions): issue 22.
const sectionOfActionIds = z
  .array(actionId)
  .min(1, 'must name at least one action')
  .max(6, 'may name at most six actions');

export const actionSchema = z.strictObject({
  id: actionId,
  text,
  question: text.regex(/^Do you .+\?$/, 'must be a "Do you …?" question'),
});

export const sectionSchema = z.strictObject({
  id,
  title: text,
  quotesHeading: text,
  intro: text.optional(),
  actions: z.array(actionSchema).min(1),
});

export const checklistSchema = z.strictObject({
  id,
  title: text,
  version: z.string().regex(/^\d+$/, 'must be a whole number as text'),
  source: text,
  sections: z.array(sectionSchema).min(1),
});

export const scaleSchema = z.strictObject({
  options: z
    .array(z.strictObject({ value: z.number().int().min(0), label: text }))
    .min(2, 'needs at least two options'),
  notSure: z.strictObject({ label: text }),
});

export const quotesSchema = z.strictObject({
  source: text,
  // A quote may speak directly to no action (kept as the leaflet prints it, never shown for an action):
  // a tag stands only where the quote's own words speak to what the action asks (issue 22).
  items: z.array(z.strictObject({ id, text, sectionId: id, tags })).min(1),
});

const citedSource = z.strictObject({
  title: text,
  publisher: text,
  year: text,
  file: text,
  paragraphs: text.optional(),
});

const linkedItem = z.strictObject({ id, text, actionIds });
const behaviourItem = z.strictObject({ id, text, actionIds: sectionOfActionIds });

const citedParagraph = z.strictObject({ source: citedSource, text, actionIds });

export const findingsSchema = z.strictObject({
  headline: z.strictObject({ id, text, short: text, source: text }),
  furtherAction: z.strictObject({ intro: text, source: text, areas: z.array(linkedItem).min(1) }),
  /** Creative Councils update para 16: what leaders in councils achieving more innovations do. */
  behaviours: z.strictObject({
    source: citedSource,
    /** The paragraph's first sentence, on the twelve interviews, shown before the intro. */
    opening: text,
    intro: text,
    items: z.array(behaviourItem).min(1),
  }),
  /** Para 17: ideas adapted from elsewhere; the most innovative councils look for fresh ideas. */
  freshIdeas: citedParagraph,
  /** Para 18: what more leaders could have done. */
  scopeForMore: citedParagraph,
});

export const recommendationsSchema = z.strictObject({
  source: citedSource,
  items: z
    .array(
      z.strictObject({
        id: z.string().regex(/^R\d+$/, 'must look like "R1"'),
        text,
        // A recommendation may speak to no action (kept so the list R1–R14 is complete, never shown).
        tags,
      }),
    )
    .min(1),
});

export const examplesSchema = z.strictObject({
  source: citedSource,
  items: z
    .array(
      z.strictObject({ id, council: text, programme: text, title: text, description: text, tags: someTags }),
    )
    .min(1),
});

export const aboutSchema = z.strictObject({
  definition: z.strictObject({
    title: text,
    text,
    criteria: z.array(text).min(1),
    note: text,
  }),
  research: z.array(text).min(1),
  interviewees: z.array(z.strictObject({ name: text, role: text })).min(1),
  publisher: text,
  sources: z
    .array(
      z.strictObject({
        id,
        title: text,
        publisher: text,
        year: text.optional(),
        description: text,
      }),
    )
    .min(1),
});

/** Every file in content/, by file name, with the schema that validates it. */
export const contentFiles = {
  'checklist.json': checklistSchema,
  'scale.json': scaleSchema,
  'quotes.json': quotesSchema,
  'findings.json': findingsSchema,
  'recommendations.json': recommendationsSchema,
  'examples.json': examplesSchema,
  'about.json': aboutSchema,
} as const;

export type ContentFileName = keyof typeof contentFiles;
