import { PageHeading } from '../../../components/PageHeading';
import { QuoteBlock } from '../../../components/QuoteBlock';
import { formatDate } from '../../../domain/plan/date';
import { capitalise, formatScore, listItemText } from '../../../domain/scoring/format';
import { answerRange, formatMean } from '../../../domain/workshop/format';
import type { GroupView } from '../../../domain/workshop/groupView';
import type { Workshop } from '../../../domain/workshop/workshop';
import { describeAnswers } from '../results/describe';
import { DotStrip } from '../results/DotStrip';
import { actionText, checklist, scale, sectionOf } from '../workshopContent';
import { RangeBar } from './RangeBar';
import type { Slide } from './slides';

interface Props {
  slide: Slide;
  view: GroupView;
  workshop: Workshop;
}

const top = Math.max(...scale.options.map((o) => o.value));
const rangeWords = (min: number | null, max: number | null) =>
  min === null || max === null ? 'no scores' : `from ${formatScore(min)} to ${formatScore(max)}`;

/** One screen of the presentation. Each has its own heading, which takes focus when it appears. */
export function SlideContent({ slide, view, workshop }: Props) {
  const { group } = view;
  switch (slide.kind) {
    case 'title':
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
              group score out of 100, from {group.participants}{' '}
              {group.participants === 1 ? 'participant' : 'participants'}; participants{' '}
              {rangeWords(group.overall.min, group.overall.max)}
            </span>
          </p>
          <p>
            {view.disagreements.length === 0
              ? 'The group agrees closely on every action.'
              : `The group disagrees on ${view.disagreements.length} ${view.disagreements.length === 1 ? 'action' : 'actions'}.`}
          </p>
        </>
      );
    case 'overview':
      return (
        <>
          <PageHeading title="The group in each section" caption="Scores out of 100" />
          <ul className="slide-list">
            {group.sections.map((s) => (
              <li key={s.sectionId}>
                <span className="slide-item-title">{sectionOf(s.sectionId).title}</span>
                <span className="slide-item-figure">
                  <strong>{formatScore(s.score)}</strong> (participants {rangeWords(s.min, s.max)})
                </span>
              </li>
            ))}
          </ul>
        </>
      );
    case 'section': {
      const section = checklist.sections[slide.index]!;
      const s = group.sections[slide.index]!;
      return (
        <>
          <PageHeading
            title={section.title}
            caption={`Section ${slide.index + 1} of ${checklist.sections.length}: group score ${formatScore(s.score)}, participants ${rangeWords(s.min, s.max)}`}
          />
          <p className="slide-key">
            Each line runs from the lowest to the highest answer (0 “{scale.options[0]!.label}” to{' '}
            {top} “{scale.options.at(-1)!.label}”); the ring is the average.
          </p>
          <ul className="slide-actions">
            {section.actions.map((action) => {
              const a = group.actions.find((x) => x.actionId === action.id)!;
              return (
                <li key={action.id}>
                  <span className="slide-item-title">
                    {action.text}
                    {a.disagreement && <strong className="slide-tag"> disagree</strong>}
                  </span>
                  <span className="slide-item-figure">average {formatMean(a.mean)}</span>
                  <RangeBar
                    min={a.min}
                    max={a.max}
                    mean={a.mean}
                    label={`${action.text}: average ${formatMean(a.mean)}, ${answerRange(scale, a.min, a.max)}.`}
                  />
                </li>
              );
            })}
          </ul>
        </>
      );
    }
    case 'prompt': {
      const d = view.disagreements[slide.index]!;
      return (
        <>
          <PageHeading
            title={actionText(d.actionId)}
            caption={`Discussion ${slide.index + 1} of ${view.disagreements.length}: ${sectionOf(d.sectionId).title}`}
          />
          <p>
            The group gave {answerRange(scale, d.min, d.max)}: a spread of {d.spread} points.
          </p>
          <div className="slide-dots">
            <DotStrip answers={d.answers} mean={d.mean} label={describeAnswers(d)} />
          </div>
          <p className="slide-question">
            What lies behind the different answers, and what would it take to agree?
          </p>
          {d.quote && <QuoteBlock text={d.quote.text} />}
        </>
      );
    }
    case 'behaviours':
      return (
        <>
          <PageHeading
            title="What leaders in councils achieving more innovations do"
            caption="Creative Councils update, paragraph 16"
          />
          <p>Group score out of 100: the mean of each one's checklist actions.</p>
          <ul className="slide-list">
            {view.behaviours.map((b) => (
              <li key={b.findingId}>
                <span className="slide-item-title">{capitalise(listItemText(b.text))}</span>
                <span className="slide-item-figure">
                  <strong>{formatScore(b.score)}</strong>
                </span>
              </li>
            ))}
          </ul>
        </>
      );
    case 'weak':
      return (
        <>
          <PageHeading title="The group's weakest areas" caption="Largest gap first" />
          {view.weak.length === 0 ? (
            <p>No action has a group average of “To some extent” or below.</p>
          ) : (
            <ol className="slide-list">
              {view.weak.map((w) => (
                <li key={w.actionId}>
                  <span className="slide-item-title">{actionText(w.actionId)}</span>
                  <span className="slide-item-figure">
                    group score <strong>{formatScore(w.score)}</strong>
                  </span>
                </li>
              ))}
            </ol>
          )}
          <p>Next: agree the group action plan.</p>
        </>
      );
  }
}
