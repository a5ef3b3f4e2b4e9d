import { CopyableCode } from '../../../components/qr/CopyableCode';

/** The app's address written out beside the join QR code, for members who cannot scan it. */
export function JoinAddress({ address, rows }: { address: string; rows: number }) {
  return (
    <CopyableCode
      id="join-address"
      label="The app's address"
      value={address}
      copyLabel="Copy the address"
      copiedHint="Send it to members who cannot scan."
      rows={rows}
    />
  );
}
