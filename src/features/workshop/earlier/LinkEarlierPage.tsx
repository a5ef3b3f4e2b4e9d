import { capitalise, formatDate } from '../../../domain/display';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '../../../components/form/ErrorSummary';
import { JsonFileField } from '../../../components/form/JsonFileField';
import { RadioGroup } from '../../../components/form/RadioGroup';
import { PageHeading } from '../../../components/PageHeading';
import { paths } from '../../../routing/paths';
import { readFileText } from '../../../components/readFileText';
import type { SaveResult } from '../../../domain/saved/result';
import type { EarlierWorkshop } from '../../../domain/workshop/earlier';
import { earlierWorkshop } from '../../../domain/workshop/linkEarlier';
import { respondents } from '../../../domain/workshop/workshop';
import { readWorkshopFile } from '../../../domain/workshop/workshopFile';
import { useWorkshopStore } from '../../../state/workshopStore';
import { earlierName } from '../shared/groupChangeText';
import { useCurrentWorkshop } from '../shared/useCurrentWorkshop';
import { useContent } from '../../../components/content/ContentContext';

const CHOICE = 'earlier-choice';

/**
 * Compares this workshop with an earlier one of the same group: one kept on this device, or one
 * brought in as a workshop file (read with the same check as the Workshops page's import). Only the
 * earlier workshop's group figures and plan are kept; nothing changes unless they can be used.
 */
export function LinkEarlierPage() {
  const { checklist, scale } = useContent();
  const workshop = useCurrentWorkshop();
  const workshops = useWorkshopStore((s) => s.workshops);
  const link = useWorkshopStore((s) => s.linkEarlier);
  const navigate = useNavigate();
  const [choice, setChoice] = useState(workshop.earlier?.id ?? '');
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState<{ fieldId: string; message: string } | null>(null);
  const fileMessage = useRef<HTMLDivElement>(null);
  const others = workshops.filter((w) => w.id !== workshop.id && respondents(w).length > 0);

  useEffect(() => {
    if (problem?.fieldId === 'earlier-file') fileMessage.current?.focus();
  }, [problem]);

  const keep = (earlier: EarlierWorkshop, fieldId: string) => {
    const result = link(workshop.id, earlier);
    if (result.kind !== 'saved')
      return setProblem({ fieldId, message: `It could not be kept: ${whyNotKept(result)}` });
    navigate(
      earlier.plan.length > 0
        ? paths.workshopEarlierReview.href(workshop.id)
        : paths.workshop.href(workshop.id),
    );
  };

  const onChoose = (event: FormEvent) => {
    event.preventDefault();
    const chosen = others.find((w) => w.id === choice);
    const earlier = chosen && earlierWorkshop(chosen, checklist, scale);
    if (!earlier || !earlier.ok) {
      setProblem({
        fieldId: `${CHOICE}-0`,
        message: earlier ? capitalise(earlier.message) : 'Choose the earlier workshop',
      });
      setAttempt((a) => a + 1);
      return;
    }
    keep(earlier.value, `${CHOICE}-0`);
  };

  const onFile = async (file: File) => {
    const text = await readFileText(file);
    const read = text.ok ? readWorkshopFile(text.value, checklist, scale) : text;
    const earlier = read.ok ? earlierWorkshop(read.value, checklist, scale) : read;
    if (!earlier.ok) {
      setProblem({
        fieldId: 'earlier-file',
        message: `“${file.name}” could not be used: ${earlier.message} Nothing has changed.`,
      });
      return;
    }
    keep(earlier.value, 'earlier-file');
  };

  const choiceError = problem?.fieldId === `${CHOICE}-0` ? problem.message : undefined;
  return (
    <>
      <ErrorSummary errors={choiceError ? [problem!] : []} attempt={attempt} />
      <Link to={paths.workshop.href(workshop.id)} className="back-link">
        Back to the workshop
      </Link>
      <PageHeading
        title="Compare with an earlier workshop"
        caption={workshop.title}
        hasError={Boolean(choiceError)}
      />
      <p className="lead">
        Choose an earlier workshop of the same group. The group results then show what moved since,
        and the group reviews the plan it agreed then.
      </p>
      <p>
        Only its group figures are kept with this workshop: each section's score, how many chose
        each answer, and its group action plan. Never anyone's own answers, names or notes.
      </p>
      {workshop.earlier && (
        <div className="inset">
          <p>
            This workshop is compared with {earlierName(workshop.earlier)}.{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                if (link(workshop.id, null).kind === 'saved')
                  navigate(paths.workshop.href(workshop.id));
              }}
            >
              Stop comparing
            </button>
          </p>
        </div>
      )}

      <h2>A workshop on this device</h2>
      <p>
        Answers added to it later, or changes to its plan, are taken into the comparison while it is
        on this device.
      </p>
      {others.length === 0 ? (
        <p>There is no other workshop with answers on this device.</p>
      ) : (
        <form noValidate onSubmit={onChoose}>
          <RadioGroup
            id={CHOICE}
            legend="Which workshop came before this one?"
            hint="It needs answers from at least 3 participants."
            error={choiceError}
            options={others.map((w, i) => ({
              id: `${CHOICE}-${i}`,
              label: (
                <>
                  {w.title}
                  <br />
                  <span className="hint">
                    {[w.council, w.date && formatDate(w.date)].filter(Boolean).join(', ')}
                    {(w.council || w.date) && '. '}
                    {respondents(w).length} answered.
                  </span>
                </>
              ),
              input: {
                name: CHOICE,
                checked: choice === w.id,
                onChange: () => setChoice(w.id),
              },
            }))}
          />
          <button type="submit" className="button">
            Compare with this workshop
          </button>
        </form>
      )}

      <h2>A workshop file</h2>
      <p>An earlier workshop exported from this app, for example on another device.</p>
      <JsonFileField
        id="earlier-file"
        label="Choose the earlier workshop's file"
        onFile={(file) => void onFile(file)}
      />
      {problem?.fieldId === 'earlier-file' && (
        <div className="notice error" role="alert" tabIndex={-1} ref={fileMessage}>
          <h3>The file could not be used</h3>
          <p>{problem.message}</p>
        </div>
      )}
    </>
  );
}

const whyNotKept = (result: SaveResult) =>
  result.kind === 'refused' ? result.reason : 'this browser could not save it.';
