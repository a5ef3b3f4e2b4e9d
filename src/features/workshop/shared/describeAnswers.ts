import { formatScore } from '../../../domain/display';
import { answerLabel } from '../../../domain/answerLabel';
import type { SplitSides } from '../../../domain/group/split';
import type { DotColumn } from '../../../components/charts/types';
import type { GroupActionView } from '../../../domain/group/groupView';
import type { AppContent } from '../../../domain/content/appContent';
import type { Scale } from '../../../domain/content/types';

const ordered = (scale: Scale) => [...scale.options].sort((a, b) => a.value - b.value);

/** The dot plot's columns: each answer on the scale with who gave it, then "Not sure", set apart. */
export function answerColumns(action: GroupActionView, scale: Scale): DotColumn[] {
  const who = (value: GroupActionView['answers'][number]['answer']) =>
    action.answers.filter((a) => a.answer === value).map((a) => a.label);
  return [
    ...ordered(scale).map((o) => ({ label: o.label, people: who(o.value) })),
    { label: scale.notSure.label, people: who('not-sure'), offScale: true },
  ];
}

/** The dot plot in words, for its accessible name: every count, "not sure" and the average. */
export function describeAnswers(
  action: GroupActionView,
  { scale, index }: { scale: Scale; index: AppContent['index'] },
): string {
  const counts = ordered(scale)
    .map((o) => `${o.label} ${action.counts[o.value] ?? 0}`)
    .join(', ');
  const notSure = action.notSure > 0 ? `; ${scale.notSure.label} ${action.notSure}` : '';
  // The group score out of 100, the one scale of the app and the slides (issue 25), not a 0–4 average.
  const mean = action.score === null ? '' : `; group score ${formatScore(action.score)} of 100`;
  return `Answers to “${index.actionText(action.actionId)}”: ${counts}${notSure}${mean}.`;
}

/** Who gave each answer, for the table behind the dot strip. */
export function whoAnswered(action: GroupActionView, scale: Scale) {
  const options = ordered(scale);
  const rows = [...options.map((o) => o.value), 'not-sure' as const, undefined].map((value) => ({
    label: value === undefined ? 'Not answered' : answerLabel(scale, value),
    people: action.answers.filter((a) => a.answer === value).map((a) => a.label),
  }));
  return rows.filter((row, i) => i < options.length || row.people.length > 0);
}

const members = (n: number) => `${n} ${n === 1 ? 'member' : 'members'}`;

/** "2 members answered “Not at all”; 6 answered “To some extent” or higher." */
export function describeSides({ low, high }: SplitSides, scale: Scale): string {
  const top = ordered(scale).at(-1)!.value;
  const lowWords = `“${answerLabel(scale, low.atMost)}”${low.atMost > 0 ? ' or lower' : ''}`;
  const highWords = `“${answerLabel(scale, high.atLeast)}”${high.atLeast < top ? ' or higher' : ''}`;
  return `${members(low.count)} answered ${lowWords}; ${members(high.count)} answered ${highWords}.`;
}
