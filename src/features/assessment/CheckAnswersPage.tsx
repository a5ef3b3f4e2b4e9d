import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { focusField } from '../../components/form/focusField';
import { CarriedAnswersLine } from '../../components/history/CarriedAnswersLine';
import { useLastRound } from '../../state/historyReads';
import { unansweredActions } from '../../domain/assessment/assessment';
import { PageHeading } from '../../components/PageHeading';
import { SummaryRow } from '../../components/SummaryRow';
import { paths } from '../../routing/paths';
import { useContent } from '../../components/content/ContentContext';
import { answerLabel } from '../../domain/answerLabel';
import { useAssessment } from './useAssessment';

const changeId = (actionId: string) => `change-${actionId.replace(/\W/g, '-')}`;

export function CheckAnswersPage() {
  const { checklist, scale } = useContent();
  const assessment = useAssessment();
  const last = useLastRound();
  const missing = unansweredActions(checklist, assessment);
  const { name, role, council } = assessment.aboutYou;
  const aboutYou = [name, role, council].filter((v) => v.trim() !== '').join(', ');
  // Back from a Change link: focus on that row's link, not the heading (issue 25).
  const [search] = useSearchParams();
  const focusAction = search.get('focus');
  useEffect(() => {
    if (focusAction) focusField(changeId(focusAction));
  }, [focusAction]);

  return (
    <>
      <PageHeading title="Check your answers" takeFocus={!focusAction} />
      <CarriedAnswersLine last={last} />
      {missing.length > 0 && (
        <div className="notice" role="status">
          <p>
            <strong>
              You have {missing.length} {missing.length === 1 ? 'question' : 'questions'} left to
              answer.
            </strong>{' '}
            Your results leave unanswered questions out.
          </p>
        </div>
      )}

      <h2>About you</h2>
      <dl className="summary-list">
        <SummaryRow
          label="Name, role and council"
          to={paths.aboutYou.href()}
          linkAbout="your name, role and council"
        >
          {aboutYou || 'Not given'}
        </SummaryRow>
      </dl>

      {checklist.sections.map((section) => (
        <section key={section.id} aria-labelledby={`check-${section.id}`}>
          <h2 id={`check-${section.id}`}>{section.title}</h2>
          <dl className="summary-list">
            {section.actions.map((action) => {
              const note = assessment.notes[action.id]?.trim();
              return (
                <SummaryRow
                  key={action.id}
                  label={action.question}
                  to={paths.section.href(section.id, { returnTo: 'check', focus: action.id })}
                  linkAbout={<>your answer to “{action.question}”</>}
                  linkId={changeId(action.id)}
                >
                  <span className={assessment.answers[action.id] === undefined ? 'tag' : undefined}>
                    {answerLabel(scale, assessment.answers[action.id])}
                  </span>
                  {note && <span className="summary-note">Note: {note}</span>}
                </SummaryRow>
              );
            })}
          </dl>
        </section>
      ))}

      <div className="button-group">
        <Link to={paths.results.href()} className="button">
          See your results
        </Link>
        <Link to={paths.share.href()}>Share your answers with a workshop</Link>
      </div>
    </>
  );
}
