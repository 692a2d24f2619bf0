/** The OCF zip writer: mimetype first and stored, no extra fields or data descriptors, fixed times. */
import { describe, expect, it } from "vitest";
import { unzipSync } from "fflate";
import { ZipWriter } from "../../../src/exports/zip.ts";

/** Write an archive into memory. */
function archive(date: string, entries: [string, string, boolean?][]): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = new ZipWriter((chunk) => chunks.push(chunk), date);
  for (const [path, content, store] of entries) zip.add(path, content, store);
  zip.finish();
  return Buffer.concat(chunks);
}

const entries: [string, string, boolean?][] = [
  ["mimetype", "application/epub+zip", true],
  ["EPUB/text/a.xhtml", "<p>湘文</p>".repeat(200)],
  ["EPUB/术语.xhtml", "x"],
];
const bytes = archive("2024-05-06", entries);

describe("zip writer", () => {
  it("writes mimetype first, stored, with no extra field, as OCF requires", () => {
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(6) & 0x0008).toBe(0); // no data descriptor
    expect(bytes.readUInt16LE(8)).toBe(0); // stored
    expect(bytes.readUInt16LE(28)).toBe(0); // no extra field
    expect(bytes.toString("latin1", 30, 38)).toBe("mimetype");
    expect(bytes.toString("latin1", 38, 58)).toBe("application/epub+zip");
  });

  it("is read back intact by an independent unzipper (fflate), deflated where asked", () => {
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(entries.map(([path]) => path));
    for (const [path, content] of entries) expect(Buffer.from(files[path] ?? []).toString("utf8")).toBe(content);
    expect(bytes.length).toBeLessThan(Buffer.byteLength(entries[1]?.[1] ?? "")); // the repeated text compressed
  });

  it("stamps every entry with the given date at 00:00 and flags only non-ASCII names as UTF-8", () => {
    const day = ((2024 - 1980) << 9) | (5 << 5) | 6;
    let at = 0;
    const flags: number[] = [];
    while (bytes.readUInt32LE(at) === 0x04034b50) {
      expect(bytes.readUInt16LE(at + 10)).toBe(0);
      expect(bytes.readUInt16LE(at + 12)).toBe(day);
      flags.push(bytes.readUInt16LE(at + 6));
      at += 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt32LE(at + 18);
    }
    expect(flags).toEqual([0, 0, 0x0800]);
  });

  it("gives identical bytes for identical input, and different bytes for another date", () => {
    expect(archive("2024-05-06", entries).equals(bytes)).toBe(true);
    expect(archive("2024-05-07", entries).equals(bytes)).toBe(false);
  });
});

describe("zip writer past the classic limits", () => {
  it("switches to ZIP64 end records past 65,535 entries, read back by an independent unzipper", () => {
    const many: [string, string][] = Array.from({ length: 70_000 }, (_, k) => [`f/${k}.txt`, String(k)]);
    const big = archive("2024-05-06", many);
    expect(big.readUInt32LE(big.length - 22)).toBe(0x06054b50);
    expect(big.readUInt16LE(big.length - 22 + 10)).toBe(0xffff); // the classic count saturates
    expect(big.readUInt32LE(big.length - 22 - 20)).toBe(0x07064b50); // the ZIP64 locator precedes it
    const files = unzipSync(big);
    expect(Object.keys(files)).toHaveLength(70_000);
    expect(Buffer.from(files["f/69999.txt"] ?? []).toString()).toBe("69999");
  });

  it("keeps the classic format below them", () => {
    expect(bytes.readUInt32LE(bytes.length - 22 - 20)).not.toBe(0x07064b50);
    expect(bytes.readUInt16LE(bytes.length - 22 + 10)).toBe(3);
  });
});
