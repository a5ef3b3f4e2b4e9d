/** A quote from the leaflet. Quotes stay anonymous, as in the leaflet: never attributed to a person. */
export function QuoteBlock({ text }: { text: string }) {
  return (
    <blockquote className="quote">
      <p>“{text}”</p>
      <footer>One of the leading politicians interviewed</footer>
    </blockquote>
  );
}
