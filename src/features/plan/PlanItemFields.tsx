import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { PlanFormItem, PlanFormValues } from '../../domain/plan/planFormSchema';
import { PLAN_LIMITS } from '../../domain/plan/planItem';
import { QuoteBlock } from '../../components/QuoteBlock';
import { citeShort } from '../../domain/content/cite';
import { researchContent } from '../../domain/content/research';
import type { PlanPrompt } from './usePlanPrompts';

interface Props {
  index: number;
  actionText: string;
  register: UseFormRegister<PlanFormValues>;
  errors: FieldErrors<PlanFormItem> | undefined;
  prompt: PlanPrompt | undefined;
  onRemove(): void;
}

/** Field ids follow `plan-${index}-${field}`; the error summary links to them (the date's is `-day`). */
export const planFieldId = (index: number, field: string) => `plan-${index}-${field}`;
const id = planFieldId;
const recommendationsCited = citeShort(researchContent.recommendations.source);

/** One planned action: what, who, by when and how you will know, with a quote and a recommendation. */
export function PlanItemFields({ index, actionText, register, errors, prompt, onRemove }: Props) {
  const titleId = id(index, 'title');
  const error = (field: keyof PlanFormItem) => errors?.[field]?.message;
  const described = (field: string, hint?: string) =>
    [hint, error(field as keyof PlanFormItem) && id(index, `${field}-error`)]
      .filter(Boolean)
      .join(' ') || undefined;
  const errorText = (field: keyof PlanFormItem) =>
    error(field) && (
      <p className="field-error" id={id(index, `${field}-error`)}>
        <span className="visually-hidden">Error:</span> {error(field)}
      </p>
    );

  return (
    <section className="card plan-item" aria-labelledby={titleId}>
      <h2 id={titleId}>
        <span className="caption">Action {index + 1}</span>
        {actionText}
      </h2>
      {prompt && (
        <details className="prompts">
          <summary>What other leaders said, and the Audit Commission's recommendation</summary>
          {prompt.quote ? (
            <QuoteBlock text={prompt.quote.text} />
          ) : (
            <p>
              {prompt.quoteShownAbove
                ? 'The quote that speaks to this action is shown above, with another action.'
                : "None of the leaders' quotes in the leaflet speaks directly to this action."}
            </p>
          )}
          {prompt.recommendation ? (
            <p>
              <strong>
                {recommendationsCited}, {prompt.recommendation.id}:
              </strong>{' '}
              {prompt.recommendation.text}
            </p>
          ) : (
            <p>None of the Audit Commission's recommendations speaks directly to this action.</p>
          )}
        </details>
      )}

      <div className={error('what') ? 'form-group has-error' : 'form-group'}>
        <label htmlFor={id(index, 'what')}>What I will do</label>
        <p className="hint" id={id(index, 'what-hint')}>
          Up to {PLAN_LIMITS.what} characters.
        </p>
        {errorText('what')}
        <textarea
          id={id(index, 'what')}
          rows={3}
          maxLength={PLAN_LIMITS.what}
          aria-describedby={described('what', id(index, 'what-hint'))}
          aria-invalid={error('what') ? true : undefined}
          {...register(`items.${index}.what`)}
        />
      </div>

      <div className={error('who') ? 'form-group has-error' : 'form-group'}>
        <label htmlFor={id(index, 'who')}>
          Who I will involve <span className="hint">(optional)</span>
        </label>
        {errorText('who')}
        <input
          type="text"
          id={id(index, 'who')}
          maxLength={PLAN_LIMITS.who}
          aria-describedby={described('who')}
          {...register(`items.${index}.who`)}
        />
      </div>

      <div className={error('day') ? 'form-group has-error' : 'form-group'}>
        <fieldset role="group" aria-describedby={described('day', id(index, 'date-hint'))}>
          <legend className="legend-small">
            By when <span className="hint">(optional)</span>
          </legend>
          <p className="hint" id={id(index, 'date-hint')}>
            For example, 31 3 2027
          </p>
          {errorText('day')}
          <div className="date-input">
            {(
              [
                ['day', 'Day', 2],
                ['month', 'Month', 2],
                ['year', 'Year', 4],
              ] as const
            ).map(([field, label, width]) => (
              <div key={field} className={`date-part width-${width}`}>
                <label htmlFor={id(index, field)}>{label}</label>
                <input
                  type="text"
                  inputMode="numeric"
                  id={id(index, field)}
                  maxLength={width}
                  aria-invalid={error('day') ? true : undefined}
                  {...register(`items.${index}.${field}`)}
                />
              </div>
            ))}
          </div>
        </fieldset>
      </div>

      <div className={error('measure') ? 'form-group has-error' : 'form-group'}>
        <label htmlFor={id(index, 'measure')}>
          How I will know it is working <span className="hint">(optional)</span>
        </label>
        {errorText('measure')}
        <textarea
          id={id(index, 'measure')}
          rows={2}
          maxLength={PLAN_LIMITS.measure}
          aria-describedby={described('measure')}
          {...register(`items.${index}.measure`)}
        />
      </div>

      <button type="button" className="button secondary" onClick={onRemove}>
        Remove <span className="visually-hidden">“{actionText}”</span> from plan
      </button>
    </section>
  );
}
