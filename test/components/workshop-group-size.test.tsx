import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addResponses } from '../../src/domain/workshop/participants';
import { answersWith, emptyWorkshop, NOW, response } from '../domain/workshop-fixtures';
import { renderApp } from './renderApp';

const KEY = 'kai.workshops';
const save = (workshops: unknown[]) =>
  localStorage.setItem(KEY, JSON.stringify({ version: 1, state: { workshops } }));
const saved = () => JSON.parse(localStorage.getItem(KEY) ?? '{}').state.workshops;

/** A named workshop where two answers arrived as codes: Participant 1 and Participant 2. */
const fromCodes = () =>
  addResponses(
    emptyWorkshop(false),
    [
      { response: response('r1', '', answersWith(2)), source: 'code', onDuplicate: 'keep-both' },
      { response: response('r2', '', answersWith(3)), source: 'code', onDuplicate: 'keep-both' },
    ],
    NOW,
  ).workshop;

describe('the expected group size', () => {
  it('is asked when the workshop is set up, and the page counts answers out of it', async () => {
    const { user } = await renderApp('/workshops/new');
    await user.type(
      await screen.findByLabelText('Workshop title', {}, { timeout: 8000 }),
      'Away day',
    );
    await user.click(
      screen.getByLabelText('Anonymously, as Participant 1, Participant 2 and so on'),
    );
    await user.type(screen.getByLabelText(/How many members will answer\?/), '8');
    await user.click(screen.getByRole('button', { name: /create|set up|continue/i }));
    expect(
      await screen.findByText('0 of 8 participants have answered.', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(saved()[0].expectedCount).toBe(8);
  });

  it('refuses what is not a whole number, with an error that links to the box', async () => {
    const { user } = await renderApp('/workshops/new');
    await user.type(
      await screen.findByLabelText('Workshop title', {}, { timeout: 8000 }),
      'Away day',
    );
    await user.click(screen.getByLabelText('By name'));
    await user.type(screen.getByLabelText(/How many members will answer\?/), 'eight');
    await user.click(screen.getByRole('button', { name: /create|set up|continue/i }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: /whole number from 1 to 500/ });
    expect(link).toHaveAttribute('href', '#ws-expected');
    expect(localStorage.getItem(KEY) === null || saved().length === 0).toBe(true);
  });

  it('counts out of the participants listed when they outnumber the expected size', async () => {
    save([{ ...fromCodes(), expectedCount: 1 }]);
    await renderApp('/workshops/w1');
    expect(await screen.findByText('2 of 2 participants have answered.')).toBeInTheDocument();
  });
});

describe('naming participants who arrived as codes', () => {
  it('lets the facilitator of a named workshop name Participant 2, and keeps the name', async () => {
    save([fromCodes()]);
    const { user } = await renderApp('/workshops/w1');
    await user.click(await screen.findByRole('button', { name: 'Name Participant 2' }));
    const box = screen.getByLabelText('Name for Participant 2');
    expect(box).toHaveFocus();
    await user.type(box, 'Dee Mensah');
    await user.click(screen.getByRole('button', { name: 'Save the name' }));
    expect(screen.getByRole('rowheader', { name: 'Dee Mensah' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Participant 1' })).toBeInTheDocument();
    expect(saved()[0].participants.map((p: { name: string }) => p.name)).toEqual([
      '',
      'Dee Mensah',
    ]);
  });

  it('is not offered in an anonymous workshop', async () => {
    save([{ ...fromCodes(), anonymous: true }]);
    await renderApp('/workshops/w1');
    await screen.findByText('2 of 2 participants have answered.', {}, { timeout: 8000 });
    const table = screen.getByRole('table', {
      name: 'Participants and whether their answers are in',
    });
    expect(within(table).getByRole('rowheader', { name: 'Participant 1' })).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: /^(Name|Rename) / })).toBeNull();
    expect(within(table).getByRole('button', { name: 'Remove Participant 2' })).toBeInTheDocument();
  });
});
