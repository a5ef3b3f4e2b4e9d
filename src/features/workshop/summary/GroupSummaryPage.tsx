import { ChartPrintContext } from '../../../components/charts/chartName';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { paths } from '../../../routing/paths';
import { QuoteBlock } from '../../../components/QuoteBlock';
import { citeShort } from '../../../domain/content/cite';
import { capitalise, formatDate, formatScore } from '../../../domain/display';
import { DataTable } from '../../../components/DataTable';
import { RevealGate } from '../shared/RevealGate';
import { SPLIT_RULE, splitSides } from '../../../domain/group/split';
import { describeSides } from '../shared/describeAnswers';
import { useCurrentWorkshop } from '../shared/useCurrentWorkshop';
import { useResultsContent } from '../../../components/content/useResearch';
import { useGroupReport } from '../shared/useGroupReport';
import { ActionsTable } from './ActionsTable';
import { SummaryBehaviours } from './SummaryBehaviours';
import { SummaryScores } from './SummaryScores';
import { SummarySinceEarlier } from './SummarySinceEarlier';
import { earlierDate } from '../../../domain/workshop/earlier';
import { shortDate } from '../shared/groupChangeText';

/**
 * The printable group summary: A4, at most three pages for ten participants, legible in black and
 * white. The browser's own print, which can also save as PDF.
 */
export function GroupSummaryPage() {
  const workshop = useCurrentWorkshop();
  return (
    <RevealGate workshop={workshop} title="Group summary">
      <Summary />
    </RevealGate>
  );
}

function Summary() {
  const workshop = useCurrentWorkshop();
  const { checklist, scale, recommendations, index } = useResultsContent();
  const { group, byGap, disagreements, weak, standings, behaviours, people, since } =
    useGroupReport(workshop);
  const then = since && {
    label: shortDate(earlierDate(since.earlier)),
    sections: since.sections,
    overall: since.overall,
  };
  const details = [workshop.council, workshop.date && formatDate(workshop.date)].filter(Boolean);

  return (
    <ChartPrintContext value>
      <div className="group-summary">
        <Link to={paths.workshop.href(workshop.id)} className="back-link no-print">
          Back to the workshop
        </Link>
        <PageHeading title={workshop.title} caption="Group summary" />
        <p>
          {details.length > 0 && `${details.join(', ')}. `}
          {people.length} {people.length === 1 ? 'participant' : 'participants'}
          {workshop.anonymous ? ', shown anonymously.' : `: ${people.join(', ')}.`}
        </p>
        <div className="button-group no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            Print this summary
          </button>
          <span className="hint">Your browser can also save it as a PDF.</span>
        </div>

        <SummaryScores group={group} since={then} />

        <section aria-labelledby="sum-plan" className="gs-section">
          <h2 id="sum-plan">Group action plan</h2>
          {workshop.plan.length === 0 ? (
            <p>No group actions were agreed.</p>
          ) : (
            <ol className="gs-plan">
              {workshop.plan.map((item, i) => (
                <li key={i}>
                  <h3>{index.actionText(item.actionId)}</h3>
                  <dl>
                    <div>
                      <dt>What we will do</dt>
                      <dd>{item.what}</dd>
                    </div>
                    <div>
                      <dt>Owner</dt>
                      <dd>{item.who || '–'}</dd>
                    </div>
                    <div>
                      <dt>By when</dt>
                      <dd>{item.byWhen ? formatDate(item.byWhen) : '–'}</dd>
                    </div>
                    <div>
                      <dt>How we will know it is working</dt>
                      <dd>{item.measure || '–'}</dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ol>
          )}
        </section>

        {since && <SummarySinceEarlier since={since} />}

        <section aria-labelledby="sum-disagree" className="gs-section">
          <h2 id="sum-disagree">Where the group was split</h2>
          <p>{SPLIT_RULE}</p>
          {disagreements.length === 0 ? (
            <p>The group was not split on any action.</p>
          ) : (
            <ul className="gs-items">
              {disagreements.map((d) => (
                <li key={d.actionId}>
                  <strong>{index.actionText(d.actionId)}</strong> (
                  {index.sectionOf(d.sectionId).title}):{' '}
                  {describeSides(splitSides(d.counts)!, scale)}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="sum-weak" className="gs-section">
          <h2 id="sum-weak">The group's weakest areas</h2>
          {weak.length === 0 ? (
            <p>No action had a group average of "To some extent" or below.</p>
          ) : (
            weak.map((w, i) => (
              <div key={w.actionId} className="gs-weak">
                <h3>
                  {i + 1}. {index.actionText(w.actionId)}: group score {formatScore(w.score)}
                </h3>
                {w.quotes[0] && <QuoteBlock text={w.quotes[0].text} />}
                {w.recommendations[0] && (
                  <p className="gs-rec">
                    <strong>
                      {citeShort(recommendations.source)}, {w.recommendations[0].id}:
                    </strong>{' '}
                    {w.recommendations[0].text}
                  </p>
                )}
              </div>
            ))
          )}
        </section>

        <div className="gs-findings">
          <section aria-labelledby="sum-standing" className="gs-section">
            <h2 id="sum-standing">The research's most important areas for further action</h2>
            <DataTable
              className="gs-table"
              columns={[{ label: 'Area' }, { label: 'Group score', numeric: true }]}
              rows={standings.map((s) => ({
                key: s.findingId,
                header: capitalise(s.text),
                cells: [formatScore(s.score)],
              }))}
            />
          </section>

          <SummaryBehaviours behaviours={behaviours} />
        </div>

        <ActionsTable actions={byGap} />

        <footer className="gs-footer">
          <p>
            Self-assessment against “{checklist.title}”, {checklist.source}. Scores are out of 100:
            an answer of “{scale.options.at(-1)!.label}” scores 100 and “{scale.options[0]!.label}”
            0.
          </p>
        </footer>
      </div>
    </ChartPrintContext>
  );
}
