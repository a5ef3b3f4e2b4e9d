import encodeQR from 'qr';
import { useMemo } from 'react';

export interface QrCodeProps {
  /** What the code holds: a response code, a group-results address, the app's address. */
  text: string;
  /** What a screen reader hears; say where the same text is written out, so it can be copied. */
  label: string;
  /** "large" fills a projector's height; "medium" suits a phone or a page. */
  size?: 'medium' | 'large';
}

/**
 * A QR code drawn on this device, as SVG: black squares on white with the four-module quiet zone the
 * standard asks for, sharp at any size and in print. Medium error correction survives a projector's
 * glare and a phone's blur without making the code much denser.
 */
export default function QrCode({ text, label, size = 'medium' }: QrCodeProps) {
  const { path, modules } = useMemo(() => {
    const grid = encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
    // One path, with each row's runs of dark modules as one rectangle: a few hundred commands, not
    // thousands of elements.
    let d = '';
    grid.forEach((row, y) => {
      for (let x = 0; x < row.length; x++) {
        if (!row[x]) continue;
        let run = 1;
        while (row[x + run]) run++;
        d += `M${x} ${y}h${run}v1h-${run}z`;
        x += run - 1;
      }
    });
    return { path: d, modules: grid.length };
  }, [text]);

  return (
    <svg
      className={`qr-code qr-${size}`}
      viewBox={`0 0 ${modules} ${modules}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={modules} height={modules} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
