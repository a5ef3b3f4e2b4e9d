import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { DateInputs } from '../../../components/form/DateInputs';
import { ErrorSummary } from '../../../components/form/ErrorSummary';
import { RadioGroup } from '../../../components/form/RadioGroup';
import { TextareaField } from '../../../components/form/TextareaField';
import { TextField } from '../../../components/form/TextField';
import { PageHeading } from '../../../components/PageHeading';
import { WORKSHOP_LIMITS, type WorkshopDetails } from '../../../domain/workshop/workshop';
import { errorLinks } from '../../../components/form/errorLinks';
import {
  detailsSchema,
  fromDetails,
  namesFrom,
  toDetails,
  type DetailsForm,
} from './detailsSchema';
import { SubmitButton } from '../../../components/form/SubmitButton';

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
  ['expected', 'ws-expected'],
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
  const summary = errorLinks(errors, FIELDS);
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
        <TextField
          id="ws-title"
          label="Workshop title"
          hint="For example, Cabinet away day"
          error={errors.title?.message}
          maxLength={WORKSHOP_LIMITS.title}
          {...register('title')}
        />
        <TextField
          id="ws-council"
          label="Council"
          optional
          error={errors.council?.message}
          autoComplete="organization"
          maxLength={WORKSHOP_LIMITS.council}
          {...register('council')}
        />
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
        <RadioGroup
          id="ws-display"
          legend="How will participants be shown?"
          hint="This applies on screen, in print and in every export. You can change it later."
          error={errors.display?.message}
          options={[
            { id: 'ws-display-named', label: 'By name', value: 'named' },
            {
              id: 'ws-display-anonymous',
              label: 'Anonymously, as Participant 1, Participant 2 and so on',
              value: 'anonymous',
            },
          ].map(({ value, ...o }) => ({ ...o, input: { value, ...register('display') } }))}
        />
        {askNames && named && (
          <TextareaField
            id="ws-names"
            groupClassName="conditional"
            label="Participants' names"
            optional
            hint="One name a line. You can add more later, and people can add their own name when they take their turn."
            error={errors.names?.message}
            rows={5}
            {...register('names')}
          />
        )}
        <TextField
          id="ws-expected"
          label="How many members will answer?"
          optional
          hint="So that the workshop page can say how many are still to answer, for example 5 of 8"
          error={errors.expected?.message}
          inputMode="numeric"
          className="input-width-4"
          {...register('expected')}
        />
        <SubmitButton label={submitLabel} />
      </form>
    </>
  );
}
