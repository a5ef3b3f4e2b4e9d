import type { ReactNode } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { PlanFormItem, PlanFormValues } from '../domain/plan/planFormSchema';
import { PLAN_LIMITS } from '../domain/plan/planItem';
import { DateInputs } from './form/DateInputs';
import { TextareaField } from './form/TextareaField';
import { TextField } from './form/TextField';

/** The plan item's fields; "date" names the date's three boxes, which are `${id}-day` and so on. */
export type PlanField = 'what' | 'who' | 'date' | 'measure';

/** The words differ between a leader's own plan ("I") and a group's ("we"); the rules do not. */
export interface PlanItemWords {
  what: string;
  whatHint?: string;
  who: string;
  byWhen: ReactNode;
  measure: string;
  measureRows: number;
  /** The smaller date legend of a plan item shown inside a card. */
  smallDate?: boolean;
}

interface Props {
  index: number;
  idFor(field: PlanField): string;
  words: PlanItemWords;
  register: UseFormRegister<PlanFormValues>;
  errors: FieldErrors<PlanFormItem> | undefined;
  /** "31 March 2026 has passed. Is that right?" for a date gone by: asked, not refused (issue 25). */
  dateQuestion?: string | null;
}

/** The id an error link for a plan field focuses: the field itself, or the day box of the date. */
export const planErrorTarget = (idFor: (field: PlanField) => string, field: string) =>
  field === 'day' ? `${idFor('date')}-day` : idFor(field as PlanField);

/** What, who, by when and how you will know: one planned action, in the personal and group plans. */
export function PlanItemFields({ index, idFor, words, register, errors, dateQuestion }: Props) {
  const error = (field: keyof PlanFormItem) => errors?.[field]?.message;
  const path = `items.${index}` as const;
  return (
    <>
      <TextareaField
        id={idFor('what')}
        label={words.what}
        hint={words.whatHint}
        error={error('what')}
        rows={3}
        maxLength={PLAN_LIMITS.what}
        {...register(`${path}.what`)}
      />
      <TextField
        id={idFor('who')}
        label={words.who}
        optional
        error={error('who')}
        maxLength={PLAN_LIMITS.who}
        {...register(`${path}.who`)}
      />
      <DateInputs
        idBase={idFor('date')}
        legend={words.byWhen}
        small={words.smallDate}
        hint="For example, 31 3 2027"
        error={error('day')}
        warning={dateQuestion}
        day={register(`${path}.day`)}
        month={register(`${path}.month`)}
        year={register(`${path}.year`)}
      />
      <TextareaField
        id={idFor('measure')}
        label={words.measure}
        optional
        error={error('measure')}
        rows={words.measureRows}
        maxLength={PLAN_LIMITS.measure}
        {...register(`${path}.measure`)}
      />
    </>
  );
}
