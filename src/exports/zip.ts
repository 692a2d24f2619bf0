/**
 * A minimal streaming ZIP writer for EPUB containers (OCF) and the site archive. Written here
 * rather than taken from a library because OCF is strict about bytes that zip libraries choose for
 * you: `mimetype` must be the first entry, stored, with no extra field; sizes and CRC sit in the
 * local headers (no data descriptors, which some readers refuse on stored entries); and every
 * entry carries one fixed timestamp, so two builds give identical bytes. Entries are handed to
 * `write` as they are added and only the small central directory is kept, so an archive streams
 * at any size; past 65,535 entries or 4 GiB the end records switch to ZIP64 (a site of 15,000
 * documents has some 150,000 files), which every current unzipper reads.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";

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

/** Compress (or, with `store`, keep) a file's content for the archive, at zlib's `level` (default 6). */
export function packEntry(
  content: string | Uint8Array,
  store = false,
  level = constants.Z_DEFAULT_COMPRESSION,
): PackedEntry {
  const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const packed = store ? data : deflateRawSync(data, { level });
  return { method: store ? 0 : 8, crc: crc32(data), size: data.length, packed };
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
    if (entry.size >= 0xffffffff || entry.packed.length >= 0xffffffff) {
      throw new Error(`${path}: a single file of 4 GiB or more is not supported`);
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
      // An entry that starts past 4 GiB gives its offset in a ZIP64 extra field.
      const far = record.offset >= 0xffffffff;
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(far ? 45 : 20, 4); // made by: MS-DOS attributes, zip 2.0 (4.5 with ZIP64)
      this.#writeCommon(header, 6, record, far ? 12 : 0);
      header.writeUInt32LE(far ? 0xffffffff : record.offset, 42);
      if (!far) this.#emit(header, record.name);
      else {
        const extra = Buffer.alloc(12);
        extra.writeUInt16LE(0x0001, 0);
        extra.writeUInt16LE(8, 2);
        extra.writeBigUInt64LE(BigInt(record.offset), 4);
        this.#emit(header, record.name, extra);
      }
    }
    const size = this.#offset - start;
    const count = this.#records.length;
    const zip64 = count >= 0xffff || start >= 0xffffffff || size >= 0xffffffff;
    if (zip64) {
      const record64 = Buffer.alloc(56);
      record64.writeUInt32LE(0x06064b50, 0);
      record64.writeBigUInt64LE(44n, 4); // size of the rest of this record
      record64.writeUInt16LE(45, 12);
      record64.writeUInt16LE(45, 14);
      record64.writeBigUInt64LE(BigInt(count), 24);
      record64.writeBigUInt64LE(BigInt(count), 32);
      record64.writeBigUInt64LE(BigInt(size), 40);
      record64.writeBigUInt64LE(BigInt(start), 48);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(0x07064b50, 0);
      locator.writeBigUInt64LE(BigInt(this.#offset), 8);
      locator.writeUInt32LE(1, 16);
      this.#emit(record64, locator);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(count, 0xffff), 8);
    end.writeUInt16LE(Math.min(count, 0xffff), 10);
    end.writeUInt32LE(Math.min(size, 0xffffffff), 12);
    end.writeUInt32LE(zip64 ? 0xffffffff : start, 16);
    this.#emit(end);
  }

  /** The fields local and central headers share, from `at` (version needed … extra length). */
  #writeCommon(header: Buffer, at: number, record: CentralRecord, extraLength = 0): void {
    header.writeUInt16LE(extraLength ? 45 : 20, at); // version needed: 2.0 (deflate), 4.5 (ZIP64)
    header.writeUInt16LE(record.flags, at + 2);
    header.writeUInt16LE(record.method, at + 4);
    header.writeUInt16LE(this.#stamp.time, at + 6);
    header.writeUInt16LE(this.#stamp.day, at + 8);
    header.writeUInt32LE(record.crc, at + 10);
    header.writeUInt32LE(record.compressedSize, at + 14);
    header.writeUInt32LE(record.size, at + 18);
    header.writeUInt16LE(record.name.length, at + 22);
    header.writeUInt16LE(extraLength, at + 24); // no extra field but a ZIP64 offset
  }

  #emit(...chunks: Uint8Array[]): void {
    for (const chunk of chunks) {
      this.#write(chunk);
      this.#offset += chunk.length;
    }
  }
}
