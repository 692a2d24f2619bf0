/** The Markdown body format: blocks ↔ Markdown, with escapes, ids and run-in heads. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { blocksToMarkdown, markdownToBlocks, splitIdMarker } from "../../../src/format/body.ts";
import type { Block } from "../../../src/format/schema.ts";

describe("body format", () => {
  it("writes paragraphs, headings and run-in heads", () => {
    const blocks: Block[] = [
      { id: "s1", type: "heading", level: 2, text: "一、总体要求" },
      { id: "i1", type: "paragraph", text: "1.提高政治站位。推动发展。", runIn: "1.提高政治站位。" },
      { id: "p1", type: "paragraph", text: "第*号文件 <b>" },
    ];
    const markdown = blocksToMarkdown(blocks);
    expect(markdown).toBe(
      '## 一、总体要求 {#s1}\n\n<strong class="run-in">1.提高政治站位。</strong>推动发展。 {#i1}\n\n第\\*号文件 \\<b\\> {#p1}\n',
    );
    expect(markdownToBlocks(markdown)).toEqual(blocks);
  });

  it("refuses a run-in head that is not the start of its paragraph", () => {
    expect(() => blocksToMarkdown([{ id: "i1", type: "paragraph", text: "推动发展。", runIn: "1.要求。" }])).toThrow(
      /does not begin with its run-in head/,
    );
  });

  it("takes only a trailing marker that follows the id grammar", () => {
    expect(splitIdMarker("见 {#p3} 一段 {#p4}")).toEqual({ text: "见 {#p3} 一段", id: "p4" });
    expect(splitIdMarker("一段 {#P4}")).toBeNull();
    expect(splitIdMarker("一段 {#s2_2a}")).toEqual({ text: "一段", id: "s2_2a" });
  });

  it.each([
    "1) 一、",
    "1. 总则",
    "12)",
    "# 标题",
    "- 列表",
    "+ 列表",
    "= 号",
    "> 引文",
    "---",
    "*强调*",
    "{#p1} 看似编号",
    "<b>粗</b>",
  ])("reads back %j exactly (Markdown syntax at the start of a block is escaped)", (text) => {
    const block: Block = { id: "p1", type: "paragraph", text };
    expect(markdownToBlocks(blocksToMarkdown([block]))).toEqual([block]);
  });

  it("round-trips any reading text", () => {
    const text = fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim() === t && t !== "" && !/\n/.test(t));
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), (body, head) => {
        const block: Block = head
          ? { id: "i1", type: "paragraph", text: head + body, runIn: head }
          : { id: "p1", type: "paragraph", text: body };
        expect(markdownToBlocks(blocksToMarkdown([block]))).toEqual([block]);
      }),
      { numRuns: 300 },
    );
  });
});
