/** Paragraph breaks supplied in glued text: only at the named cues, every character kept. */
import { describe, expect, it } from "vitest";
import { supplyBreaks } from "../../../scripts/lib/supplied-breaks.ts";

const pieces = (text: string) => supplyBreaks({ n: 1, text, notes: [] }).map((line) => line.text);

describe("supplyBreaks", () => {
  it("leaves a line without cues whole", () => {
    expect(pieces("全会认为，过去一年取得新成绩。全会强调，要推动高质量发展。")).toEqual([
      "全会认为，过去一年取得新成绩。全会强调，要推动高质量发展。",
    ]);
  });
  it("cuts before an enumerator that follows a sentence end, and never inside a sentence", () => {
    expect(pieces("作出如下决定。一、总体要求。（一）加强领导。1.健全机制。第五条 附则。")).toEqual([
      "作出如下决定。",
      "一、总体要求。",
      "（一）加强领导。",
      "1.健全机制。",
      "第五条 附则。",
    ]);
    expect(pieces("见附件（一）和附件（二）所列事项。")).toEqual(["见附件（一）和附件（二）所列事项。"]);
  });
  it("cuts a member list only when there are at least two labels", () => {
    expect(pieces("组成如下：组长：张三 副组长：李四 成员：王五。")).toEqual([
      "组成如下：",
      "组长：张三",
      "副组长：李四",
      "成员：王五。",
    ]);
    expect(pieces("办公室主任：王五负责联络。")).toEqual(["办公室主任：王五负责联络。"]);
  });
  it("marks every piece after the first with the reason for its break", () => {
    const [first, second] = supplyBreaks({ n: 7, text: "同志们：今天的会议很重要。", notes: [] });
    expect(first?.notes).toEqual([]);
    expect(second).toMatchObject({ n: 7, suppliedBreak: true, notes: [{ kind: "break", line: 7 }] });
    expect(second?.notes[0]?.detail).toBe("编者在此分段：称呼语（各位代表：）");
  });
  it("keeps every character of the line", () => {
    const text = "关于某事的通知（2021年1月1日）各位代表：会议决定。一、要求。组长：甲 成员：乙。中共某委 2021年1月2日";
    expect(pieces(text).join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
  });
});
