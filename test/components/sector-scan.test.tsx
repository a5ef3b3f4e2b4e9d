import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { encodeGroupCode, groupCodeUrl } from '../../src/domain/group/groupCode';
import type { GroupFigures } from '../../src/domain/group/figures';
import { encodeResponseCode } from '../../src/domain/response/responseCode';
import { AddGroupResults } from '../../src/features/sector/AddGroupResults';
import { useSectorStore } from '../../src/state/sectorStore';
import { actionIds, checklist, scale } from '../domain/fixtures';
import { FOUR, group } from '../domain/sector-fixtures';
import { setUpPage } from './pageSetup';
import { renderWithContent } from '../support/withContent';

// jsdom has no camera: the scanner's view is replaced by a box to type what it "reads". Everything
// after the camera (the check, the store, the messages) is the page's own.
vi.mock('../../src/components/scan/CameraScanner', () => ({
  default: function FakeScanner({
    onCode,
    children,
  }: {
    onCode(text: string): void;
    children: React.ReactNode;
  }) {
    const [text, setText] = useState('');
    return (
      <div>
        <label>
          In front of the camera
          <input value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="button" onClick={() => onCode(text)}>
          Read it
        </button>
        {children}
      </div>
    );
  },
}));

setUpPage(new Date(2027, 2, 10, 12));

const codeOf = (f: GroupFigures, c = checklist) => {
  const code = encodeGroupCode(f, c);
  if (!code.ok) throw new Error(code.message);
  return code.value;
};
const personal = (() => {
  const r = encodeResponseCode(
    { responseId: 'c0ffee09', answers: Object.fromEntries(actionIds.map((id) => [id, 2])) },
    checklist,
    scale,
  );
  if (!r.ok) throw new Error(r.message);
  return r.value;
})();
const good = codeOf(FOUR[1]!);
// One character changed: the checksum catches it.
const damaged = `${good.slice(0, 12)}${good[12] === 'A' ? 'B' : 'A'}${good.slice(13)}`;

describe('the sector page scans group results with the camera', () => {
  it('adds a scanned group and refuses, with the pasted code’s own message, what does not belong', async () => {
    const user = userEvent.setup();
    renderWithContent(<AddGroupResults />);
    await user.click(screen.getByRole('button', { name: "Scan with this device's camera" }));
    const scan = async (text: string) => {
      const box = await screen.findByLabelText('In front of the camera', {}, { timeout: 8000 });
      await user.clear(box);
      await user.type(box, text);
      await user.click(screen.getByRole('button', { name: 'Read it' }));
      return within(screen.getByRole('log', { name: 'Scanned QR codes' })).getAllByRole(
        'listitem',
      )[0]!.textContent;
    };
    const paste = async (text: string) => {
      await user.clear(screen.getByLabelText('Paste a group results code or link'));
      await user.type(screen.getByLabelText('Paste a group results code or link'), text);
      await user.click(screen.getByRole('button', { name: 'Add these group results' }));
      return within(screen.getByRole('alert')).getByRole('link').textContent;
    };

    // The address the facilitator's QR code holds, as a phone would open it.
    expect(await scan(groupCodeUrl('https://example.org/app/', codeOf(FOUR[0]!)))).toBe(
      'The QR code: added as “Group 1”, a group of 5.',
    );
    expect(useSectorStore.getState().entries.map((e) => e.figures)).toEqual([FOUR[0]]);
    expect(screen.getByText(/added while scanning/).textContent).toBe(
      '1 group added while scanning.',
    );

    const refusals: [string, string][] = [
      [
        codeOf(FOUR[0]!),
        'these results are already in the picture, as “Group 1”. Nothing was added.',
      ],
      [
        personal,
        "it is a participant's response code, not the group results: it goes to the facilitator.",
      ],
      [
        codeOf(FOUR[1]!, { ...checklist, id: 'chief-executives-key-actions' }),
        `it is for a different checklist, not "${checklist.title}".`,
      ],
      [
        codeOf(FOUR[1]!, { ...checklist, version: '9' }),
        `it is for version 9 of the checklist; this app uses version ${checklist.version}.`,
      ],
      [
        damaged,
        'it does not check out: part of it may be missing or mistyped. Scan or copy it again, in full.',
      ],
      [
        codeOf(group(4, 2)),
        // The minimum group size's own words, written for a member opening the code.
        "it was made for a group of 4. Group results are now given to members only for groups of at least 5: in a smaller group, two or three members who put their own answers together could work out another member's answers. The facilitator can still go through them with the group on their own screen.",
      ],
    ];
    for (const [text, message] of refusals) {
      expect(await scan(text)).toBe(`The QR code could not be added: ${message}`);
      // Pasted, the same code gets the same words.
      expect(await paste(text)).toBe(`The code could not be added: ${message}`);
    }
    // Nothing refused changed what is kept.
    expect(useSectorStore.getState().entries).toHaveLength(1);
    expect(screen.getByText(/added while scanning/).textContent).toBe(
      '1 group added while scanning.',
    );
  }, 30_000);
});
