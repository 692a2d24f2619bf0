/**
 * The "nothing lost" check and the character classes the converter tests every character with:
 * what they report, in which order, for whitespace, surrogate pairs and emendations, and that the
 * fast table lookups say exactly what the Unicode regular expressions say.
 */
import { describe, expect, it } from "vitest";
import { unaccountedCharacters } from "../../../scripts/lib/nothing-lost.ts";
import { hanPattern, isCjk, isHan, isHanCode, cjkPunctPattern } from "../../../scripts/lib/chars.ts";
import type { ApparatusEntry, Block } from "../../../src/format/schema.ts";

const block = (text: string): Block => ({ id: "p1", type: "paragraph", text });
const entry = (kind: ApparatusEntry["kind"], text: string, replacement?: string): ApparatusEntry => ({
  block: "p1",
  kind,
  detail: "test",
  text,
  ...(replacement === undefined ? {} : { replacement }),
});

describe("unaccountedCharacters", () => {
  it("reports lost and invented characters with their counts, in order of first appearance", () => {
    const result = unaccountedCharacters("甲乙丙乙丁", [{ blocks: [block("甲丙戊戊")], apparatus: [] }]);
    expect(result).toEqual({ missing: ["乙×2", "丁×1"], extra: ["戊×2"] });
  });

  it("ignores every kind of whitespace, ideographic space and line breaks included", () => {
    const result = unaccountedCharacters("甲 乙\u3000丙\r\n丁\u00a0\t", [
      { blocks: [block("甲乙\n丙丁")], apparatus: [] },
    ]);
    expect(result).toEqual({ missing: [], extra: [] });
  });

  it("counts a character outside the Basic Multilingual Plane as one character", () => {
    const result = unaccountedCharacters("𠀀𠀀𡈼", [{ blocks: [block("𠀀𡈼𡈼")], apparatus: [] }]);
    expect(result).toEqual({ missing: ["𠀀×1"], extra: ["𡈼×1"] });
  });

  it("counts a lone surrogate as itself", () => {
    const result = unaccountedCharacters("甲\ud800", [{ blocks: [block("甲")], apparatus: [] }]);
    expect(result).toEqual({ missing: ["\ud800×1"], extra: [] });
  });

  it("accounts for removed text and the source side of an emendation, not its replacement", () => {
    const documents = [
      {
        blocks: [block("今天天气好")],
        apparatus: [entry("artefact", "扫码看视频"), entry("emendation", "忝", "天")],
      },
    ];
    expect(unaccountedCharacters("今忝天气好扫码看视频", documents)).toEqual({ missing: [], extra: [] });
  });

  it("starts every call from nothing", () => {
    const documents = [{ blocks: [block("甲")], apparatus: [] }];
    unaccountedCharacters("甲乙", documents);
    expect(unaccountedCharacters("甲", documents)).toEqual({ missing: [], extra: [] });
  });
});

describe("character classes", () => {
  it("isHanCode says what \\p{Script=Han} says, for every character of the BMP and beyond", () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++)
      if (isHanCode(code) !== hanPattern.test(String.fromCharCode(code))) differ.push(code);
    for (const code of [0x20000, 0x2a6d6, 0x30000, 0x1f600, 0x10ffff])
      if (isHanCode(code) !== hanPattern.test(String.fromCodePoint(code))) differ.push(code);
    expect(differ).toEqual([]);
  });

  it("isHan and isCjk take one character as for … of yields it", () => {
    expect(["中", "𠀀", "a", "。", "", "\ud800"].map(isHan)).toEqual([true, true, false, false, false, false]);
    for (const ch of ["中", "。", "“", "a", "1", " ", "𠀀"])
      expect(isCjk(ch)).toBe(hanPattern.test(ch) || cjkPunctPattern.test(ch));
  });
});
