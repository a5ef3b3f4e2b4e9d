import { lazy, Suspense } from 'react';
import type { QrCodeProps } from './QrCode';
import './qr.css';

// The QR code library loads only on the pages that draw a code, never with the first page.
const QrCode = lazy(() => import('./QrCode'));

export function LazyQrCode(props: QrCodeProps) {
  return (
    <Suspense
      fallback={
        <div className={`qr-code qr-${props.size ?? 'medium'} qr-loading`} role="status">
          Drawing the QR code…
        </div>
      }
    >
      <QrCode {...props} />
    </Suspense>
  );
}
