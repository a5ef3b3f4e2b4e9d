import { describe, expect, it } from 'vitest';
import { lgaLeafletClaims, unsourcedFigures } from '../e2e/attribution';

// The detectors the browser test (research-fidelity.e2e.ts) runs on the landing, results and About
// pages: shown here to catch what they must, and to pass what the sources do say.
describe('lgaLeafletClaims', () => {
  it('finds the leaflet credited to the LGA, however it is put', () => {
    expect(
      lgaLeafletClaims(
        'Built on the LGA leaflet. The LGA’s checklist. A leaflet from the Local Government Association, published by the LGA.',
      ),
    ).toEqual([
      'LGA leaflet',
      'LGA’s checklist',
      'leaflet from the Local Government Association',
      'published by the LGA',
    ]);
  });

  it('passes the imprint and the leaflet\'s own words', () => {
    expect(
      lgaLeafletClaims(
        "The leaflet Council Leaders' Key Actions for Innovation (AIILGRP Publications), from research on politicians and innovation conducted in partnership with the Local Government Association (LGA). LGA Improvement and Innovation Board.",
      ),
    ).toEqual([]);
  });
});

describe('unsourcedFigures', () => {
  it('finds benchmarks and figures for the research or other councils that no source gives', () => {
    expect(
      unsourcedFigures(
        [
          'Leaders in councils achieving more innovations score 78.',
          'The research found 40% of leaders take a comprehensive approach.',
          'You are above the national average.',
          'Other leaders scored 64 on this section.',
        ].join('\n'),
      ),
    ).toHaveLength(4);
  });

  it("passes the sources' own figures, citations and the subject's own scores", () => {
    expect(
      unsourcedFigures(
        [
          'From the Local Government Association\'s "Creative Councils update" (2013), paragraphs 16 to 18, on the interviews behind the leaflet:',
          '16. A series of twelve such interviews with an agreed set of challenging questions was arranged.',
          "Answer the leaflet's 20 questions about how you lead, against the research behind it.",
          'Your score on each thing the research found leaders in councils achieving more innovations do; the lowest is "Persist" at 38.',
          "The group's score on each of the five areas the research found most important: the lowest at 63.",
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
