import { useState } from 'react';
import { ErrorSummary, type FieldError as Problem } from '../../components/form/ErrorSummary';
import { FormGroup } from '../../components/form/FormGroup';
import { PasteCodeForm } from '../../components/form/PasteCodeForm';
import { GROUP_CODE_HINT } from '../../domain/group/groupCode';
import { readFileText } from '../../components/readFileText';
import type { CheckResult } from '../../domain/assessment/checkAssessment';
import { sourceFromCode, sourceFromFile } from '../../domain/sector/collect';
import type { SectorSource } from '../../domain/sector/sectorFigures';
import { useSectorStore } from '../../state/sectorStore';
import { useContent } from '../../components/content/ContentContext';
import { ScanGroupResults } from './ScanGroupResults';

/**
 * Adds councils' group results by their QR code through the camera, their code, the link a phone
 * opens, or their files (several at once). Each refusal is named with what was wrong; a refused item changes nothing.
 */
export function AddGroupResults() {
  const { checklist, scale } = useContent();
  const add = useSectorStore((s) => s.add);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [added, setAdded] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);

  const take = (fieldId: string, what: string, read: CheckResult<SectorSource>) => {
    const result = read.ok ? add(read.value) : read;
    return result.ok
      ? { added: `${what}: added as “${result.value.label}”.` }
      : { problem: { fieldId, message: `${what} could not be added: ${result.message}` } };
  };

  const report = (outcomes: ({ added: string } | { problem: Problem })[]) => {
    setAdded(outcomes.flatMap((o) => ('added' in o ? [o.added] : [])));
    setProblems(outcomes.flatMap((o) => ('problem' in o ? [o.problem] : [])));
    setAttempt((a) => a + 1);
    return outcomes.every((o) => 'added' in o);
  };

  const onFiles = async (files: File[]) => {
    const outcomes = [];
    for (const file of files) {
      const text = await readFileText(file);
      const read = text.ok ? sourceFromFile(text.value, checklist, scale, new Date()) : text;
      outcomes.push(take('sector-files', `“${file.name}”`, read));
    }
    report(outcomes);
  };

  const errorFor = (id: string) =>
    problems
      .filter((p) => p.fieldId === id)
      .map((p) => p.message)
      .join(' ') || undefined;

  return (
    <section aria-labelledby="add-title">
      <h2 id="add-title">Add a council's group results</h2>
      <p>
        After each workshop the facilitator can give out the group results as a QR code, a code, a
        link or a file. They hold only how many people gave each answer: no names and no one's
        answers.
      </p>
      <ErrorSummary errors={problems} attempt={attempt} />
      {added.length > 0 && (
        <div className="notice success" role="status">
          {added.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <ScanGroupResults />
      <PasteCodeForm
        id="sector-code"
        label="Paste a group results code or link"
        hint={GROUP_CODE_HINT}
        rows={3}
        error={errorFor('sector-code')}
        submitLabel="Add these group results"
        onCode={(text) =>
          report([
            take('sector-code', 'The code', sourceFromCode(text, checklist, scale, new Date())),
          ])
        }
      />
      <FormGroup
        id="sector-files"
        label="Or add group results files"
        hint="Files named key-actions-group-results-….json. You can choose several at once."
        error={errorFor('sector-files')}
      >
        {(control) => (
          <input
            type="file"
            multiple
            {...control}
            accept=".json,application/json"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              if (files.length) void onFiles(files);
            }}
          />
        )}
      </FormGroup>
    </section>
  );
}
