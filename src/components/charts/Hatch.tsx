/**
 * The "then" bars' hatching: diagonal grey lines on white, so then and now differ by more than colour
 * and still read apart from a black-and-white printer.
 */
export function Hatch({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={id}
        width={5}
        height={5}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width={5} height={5} fill="#fff" />
        <line x1={0} x2={0} y1={0} y2={5} stroke="#505a5f" strokeWidth={3} />
      </pattern>
    </defs>
  );
}
