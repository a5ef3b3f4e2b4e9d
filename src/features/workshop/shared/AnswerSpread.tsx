import { AnswerDots } from '../../../components/charts/AnswerDots';
import type { Tone } from '../../../components/charts/types';
import { formatScore } from '../../../domain/display';
import type { GroupActionView } from '../../../domain/group/groupView';
import { answerColumns, describeAnswers } from './describeAnswers';
import { useContent } from '../../../components/content/ContentContext';

/**
 * How the group answered one action: a dot per person above their answer, "Not sure" set apart, and
 * the group's score on the one scale of the app and the deck (out of 100), not a 0–4 average.
 */
export function AnswerSpread({ action, tone }: { action: GroupActionView; tone?: Tone }) {
  const content = useContent();
  return (
    <AnswerDots
      columns={answerColumns(action, content.scale)}
      marker={
        action.mean === null || action.score === null
          ? null
          : { at: action.mean, label: `group score ${formatScore(action.score)}` }
      }
      label={describeAnswers(action, content)}
      tone={tone}
    />
  );
}
