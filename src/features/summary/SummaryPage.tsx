import { ChartPrintContext } from '../../components/charts/chartName';
import { Link } from 'react-router';
import { todayIso } from '../../domain/plan/date';
import { formatDate, capitalise, formatScore, nearestAnswer } from '../../domain/display';
import { answerLabel } from '../../domain/answerLabel';
import { StandingChart } from '../../components/results/StandingChart';
import { useResultsContent } from '../../components/content/useResearch';
import { usePersonalReport } from '../../state/personalReport';
import './summary.css';
import './summaryPrintTight.css';
import { DataTable } from '../../components/DataTable';
import { SectionScoresChart } from '../../components/results/SectionScoresChart';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../routing/paths';
import { QuoteBlock } from '../../components/QuoteBlock';
import { useAssessmentStore } from '../../state/assessmentStore';
import { LastTimeCommitted } from '../../components/history/LastTimeCommitted';
import { SinceLastRound } from '../../components/history/SinceLastRound';
import { NotSureNotes } from './NotSureNotes';
import { WhatComesNext } from './WhatComesNext';

/** The printed personal action summary: A4, at most two pages, legible in black and white. */
export function SummaryPage() {
  const assessment = useAssessmentStore((s) => s.assessment);
  const content = useResultsContent();
  const { checklist, scale, about, findings } = content;
  const { actionText } = content.index;
  // Worked out once here, from the content and what is saved; each part below is given its piece.
  const report = usePersonalReport(content);
  const { view, prompts, since, commitments } = report;
  const { previous } = report.last;
  const { result, standings, behaviours, weak } = view;
  const { name, role, council } = assessment.aboutYou;
  const who = [name, role, council].filter((v) => v.trim() !== '');
  const nearest = nearestAnswer(scale, result.overall);
  const notes = weak.filter((w) => assessment.notes[w.actionId]?.trim());

  return (
    <ChartPrintContext value>
      <article className="summary">
        <div className="no-print">
          <Link to={paths.plan.href()} className="back-link">
            Back to your plan
          </Link>
        </div>
        <PageHeading title="Your action summary" caption={checklist.title} />
        <p className="summary-meta">
          {who.length > 0 && <span>{who.join(', ')}. </span>}
          <span>{formatDate(todayIso())}</span>
        </p>
        <div className="button-group no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </div>

        <section aria-labelledby="summary-scores" className="summary-block">
          <h2 id="summary-scores">Where you stand</h2>
          <p className="summary-figures">
            Overall score: <strong>{formatScore(result.overall)}</strong> out of 100
            {nearest && <>: on average, you answered “{nearest}”</>}
            <br />
            Actions done to a large extent or fully:{' '}
            <strong>
              {result.coverage} of {result.total}
            </strong>
          </p>
          <SectionScoresChart subject="your" sections={result.sections} headingLevel={3} />
          <p className="summary-finding">
            <strong>What the research found:</strong> {findings.headline.text}
          </p>
        </section>

        <SinceLastRound since={since} previous={previous} headingId="summary-since" />

        <section aria-labelledby="summary-areas" className="summary-block">
          <h2 id="summary-areas">The research's most important areas for further action</h2>
          <DataTable
            columns={[{ label: 'Area' }, { label: 'Your score', numeric: true }]}
            rows={standings.map((s) => ({
              key: s.findingId,
              header: capitalise(s.text),
              cells: [s.score === null ? 'No score' : formatScore(s.score)],
            }))}
          />
        </section>

        <section aria-labelledby="summary-plan" className="summary-block">
          <h2 id="summary-plan">My action plan</h2>
          {assessment.plan.length === 0 ? (
            <p>
              No actions planned yet. <Link to={paths.plan.href()}>Plan your next steps</Link>.
            </p>
          ) : (
            <ol className="summary-plan">
              {assessment.plan.map((item) => {
                const quote = prompts.get(item.actionId)?.quote;
                return (
                  <li key={item.actionId} className="summary-plan-item">
                    <h3>{actionText(item.actionId)}</h3>
                    <dl>
                      <div>
                        <dt>What I will do</dt>
                        <dd>{item.what || 'Not written yet'}</dd>
                      </div>
                      {item.who && (
                        <div>
                          <dt>Who I will involve</dt>
                          <dd>{item.who}</dd>
                        </div>
                      )}
                      {item.byWhen && (
                        <div>
                          <dt>By when</dt>
                          <dd>{formatDate(item.byWhen)}</dd>
                        </div>
                      )}
                      {item.measure && (
                        <div>
                          <dt>How I will know it is working</dt>
                          <dd>{item.measure}</dd>
                        </div>
                      )}
                    </dl>
                    {quote && <QuoteBlock text={quote.text} />}
                  </li>
                );
              })}
            </ol>
          )}
        </section>

        <WhatComesNext />

        <LastTimeCommitted commitments={commitments} previous={previous} />

        {/* After the plan: on paper the plan then fills the foot of the first sheet (issue 13). */}
        <div className="summary-block summary-behaviours">
          <StandingChart subject="your" standings={behaviours} of="behaviours" />
        </div>

        {notes.length > 0 && (
          <section aria-labelledby="summary-notes" className="summary-block">
            <h2 id="summary-notes">My notes on my weakest areas</h2>
            <ul>
              {notes.map((w) => (
                <li key={w.actionId}>
                  <strong>{actionText(w.actionId)}</strong> ({answerLabel(scale, w.value)}):{' '}
                  {assessment.notes[w.actionId]}
                </li>
              ))}
            </ul>
          </section>
        )}

        <NotSureNotes actions={result.actions} notes={assessment.notes} />

        <footer className="summary-footer">
          Based on the leaflet "{checklist.title}", from research on politicians and innovation
          conducted in partnership with the Local Government Association (LGA). {about.publisher}.
        </footer>
      </article>
    </ChartPrintContext>
  );
}
