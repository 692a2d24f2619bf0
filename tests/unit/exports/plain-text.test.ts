/** The plain-text export: title block, numbered blocks, source and apparatus, URLs under the base. */
import { describe, expect, it } from "vitest";
import { renderPlainText } from "../../../src/exports/plain-text.ts";
import { context, sampleBlocks, sampleDoc } from "./sample.ts";

const text = renderPlainText(sampleDoc, sampleBlocks, context);
const lines = text.split("\n");

describe("plain text", () => {
  it("opens with the title block; a supplied title in 〔 〕 and said so", () => {
    expect(lines.slice(0, 5)).toEqual([
      "引题 <测试>",
      "〔某县第二次全体会议决议〕",
      "（标题为编者所拟）",
      "——副题",
      "（2021年4月22日，长沙）",
    ]);
    // A resolution printed in a newspaper: its date is the issue's, the adoption is its event date.
    expect(text).toContain("出版日期：约2021年4月22日（推定）（年份据同一来源推定）\n通过日期：2021年4月21日\n");
  });

  it("gives every block on its own line with its margin number, text unescaped", () => {
    const numbered = lines.filter((line) => /^(¶|§|i\d)/.test(line));
    expect(numbered).toEqual([
      "¶1 会议指出，R&D投入<持续>增长。",
      "§1 一、总体要求",
      "i1 1.提高政治站位。推动取得了新进展。",
      "§1-1 （一）基本原则",
      "¶2 坚持绿色发展，A > B & C。",
    ]);
  });

  it("ends with the source, the apparatus in numbers, old ids and the page URL", () => {
    expect(text).toContain("源文件：000_sample.txt，第10–42行\n编码：gb18030\nSHA-256：" + "a".repeat(64));
    expect(text).toContain("校勘：拼行 1，删除杂项 1，编者补 1，分段 1，校改 1\n");
    expect(text).toContain("旧编号：¶3 → ¶2\n");
    expect(text).toContain("网页：https://edition.example.org/xiangwen/texts/2021-sample-resolution/\n");
  });

  it("is LF-only UTF-8 text ending in one newline", () => {
    expect(text).not.toContain("\r");
    expect(text.endsWith("生成\n")).toBe(true);
    expect(text.endsWith("\n\n")).toBe(false);
  });
});
