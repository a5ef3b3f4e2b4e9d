/** Writes unsigned numbers of a given width, most significant bit first, into whole bytes. */
export class BitWriter {
  private readonly bytes: number[] = [];
  private used = 0;

  write(value: number, width: number) {
    for (let b = width - 1; b >= 0; b--) {
      if (this.used % 8 === 0) this.bytes.push(0);
      if ((value >> b) & 1) this.bytes[this.bytes.length - 1]! |= 0x80 >> (this.used % 8);
      this.used++;
    }
  }

  /** The bytes written, the last one padded with zero bits. */
  done(): number[] {
    return [...this.bytes];
  }
}

/** Reads what BitWriter wrote; the caller has checked the length, so reading never runs past the end. */
export class BitReader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  read(width: number): number {
    let value = 0;
    for (let b = 0; b < width; b++, this.at++) {
      value = (value << 1) | ((this.bytes[this.at >> 3]! >> (7 - (this.at & 7))) & 1);
    }
    return value;
  }

  /** Whether every bit left (the padding of the last byte) is zero, so each code has one spelling. */
  restIsZero(): boolean {
    for (; this.at < this.bytes.length * 8; this.at++) {
      if ((this.bytes[this.at >> 3]! >> (7 - (this.at & 7))) & 1) return false;
    }
    return true;
  }
}

/** Bits needed to write every number from 0 to max. */
export const bitsFor = (max: number) => Math.max(1, Math.ceil(Math.log2(max + 1)));
