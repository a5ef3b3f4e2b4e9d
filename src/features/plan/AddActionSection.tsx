import { useState } from 'react';
import { PlanFull } from '../../components/PlanFull';

export interface ActionChoice {
  id: string;
  text: string;
  /** The leader's answer in the scale's words: "To some extent", "Not sure", "Not answered". */
  answer: string;
}

interface Props {
  /** The actions not in the plan, weakest first (issue 25). */
  choices: readonly ActionChoice[];
  full: boolean;
  onAdd(actionId: string): void;
}

/** "Add an action": the actions left, weakest first, each with the leader's answer beside it. */
export function AddActionSection({ choices, full, onAdd }: Props) {
  const [toAdd, setToAdd] = useState('');
  return (
    <section className="panel" aria-labelledby="add-action-title">
      <h2 id="add-action-title">Add an action</h2>
      {full ? (
        <PlanFull whose="Your plan" />
      ) : (
        <div className="add-action">
          <label htmlFor="add-action">Action to add</label>
          <p className="hint" id="add-action-hint">
            Your weakest areas first, with your answer to each.
          </p>
          <select
            id="add-action"
            aria-describedby="add-action-hint"
            value={toAdd}
            onChange={(e) => setToAdd(e.target.value)}
          >
            <option value="">Choose an action</option>
            {choices.map((a) => (
              <option key={a.id} value={a.id}>
                {a.text} – your answer: {a.answer}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button secondary"
            disabled={!toAdd}
            onClick={() => {
              onAdd(toAdd);
              setToAdd('');
            }}
          >
            Add to plan
          </button>
        </div>
      )}
    </section>
  );
}
