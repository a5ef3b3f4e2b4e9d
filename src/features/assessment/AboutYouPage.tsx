import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ABOUT_YOU_MAX_LENGTH } from '../../domain/assessment/assessment';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../routing/paths';
import { useAssessmentStore } from '../../state/assessmentStore';
import { useContent } from '../../components/content/ContentContext';
import { useAssessment } from './useAssessment';
import { SubmitButton } from '../../components/form/SubmitButton';

const FIELDS = [
  { key: 'name', label: 'Your name', autoComplete: 'name' },
  {
    key: 'role',
    label: 'Your role',
    hint: 'For example, Leader or Cabinet member',
    autoComplete: 'organization-title',
  },
  { key: 'council', label: 'Your council', autoComplete: 'organization' },
] as const;

export function AboutYouPage() {
  const { checklist } = useContent();
  const assessment = useAssessment();
  const setAboutYou = useAssessmentStore((s) => s.setAboutYou);
  // As the page found them: a field left as it was is not saved, so another tab's change to it stands.
  const [found] = useState(assessment.aboutYou);
  const [values, setValues] = useState(found);
  const navigate = useNavigate();
  const firstSection = paths.section.href(checklist.sections[0]!.id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changed = Object.fromEntries(
      FIELDS.filter(({ key }) => values[key] !== found[key]).map(({ key }) => [
        key,
        values[key].trim(),
      ]),
    );
    // Not saved (storage full): it stays in this tab, and the notice at the top of every page says so.
    setAboutYou(changed);
    navigate(firstSection);
  };

  return (
    <>
      <Link to={paths.home.href()} className="back-link">
        Back
      </Link>
      <PageHeading title="About you" caption="Optional" />
      <p>
        These details appear only on your printed summary. They stay on this device. You can leave
        any of them blank.
      </p>
      <form onSubmit={submit} noValidate>
        {FIELDS.map((field) => (
          <div className="form-group" key={field.key}>
            <label htmlFor={`about-${field.key}`}>{field.label}</label>
            {'hint' in field && (
              <p className="hint" id={`about-${field.key}-hint`}>
                {field.hint}
              </p>
            )}
            <input
              type="text"
              id={`about-${field.key}`}
              autoComplete={field.autoComplete}
              maxLength={ABOUT_YOU_MAX_LENGTH}
              aria-describedby={'hint' in field ? `about-${field.key}-hint` : undefined}
              value={values[field.key]}
              onChange={(e) => setValues({ ...values, [field.key]: e.target.value })}
            />
          </div>
        ))}
        <SubmitButton label="Continue">
          <Link to={firstSection}>Skip this step</Link>
        </SubmitButton>
      </form>
    </>
  );
}
