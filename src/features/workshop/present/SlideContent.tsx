import { PageHeading } from '../../../components/PageHeading';
import { ScoreBars } from '../../../components/charts/ScoreBars';
import { scoreName } from '../../../components/results/subject';
import {
  answerRange,
  formatDate,
  formatScore,
  scoreInWords,
  scoreKey,
} from '../../../domain/display';
import { scaleMax } from '../../../domain/scoring/score';
import type { GroupView } from '../../../domain/group/groupView';
import type { Workshop } from '../../../domain/workshop/workshop';
import { BehavioursSlide } from './BehavioursSlide';
import { PromptSlide } from './PromptSlide';
import { actionText, checklist, scale, sectionOf } from '../shared/workshopContent';
import type { Slide } from './slides';
import { SinceEarlierSlide } from './SinceEarlierSlide';

interface Props {
  slide: Slide;
  view: GroupView;
  workshop: Workshop;
}

const top = scaleMax(scale);
/** An answer (or a mean answer) on the 0–100 scale every slide uses (issue 25: one scale in the deck). */
const asScore = (v: number | null) => (v === null ? null : (v / top) * 100);
const scoreLabel = (score: number | null) => (score === null ? 'no score' : formatScore(score));
const members = (n: number) => `${n} ${n === 1 ? 'member' : 'members'}`;
const rangeWords = (min: number | null, max: number | null) =>
  min === null || max === null ? 'no scores' : `from ${formatScore(min)} to ${formatScore(max)}`;

/**
 * One screen of the presentation. Each has its own heading, which takes focus when it appears, and
 * uses one scale, scores out of 100, as the rest of the app does; the section slides say what those
 * scores mean in the answers' own words (issue 25).
 */
export function SlideContent({ slide, view, workshop }: Props) {
  const { group } = view;
  switch (slide.kind) {
    case 'title': {
      const words = scoreInWords(scale, group.overall.score);
      return (
        <>
          <PageHeading title={workshop.title} caption="Group results" />
          <p className="slide-sub">
            {[workshop.council, workshop.date && formatDate(workshop.date)]
              .filter(Boolean)
              .join(', ')}
          </p>
          <p className="big-number">
            <span className="value">{formatScore(group.overall.score)}</span>
            <span className="label">
              group score out of 100{words && `: ${words}`}, from {members(group.participants)}
            </span>
          </p>
          <p>
            {view.splitCount === 0
              ? 'The group is not split on any action.'
              : `The group is split on ${view.splitCount} ${view.splitCount === 1 ? 'action' : 'actions'}; the ${view.disagreements.length === 1 ? 'one' : `${view.disagreements.length} most split`} follow.`}
          </p>
        </>
      );
    }
    case 'overview':
      return (
        <>
          <PageHeading title="The group in each section" caption="Scores out of 100" />
          <p className="slide-key">
            Each bar is the group's score; the line through it runs from the lowest to the highest
            member's score.
          </p>
          <div className="slide-chart slide-bars slide-bars-wide">
            <ScoreBars
              tone="slide"
              list="ul"
              axisLabel={`${scoreName("the group's")} (0–100)`}
              rows={group.sections.map((s) => {
                const title = sectionOf(s.sectionId).title;
                return {
                  label: title,
                  value: s.score,
                  valueLabel: scoreLabel(s.score),
                  range: s.min === null || s.max === null ? null : [s.min, s.max],
                  spoken: `${title}: group score ${formatScore(s.score)}, members ${rangeWords(s.min, s.max)}.`,
                };
              })}
            />
          </div>
        </>
      );
    case 'since':
      return <SinceEarlierSlide workshop={workshop} group={group} />;
    case 'section': {
      const section = checklist.sections[slide.index]!;
      return (
        <>
          <PageHeading
            title={section.title}
            caption={`Section ${slide.index + 1} of ${checklist.sections.length}: group scores out of 100`}
          />
          <p className="slide-key">
            Each bar is the group's score; the line through it runs from the lowest to the highest
            member's score. {scoreKey(scale)}.
          </p>
          <div className="slide-chart slide-bars">
            <ScoreBars
              tone="slide"
              list="ul"
              axisLabel={`${scoreName("the group's")} (0–100)`}
              rows={section.actions.map((action) => {
                const a = group.actions.find((x) => x.actionId === action.id)!;
                const min = asScore(a.min);
                const max = asScore(a.max);
                // "split" in the title's own words, so it reads in black and white and aloud.
                const label = a.disagreement ? `${action.text} (split)` : action.text;
                return {
                  label,
                  value: a.score,
                  valueLabel: scoreLabel(a.score),
                  range: min === null || max === null ? null : [min, max],
                  spoken: `${label}: group score ${formatScore(a.score)}, ${answerRange(scale, a.min, a.max)}.`,
                };
              })}
            />
          </div>
        </>
      );
    }
    case 'prompt':
      return <PromptSlide view={view} index={slide.index} />;
    case 'behaviours':
      return <BehavioursSlide view={view} />;
    case 'weak':
      return (
        <>
          <PageHeading
            title="The group's weakest areas"
            caption="Group score out of 100, largest gap first"
          />
          {view.weak.length === 0 ? (
            <p>No action has a group average of “To some extent” or below.</p>
          ) : (
            <div className="slide-chart slide-bars">
              <ScoreBars
                tone="slide"
                list="ol"
                axisLabel={`${scoreName("the group's")} (0–100)`}
                rows={view.weak.map((w) => ({
                  label: actionText(w.actionId),
                  value: w.score,
                  valueLabel: w.score === null ? 'no score' : formatScore(w.score),
                }))}
              />
            </div>
          )}
        </>
      );
    case 'plan':
      return (
        <>
          <PageHeading title="The group action plan" caption="What we will do next" />
          {workshop.plan.length === 0 ? (
            <p>
              No group actions agreed yet. Agree a few, starting from the splits and the weakest
              areas: what you will do, who owns it, by when, and how you will know it is working.
            </p>
          ) : (
            <ol className="slide-list">
              {workshop.plan.map((item, i) => (
                <li key={i}>
                  <span className="slide-item-title">{actionText(item.actionId)}</span>
                  <span className="slide-item-detail">
                    {/* No-break spaces: a date read from the back of the room stays on one line. */}
                    {[
                      item.what,
                      item.who,
                      item.byWhen && formatDate(item.byWhen).replace(/ /g, '\u00a0'),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </>
      );
  }
}
