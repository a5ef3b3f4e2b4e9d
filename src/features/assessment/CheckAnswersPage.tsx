import { Link } from 'react-router';
import { unansweredActions } from '../../domain/assessment/assessment';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../components/paths';
import { answerLabel, checklist, useAssessment } from './useAssessment';

export function CheckAnswersPage() {
  const assessment = useAssessment();
  const missing = unansweredActions(checklist, assessment);
  const { name, role, council } = assessment.aboutYou;
  const aboutYou = [name, role, council].filter((v) => v.trim() !== '').join(', ');

  return (
    <>
      <PageHeading title="Check your answers" />
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
        <div className="summary-row">
          <dt>Name, role and council</dt>
          <dd>{aboutYou || 'Not given'}</dd>
          <dd>
            <Link to={paths.aboutYou.href()}>
              Change <span className="visually-hidden">your name, role and council</span>
            </Link>
          </dd>
        </div>
      </dl>

      {checklist.sections.map((section) => (
        <section key={section.id} aria-labelledby={`check-${section.id}`}>
          <h2 id={`check-${section.id}`}>{section.title}</h2>
          <dl className="summary-list">
            {section.actions.map((action) => {
              const note = assessment.notes[action.id]?.trim();
              return (
                <div className="summary-row" key={action.id}>
                  <dt>{action.question}</dt>
                  <dd>
                    <span
                      className={assessment.answers[action.id] === undefined ? 'tag' : undefined}
                    >
                      {answerLabel(assessment.answers[action.id])}
                    </span>
                    {note && <span className="summary-note">Note: {note}</span>}
                  </dd>
                  <dd>
                    <Link
                      to={paths.section.href(section.id, { returnTo: 'check', focus: action.id })}
                    >
                      Change{' '}
                      <span className="visually-hidden">your answer to “{action.question}”</span>
                    </Link>
                  </dd>
                </div>
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
