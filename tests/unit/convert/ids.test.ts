/** First numbering of block ids. */
import { describe, expect, it } from "vitest";
import { numberBlocks } from "../../../scripts/lib/ids.ts";
import type { DraftBlock } from "../../../scripts/lib/structure.ts";
import { isBlockId } from "../../../src/format/block-id.ts";

const paragraph = (): DraftBlock => ({ type: "paragraph", text: "正文。", notes: [], lines: [1] });
const part = (n: number): DraftBlock => ({
  type: "heading",
  heading: { kind: "part", n },
  text: "一、",
  notes: [],
  lines: [1],
});
const section = (n: number): DraftBlock => ({
  type: "heading",
  heading: { kind: "section", n },
  text: "（一）",
  notes: [],
  lines: [1],
});

describe("numberBlocks", () => {
  it("numbers paragraphs and structure", () => {
    expect(numberBlocks([part(1), paragraph(), section(1), paragraph(), part(2), section(1)])).toEqual([
      "s1",
      "p1",
      "s1-1",
      "p2",
      "s2",
      "s2-1",
    ]);
  });
  it("marks a number printed again with its repeat count, never a letter", () => {
    expect(numberBlocks([part(2), part(2), part(2)])).toEqual(["s2", "s2_2", "s2_3"]);
  });
  it("stays unique and terminates after hundreds of clashes of one id", () => {
    const ids = numberBlocks(Array.from({ length: 500 }, () => part(1)));
    expect(new Set(ids).size).toBe(500);
    expect(ids.at(-1)).toBe("s1_500");
    expect(ids.every(isBlockId)).toBe(true);
  });
});
