import { Link, useNavigate } from 'react-router';
import { useContent } from '../../components/content/ContentContext';
import { formatDate, formatDateTime } from '../../domain/display';
import { answerLabel } from '../../domain/answerLabel';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../routing/paths';
import { useAssessmentStore } from '../../state/assessmentStore';
import { useHistoryStore } from '../../state/historyStore';
import { PlanReviewForm } from '../../components/history/PlanReviewForm';
import { roundToReview } from '../../domain/history/whole';

/** "Did I do what I said?": each commitment of the last round's plan, reviewed as the new round starts. */
export function PlanReviewPage() {
  const { checklist, scale } = useContent();
  const current = useAssessmentStore((s) => s.assessment);
  // The one part of the round report this page needs (domain/history/whole.ts), read without the
  // rest, which loads with the results page.
  const round = roundToReview(
    useHistoryStore((s) => s.entries),
    current,
  );
  const saveReview = useHistoryStore((s) => s.saveReview);
  const navigate = useNavigate();
  const next =
    Object.keys(current.answers).length > 0
      ? paths.check.href()
      : paths.section.href(checklist.sections[0]!.id);

  if (!round) {
    return (
      <>
        <PageHeading title="Review your last plan" />
        <p>There is no earlier plan to review.</p>
        <p>
          <Link to={paths.history.href()}>See your history</Link>
        </p>
      </>
    );
  }

  const plan = round.assessment.plan;
  return (
    <PlanReviewForm
      title="Did you do what you said?"
      intro={
        <p className="lead">
          In your round of {formatDateTime(round.savedAt)} you committed to{' '}
          {plan.length === 1 ? 'one action' : `${plan.length} actions`}. Say what became of each.
          Your review is kept with that round and printed on your next summary.
        </p>
      }
      plan={plan}
      saved={round.review}
      hint={(item) =>
        `You committed to: ${item.what || 'nothing written'}${item.byWhen ? `, by ${formatDate(item.byWhen)}` : ''}. Your answer then: ${answerLabel(scale, round.assessment.answers[item.actionId])}.`
      }
      onSave={(review) => {
        if (saveReview(round.id, review).kind === 'saved') navigate(next);
      }}
      skip={{ to: next, label: 'Skip the review for now' }}
    />
  );
}
