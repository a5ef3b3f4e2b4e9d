import { useState } from 'react';
import { PasteCodeForm } from '../../../components/form/PasteCodeForm';
import { CODES_AT_ONCE, readPastedCodes } from '../../../domain/response/pastedCodes';
import { readResponseCodes, type ReadItem } from './readResponses';
import { useContent } from '../../../components/content/ContentContext';

/**
 * The box's text after a press, and the codes pasted but not yet in it: kept by the page, so that a
 * choice about duplicates (which hides the box) loses none. They come into the box CODES_AT_ONCE at a
 * time: a browser is held up for seconds laying out a box of 20,000 lines.
 */
export interface CodeQueue {
  box: string;
  kept: { text: string; count: number } | null;
}

const count = (n: number) => n.toLocaleString('en-GB');

/** The next codes for the box, and the others kept aside. */
function slice(text: string): { head: string; kept: CodeQueue['kept'] } {
  const { head, rest, restCount } = readPastedCodes(text);
  return { head, kept: rest ? { text: rest, count: restCount } : null };
}

export function CodeInput({
  onItems,
  queue,
  onQueue,
}: {
  onItems(items: ReadItem[]): void;
  queue: CodeQueue;
  onQueue(queue: CodeQueue): void;
}) {
  const content = useContent();
  const [empty, setEmpty] = useState(false);
  const { kept } = queue;

  const pasted = (text: string) => {
    if (readPastedCodes(text).restCount === 0) return null; // the browser pastes as usual
    const next = slice(kept ? `${text}\n${kept.text}` : text);
    onQueue({ box: queue.box, kept: next.kept });
    return next.head;
  };

  const read = (text: string) => {
    const { items, rest } = readResponseCodes(text, content);
    setEmpty(items.length === 0);
    if (items.length === 0) return false;
    const next = rest ? { head: rest, kept } : kept ? slice(kept.text) : { head: '', kept: null };
    onQueue({ box: next.head, kept: next.kept });
    onItems(items);
    return next.head || true;
  };

  return (
    <>
      {kept && (
        <p className="notice" role="status">
          That was more codes than the box holds at once. {count(kept.count)} more{' '}
          {kept.count === 1 ? 'code is' : 'codes are'} kept here, not lost: each time you press “Add
          the codes”, the next {count(CODES_AT_ONCE)} come into the box.
        </p>
      )}
      <PasteCodeForm
        id="response-codes"
        label="Paste response codes"
        hint="One code a line. Each starts with KAI1- or KAI2-."
        error={empty ? 'Paste at least one response code' : undefined}
        rows={4}
        submitLabel="Add the codes"
        onCode={read}
        onPasteText={pasted}
        initialText={queue.box}
      />
    </>
  );
}
