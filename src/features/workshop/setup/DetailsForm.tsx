import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { DateInputs } from '../../../components/DateInputs';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { WORKSHOP_LIMITS, type WorkshopDetails } from '../../../domain/workshop/workshop';
import { summaryErrors } from '../formErrors';
import {
  detailsSchema,
  fromDetails,
  namesFrom,
  toDetails,
  type DetailsForm,
} from './detailsSchema';

interface Props {
  title: string;
  caption?: string;
  initial: WorkshopDetails | null;
  /** Only when creating: participants' names, one a line. */
  askNames: boolean;
  submitLabel: string;
  onSave(details: WorkshopDetails, names: string[]): void;
}

const FIELDS = [
  ['title', 'ws-title'],
  ['council', 'ws-council'],
  ['day', 'ws-date-day'],
  ['display', 'ws-display-named'],
  ['names', 'ws-names'],
] as const;

/** The workshop's title, council, date and how participants are shown: for creating and changing. */
export function DetailsFormPage({ title, caption, initial, askNames, submitLabel, onSave }: Props) {
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<DetailsForm>({
    resolver: zodResolver(detailsSchema),
    defaultValues: fromDetails(initial),
    shouldFocusError: false, // the error summary takes focus
  });
  const summary = summaryErrors(errors, FIELDS);
  const named = useWatch({ control, name: 'display' }) === 'named';

  return (
    <>
      <ErrorSummary errors={summary} attempt={attempt} />
      <PageHeading title={title} caption={caption} hasError={summary.length > 0} />
      <form
        noValidate
        onSubmit={handleSubmit(
          (v) => onSave(toDetails(v), askNames && v.display === 'named' ? namesFrom(v.names) : []),
          () => setAttempt((a) => a + 1),
        )}
      >
        <div className={errors.title ? 'form-group has-error' : 'form-group'}>
          <label htmlFor="ws-title">Workshop title</label>
          <p className="hint" id="ws-title-hint">
            For example, Cabinet away day
          </p>
          {errors.title && <FieldMessage id="ws-title-error" message={errors.title.message} />}
          <input
            type="text"
            id="ws-title"
            maxLength={WORKSHOP_LIMITS.title}
            aria-describedby={errors.title ? 'ws-title-hint ws-title-error' : 'ws-title-hint'}
            aria-invalid={errors.title ? true : undefined}
            {...register('title')}
          />
        </div>
        <div className={errors.council ? 'form-group has-error' : 'form-group'}>
          <label htmlFor="ws-council">
            Council <span className="hint">(optional)</span>
          </label>
          {errors.council && (
            <FieldMessage id="ws-council-error" message={errors.council.message} />
          )}
          <input
            type="text"
            id="ws-council"
            autoComplete="organization"
            maxLength={WORKSHOP_LIMITS.council}
            aria-describedby={errors.council ? 'ws-council-error' : undefined}
            {...register('council')}
          />
        </div>
        <DateInputs
          idBase="ws-date"
          legend={
            <>
              Date of the workshop <span className="hint">(optional)</span>
            </>
          }
          hint="For example, 27 3 2027"
          error={errors.day?.message}
          day={register('day')}
          month={register('month')}
          year={register('year')}
        />
        <div className={errors.display ? 'form-group has-error' : 'form-group'}>
          <fieldset aria-describedby={errors.display ? 'ws-display-error' : 'ws-display-hint'}>
            <legend className="field-legend">How will participants be shown?</legend>
            <p className="hint" id="ws-display-hint">
              This applies on screen, in print and in every export. You can change it later.
            </p>
            {errors.display && (
              <FieldMessage id="ws-display-error" message={errors.display.message} />
            )}
            <div className="radios">
              <div className="radio">
                <input type="radio" id="ws-display-named" value="named" {...register('display')} />
                <label htmlFor="ws-display-named">By name</label>
              </div>
              <div className="radio">
                <input
                  type="radio"
                  id="ws-display-anonymous"
                  value="anonymous"
                  {...register('display')}
                />
                <label htmlFor="ws-display-anonymous">
                  Anonymously, as Participant 1, Participant 2 and so on
                </label>
              </div>
            </div>
          </fieldset>
        </div>
        {askNames && named && (
          <div
            className={errors.names ? 'form-group has-error conditional' : 'form-group conditional'}
          >
            <label htmlFor="ws-names">
              Participants' names <span className="hint">(optional)</span>
            </label>
            <p className="hint" id="ws-names-hint">
              One name a line. You can add more later, and people can add their own name when they
              take their turn.
            </p>
            {errors.names && <FieldMessage id="ws-names-error" message={errors.names.message} />}
            <textarea
              id="ws-names"
              rows={5}
              aria-describedby={errors.names ? 'ws-names-hint ws-names-error' : 'ws-names-hint'}
              {...register('names')}
            />
          </div>
        )}
        <div className="button-group">
          <button type="submit" className="button">
            {submitLabel}
          </button>
        </div>
      </form>
    </>
  );
}

export function FieldMessage({ id, message }: { id: string; message?: string }) {
  return (
    <p className="field-error" id={id}>
      <span className="visually-hidden">Error:</span> {message}
    </p>
  );
}
