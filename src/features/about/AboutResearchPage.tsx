import { DefinitionOfInnovation } from '../../components/DefinitionOfInnovation';
import { PageHeading } from '../../components/PageHeading';
import { useContent } from '../../components/content/ContentContext';
import { CreativeCouncilsFindings } from './CreativeCouncilsFindings';

export function AboutResearchPage() {
  const { about, checklist } = useContent();
  return (
    <>
      <PageHeading title="About the research" />
      {about.research.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <DefinitionOfInnovation />
      <CreativeCouncilsFindings />

      <h2>Council leaders interviewed</h2>
      <p>
        The quotes in this app are from the leading politicians interviewed. They are not attributed
        to anyone.
      </p>
      <ul>
        {about.interviewees.map((person) => (
          <li key={person.name}>
            {person.name}, {person.role}
          </li>
        ))}
      </ul>

      <h2>Sources</h2>
      <ul>
        {about.sources.map((source) => (
          <li key={source.id}>
            <strong>{source.title}</strong> ({source.publisher}
            {source.year ? `, ${source.year}` : ''}). {source.description}
          </li>
        ))}
      </ul>
      <p className="hint">
        {checklist.title}. {about.publisher}.
      </p>
    </>
  );
}
