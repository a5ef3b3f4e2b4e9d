// @vitest-environment node
import { bench, describe } from 'vitest';
import { sectorFigures } from '../../src/domain/sector/sectorFigures';
import { sectorView } from '../../src/domain/sector/sectorView';
import { groupContent } from '../domain/workshop-fixtures';
import { checklist, scale } from '../domain/fixtures';
import { sectorOf } from './sector-groups';

const sources = sectorOf(400);

describe('sector picture (budget: mean under 5 ms)', () => {
  bench('400 groups of 5–15 participants × 20 actions, figures and view', () => {
    sectorView(sectorFigures(sources, checklist, scale), groupContent);
  });
});
