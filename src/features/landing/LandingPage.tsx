import { checklistContent } from '../../domain/content/load';
import { PageHeading } from '../../components/PageHeading';

export function LandingPage() {
  const { checklist, about } = checklistContent;
  return (
    <>
      <PageHeading title={checklist.title} />
      <p className="lead">{about.research[2]}</p>
      {checklist.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>{section.title}</h2>
          <ul>
            {section.actions.map((action) => (
              <li key={action.id}>{action.text}</li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
