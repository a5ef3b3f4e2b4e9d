import type { ReactNode } from 'react';
import { OpenToRender } from '../../components/OpenToRender';
import { SectionScoresChart } from '../../components/results/SectionScoresChart';
import { StandingChart } from '../../components/results/StandingChart';
import { WeakAreaCard } from '../../components/results/WeakAreaCard';
import { useResearch } from '../../components/content/useResearch';
import type { PersonalView } from '../../domain/scoring/personalView';
import { ActionGapChart } from './ActionGapChart';
import { CompareLinks } from './CompareLinks';
import { StrengthsList } from './StrengthsList';
import { LEADING_AREAS } from './WeakestAreas';
import { YourAnswer } from './YourAnswer';

/** One disclosure: its summary the reader's question, its content drawn the first time it opens. */
function More({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <OpenToRender className="results-more" summary={summary} printOpen>
      {children}
    </OpenToRender>
  );
}

/**
 * Everything past the first two screens, one click away (issue 25, item 7): the rest of the five
 * weakest areas, then one chart per question a leader asks, then strengths and earlier snapshots.
 * Closed, nothing in it is built, so the chart code is not fetched until a chart is opened; printing
 * opens every part.
 */
export function MoreResults({ view }: { view: PersonalView }) {
  const { result, weak, strengths, standings, behaviours, byGap } = view;
  const { findings } = useResearch();
  const more = weak.slice(LEADING_AREAS);
  return (
    <section aria-labelledby="more-results-title">
      <h2 id="more-results-title">More about your results</h2>
      {more.length > 0 && (
        <More
          summary={`Your next ${more.length === 1 ? 'weakest area' : `${more.length} weakest areas`} (of your ${weak.length} weakest)`}
        >
          {more.map((area, i) => (
            <WeakAreaCard
              key={area.actionId}
              subject="your"
              area={area}
              rank={LEADING_AREAS + i + 1}
            >
              <YourAnswer actionId={area.actionId} />
            </WeakAreaCard>
          ))}
        </More>
      )}
      <More summary="Which part of the checklist is strongest, and which weakest?">
        <SectionScoresChart subject="your" sections={result.sections} headingLevel={3} />
      </More>
      {byGap.length > 0 && (
        <More summary="How did you score on each action, weakest first?">
          <ActionGapChart actions={byGap} headingLevel={3} />
        </More>
      )}
      {standings.some((s) => s.score !== null) && (
        <More summary="How do you stand on the areas the research found most important for further action?">
          <div className="inset">
            <p>
              <strong>What the research found:</strong> {findings.headline.text}
            </p>
          </div>
          <StandingChart subject="your" standings={standings} headingLevel={3} />
        </More>
      )}
      {behaviours.some((s) => s.score !== null) && (
        <More summary="How close are you to what leaders in councils achieving more innovations do?">
          <StandingChart subject="your" standings={behaviours} of="behaviours" headingLevel={3} />
        </More>
      )}
      <More summary="Your strengths">
        <StrengthsList strengths={strengths} />
      </More>
      <CompareLinks />
    </section>
  );
}
