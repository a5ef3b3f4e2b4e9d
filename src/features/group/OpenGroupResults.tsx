import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary, type FieldError as Problem } from '../../components/form/ErrorSummary';
import { JsonFileField } from '../../components/form/JsonFileField';
import { PasteCodeForm } from '../../components/form/PasteCodeForm';
import { paths } from '../../routing/paths';
import { readFileText } from '../../components/readFileText';
import type { CheckResult } from '../../domain/assessment/checkAssessment';
import type { GroupFigures } from '../../domain/group/figures';
import { decodeGroupCode, encodeGroupCode, GROUP_CODE_HINT } from '../../domain/group/groupCode';
import { readGroupResultsFile } from '../../domain/group/groupResultsFile';
import { useContent } from '../../components/content/ContentContext';

/** Paste a group-results code or address, or open the group results file, when a camera is no use. */
export function OpenGroupResults() {
  const { checklist, scale } = useContent();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [attempt, setAttempt] = useState(0);

  // Either way in ends at the same address as a scanned code: one page, one check.
  const show = (fieldId: string, what: string, result: CheckResult<GroupFigures>) => {
    const code = result.ok ? encodeGroupCode(result.value, checklist) : result;
    if (code.ok) return navigate(paths.group.href(code.value));
    setProblem({ fieldId, message: `${what} could not be opened: ${code.message}` });
    setAttempt((a) => a + 1);
  };

  const open = async (file: File) => {
    const read = await readFileText(file);
    show(
      'group-file',
      `“${file.name}”`,
      read.ok ? readGroupResultsFile(read.value, checklist, scale) : read,
    );
  };

  const errorFor = (id: string) => (problem?.fieldId === id ? problem.message : undefined);

  return (
    <>
      <ErrorSummary errors={problem ? [problem] : []} attempt={attempt} />
      <PasteCodeForm
        id="group-code"
        label="Paste the group results code or address"
        hint={GROUP_CODE_HINT}
        rows={3}
        error={errorFor('group-code')}
        submitLabel="Open the group results"
        onCode={(text) =>
          void show('group-code', 'The code', decodeGroupCode(text, checklist, scale))
        }
      />
      <JsonFileField
        id="group-file"
        label="Or open the group results file"
        hint="The file the facilitator gave you, named key-actions-group-results-….json."
        error={errorFor('group-file')}
        onFile={(file) => void open(file)}
      />
    </>
  );
}
