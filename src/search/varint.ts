/**
 * Unsigned LEB128 varints and length-prefixed UTF-8 strings: the encoding of every binary file of
 * the exact-search index. Small numbers (position gaps, block gaps) take one byte, which is what
 * keeps positional postings close to one or two bytes per occurrence.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** An append-only byte buffer that grows by doubling. */
export class ByteWriter {
  private buffer = new Uint8Array(64);
  /** Bytes written so far. */
  length = 0;

  /** Room for `extra` more bytes. */
  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  /** Append a non-negative integer (up to 2^53) as a varint. */
  uint(value: number): this {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a varint: ${value}`);
    this.reserve(8);
    let rest = value;
    while (rest >= 0x80) {
      this.buffer[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.buffer[this.length++] = rest;
    return this;
  }

  /** Append raw bytes. */
  bytes(data: Uint8Array): this {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
    return this;
  }

  /** Append a string as its UTF-8 byte length and bytes. */
  string(value: string): this {
    const data = encoder.encode(value);
    return this.uint(data.length).bytes(data);
  }

  /** The bytes written (a copy that the writer no longer touches). */
  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/** Reads what a `ByteWriter` wrote, from `offset` up to `end`. */
export class ByteReader {
  private readonly data: Uint8Array;
  /** Next byte to read. */
  offset: number;
  private readonly end: number;

  constructor(data: Uint8Array, offset = 0, end = data.length) {
    this.data = data;
    this.offset = offset;
    this.end = end;
  }

  /** True when every byte up to `end` has been read. */
  done(): boolean {
    return this.offset >= this.end;
  }

  /** The next varint. */
  uint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.offset >= this.end) throw new RangeError("truncated varint");
      const byte = this.data[this.offset++] ?? 0;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }

  /** The next `length` bytes, without copying. */
  bytes(length: number): Uint8Array {
    if (this.offset + length > this.end) throw new RangeError("truncated bytes");
    const slice = this.data.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }

  /** The next length-prefixed string. */
  string(): string {
    return decoder.decode(this.bytes(this.uint()));
  }
}
