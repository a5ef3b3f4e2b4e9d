import { useState } from 'react';
import { PasteCodeForm } from '../../../components/form/PasteCodeForm';
import { readResponseCodes, type ReadItem } from './readResponses';

export function CodeInput({ onItems }: { onItems(items: ReadItem[]): void }) {
  const [empty, setEmpty] = useState(false);
  const read = (text: string) => {
    const items = readResponseCodes(text);
    setEmpty(items.length === 0);
    if (items.length === 0) return false;
    onItems(items);
    return true;
  };
  return (
    <PasteCodeForm
      id="response-codes"
      label="Paste response codes"
      hint="One code a line. Each starts with KAI1- or KAI2-."
      error={empty ? 'Paste at least one response code' : undefined}
      rows={4}
      submitLabel="Add the codes"
      onCode={read}
    />
  );
}
