import { useResearch } from '../../components/content/useResearch';

/**
 * Paragraphs 16–18 of the Creative Councils update, word for word and whole (para 16 with its first
 * sentence, on the twelve interviews), as "About the research" promises.
 */
export function CreativeCouncilsFindings() {
  const { behaviours, freshIdeas, scopeForMore } = useResearch().findings;
  const { source } = behaviours;
  return (
    <section aria-labelledby="creative-councils-findings">
      <h2 id="creative-councils-findings">
        What leaders in councils achieving more innovations do
      </h2>
      <p>
        From the {source.publisher}'s "{source.title}" ({source.year}), paragraphs 16 to 18, on the
        interviews behind the leaflet:
      </p>
      <blockquote className="source-text">
        <p>
          16. {behaviours.opening} {behaviours.intro}
        </p>
        <ul>
          {behaviours.items.map((b) => (
            <li key={b.id}>{b.text}</li>
          ))}
        </ul>
        <p>17. {freshIdeas.text}</p>
        <p>18. {scopeForMore.text}</p>
      </blockquote>
    </section>
  );
}
