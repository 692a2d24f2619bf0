/** Decoding: every accepted encoding, and a clear refusal (file, place, reason) for bad input. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeSource, maxSourceBytes } from "../../../scripts/lib/decode.ts";
import { ConvertError } from "../../../scripts/lib/errors.ts";
import { fixturesDir } from "./fixture.ts";

const bad = (name: string) => readFileSync(join(fixturesDir, "bad-input", name));

function refusal(file: string, bytes: Uint8Array): ConvertError {
  try {
    decodeSource(file, bytes);
  } catch (error) {
    if (error instanceof ConvertError) return error;
    throw error;
  }
  throw new Error(`${file} was accepted`);
}

describe("decodeSource", () => {
  it("accepts UTF-8, UTF-8 with BOM, UTF-16LE/BE with BOM and GB18030", () => {
    const text = "湖南日报，2021年。";
    const utf16be = new Uint8Array([
      0xfe,
      0xff,
      ...[...text].flatMap((ch) => [ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 0xff]),
    ]);
    expect(decodeSource("a.txt", new TextEncoder().encode(text))).toEqual({ text, encoding: "utf-8" });
    expect(decodeSource("a.txt", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({
      text,
      encoding: "utf-8-bom",
    });
    expect(decodeSource("a.txt", utf16be)).toEqual({ text, encoding: "utf-16be" });
    expect(decodeSource("gbk.txt", readFileSync(join(fixturesDir, "gbk/input.txt"))).encoding).toBe("gb18030");
  });
  it.each([
    ["empty.txt", /empty/],
    ["binary.txt", /NUL bytes/],
    ["no-chinese.txt", /no Chinese/],
    ["whitespace.txt", /only whitespace/],
  ])("refuses %s with a reason", (name, reason) => {
    const error = refusal(name, bad(name));
    expect(error.file).toBe(name);
    expect(error.message).toMatch(reason);
  });
  it("names the byte offset of undecodable input", () => {
    const error = refusal("undecodable.txt", bad("undecodable.txt"));
    expect(error.message).toBe("undecodable.txt: byte 6: is neither valid UTF-8 nor GB18030");
  });
  it("reads UTF-8 whose last character was cut short as UTF-8, dropping and reporting the cut bytes", () => {
    const text = new TextEncoder().encode("中文。");
    for (const tail of [[0xe4], [0xe4, 0xb8], [0xf0, 0x9f, 0x98], [0xc3]]) {
      expect(decodeSource("a.txt", new Uint8Array([...text, ...tail]))).toEqual({
        text: "中文。",
        encoding: "utf-8",
        droppedTail: tail,
      });
    }
  });
  it("does not take a fault in the middle for a cut-short end", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("中"), 0xe4, ...new TextEncoder().encode("文")]);
    expect(refusal("a.txt", bytes).message).toBe("a.txt: byte 3: is neither valid UTF-8 nor GB18030");
  });
  it("refuses an oversized file", () => {
    expect(refusal("big.txt", new Uint8Array(maxSourceBytes + 1).fill(0x41)).message).toMatch(/over the limit/);
  });
});
