/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF). A 16-bit CRC detects every error burst of
 * up to 16 bits, so any one mistyped base64url character (6 bits) or two swapped neighbours (12 bits) in
 * a response code is always caught. Check value: crc16 of "123456789" is 0x29B1.
 */
export function crc16(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
