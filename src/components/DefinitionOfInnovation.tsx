import { useContent } from './content/ContentContext';

/** The leaflet's definition of innovation in local government, word for word. */
export function DefinitionOfInnovation() {
  const { definition } = useContent().about;
  return (
    <>
      <h2>{definition.title}</h2>
      <div className="inset">
        <p>{definition.text}</p>
        <ul>
          {definition.criteria.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <p>{definition.note}</p>
      </div>
    </>
  );
}
