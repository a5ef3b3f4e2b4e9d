import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

// One fixture per saved format version ever written (test/fixtures/saved/<key>-v<N>.json). Each must load
// in the current app without a problem notice: that is what "migrates forward" means for users.
const dir = join(import.meta.dirname, '../fixtures/saved');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('saved data from every format version', () => {
  it('has a fixture for each store', () => {
    expect(fixtures).toEqual(expect.arrayContaining(['assessment-v1.json', 'snapshots-v1.json']));
  });

  it.each(fixtures.filter((f) => f.startsWith('assessment-')))(
    '%s loads with its answers and plan',
    async (file) => {
      localStorage.setItem('kai.assessment', readFileSync(join(dir, file), 'utf8'));
      await renderApp('/check');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(screen.getByText('Do you encourage creativity?').closest('div')).toHaveTextContent(
        'Fully – it is how we work',
      );
      expect(
        screen.getByText('Do you persist, persist, persist?').closest('div'),
      ).toHaveTextContent('Not sure');
      expect(screen.getByText('A Leader, Leader, Anytown Council')).toBeInTheDocument();
    },
  );

  it.each(fixtures.filter((f) => f.startsWith('snapshots-')))(
    '%s loads its snapshots',
    async (file) => {
      localStorage.setItem('kai.snapshots', readFileSync(join(dir, file), 'utf8'));
      await renderApp('/your-data');
      expect(await screen.findByRole('cell', { name: 'June' })).toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    },
  );
});
