/**
 * A minimal streaming ZIP writer for EPUB containers (OCF). Written here rather than taken from
 * a library because OCF is strict about bytes that zip libraries choose for you: `mimetype` must
 * be the first entry, stored, with no extra field; sizes and CRC sit in the local headers (no
 * data descriptors, which some readers refuse on stored entries); and every entry carries one
 * fixed timestamp, so two builds give identical bytes. Entries are handed to `write` as they are
 * added and only the small central directory is kept, so the edition EPUB streams at any size.
 */
import { crc32, deflateRawSync } from "node:zlib";

/** Where the archive's bytes go (a file descriptor's writeSync, or an array of chunks). */
export type ZipSink = (chunk: Uint8Array) => void;

/** One central-directory record, kept until `finish`. */
interface CentralRecord {
  name: Buffer;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** A file's bytes as they go into the archive, with what the headers say of them. */
export interface PackedEntry {
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  /** Uncompressed size. */
  size: number;
  packed: Uint8Array;
}

/** Compress (or, with `store`, keep) a file's content for the archive. */
export function packEntry(content: string | Uint8Array, store = false): PackedEntry {
  const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { method: store ? 0 : 8, crc: crc32(data), size: data.length, packed: store ? data : deflateRawSync(data) };
}

/** MS-DOS date and time fields of a YYYY-MM-DD date at 00:00 (no time zone involved). */
function dosDateTime(date: string): { time: number; day: number } {
  const [year = 1980, month = 1, day = 1] = date.split("-").map(Number);
  return { time: 0, day: ((year - 1980) << 9) | (month << 5) | day };
}

/** A zip archive being written. */
export class ZipWriter {
  readonly #write: ZipSink;
  readonly #records: CentralRecord[] = [];
  readonly #stamp: { time: number; day: number };
  #offset = 0;

  /** `date` (YYYY-MM-DD) is the timestamp of every entry. */
  constructor(write: ZipSink, date: string) {
    this.#write = write;
    this.#stamp = dosDateTime(date);
  }

  /** Add a file; `store` keeps it uncompressed (required for `mimetype`). */
  add(path: string, content: string | Uint8Array, store = false): void {
    this.addPacked(path, packEntry(content, store));
  }

  /** Add a file packed beforehand (a file every EPUB shares is compressed once per build). */
  addPacked(path: string, entry: PackedEntry): void {
    // Unpooled: a small Buffer.from() is a view on a shared 64 KiB slab, and the central
    // directory keeps every name until the end, which would pin one slab per entry.
    const name = Buffer.alloc(Buffer.byteLength(path, "utf8"));
    name.write(path, "utf8");
    const record = {
      name,
      // Bit 11 says the name is UTF-8; ASCII names (all an EPUB has) leave the flags at 0.
      flags: name.length === path.length ? 0 : 0x0800,
      method: entry.method,
      crc: entry.crc,
      compressedSize: entry.packed.length,
      size: entry.size,
      offset: this.#offset,
    };
    if (this.#records.length >= 0xffff || record.offset + entry.packed.length >= 0xffffffff) {
      throw new Error("zip archive too large for the classic format (more than 65,535 entries or 4 GiB)");
    }
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    this.#writeCommon(header, 4, record);
    this.#emit(header, name, entry.packed);
    this.#records.push(record);
  }

  /** Write the central directory and the end record; the writer must not be used afterwards. */
  finish(): void {
    const start = this.#offset;
    for (const record of this.#records) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4); // made by: MS-DOS attributes, zip 2.0
      this.#writeCommon(header, 6, record);
      header.writeUInt32LE(record.offset, 42);
      this.#emit(header, record.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.#records.length, 8);
    end.writeUInt16LE(this.#records.length, 10);
    end.writeUInt32LE(this.#offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.#emit(end);
  }

  /** The fields local and central headers share, from `at` (version needed … extra length). */
  #writeCommon(header: Buffer, at: number, record: CentralRecord): void {
    header.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
    header.writeUInt16LE(record.flags, at + 2);
    header.writeUInt16LE(record.method, at + 4);
    header.writeUInt16LE(this.#stamp.time, at + 6);
    header.writeUInt16LE(this.#stamp.day, at + 8);
    header.writeUInt32LE(record.crc, at + 10);
    header.writeUInt32LE(record.compressedSize, at + 14);
    header.writeUInt32LE(record.size, at + 18);
    header.writeUInt16LE(record.name.length, at + 22);
    header.writeUInt16LE(0, at + 24); // no extra field
  }

  #emit(...chunks: Uint8Array[]): void {
    for (const chunk of chunks) {
      this.#write(chunk);
      this.#offset += chunk.length;
    }
  }
}
