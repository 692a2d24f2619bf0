/** The block-id grammar: parsing, the two suffixes, and every label derived from an id. */
import { describe, expect, it } from "vitest";
import {
  citationLocator,
  formatBlockId,
  idFromMarginLabel,
  insertedAfter,
  isBlockId,
  marginLabel,
  parseBlockId,
  readerLabel,
  repeatedId,
  spokenLabel,
  marginName,
} from "../../../src/format/block-id.ts";

describe("grammar", () => {
  it.each([
    ["p12", { kind: "paragraph", numbers: [12], repeat: 1, insertion: "" }],
    ["p12a", { kind: "paragraph", numbers: [12], repeat: 1, insertion: "a" }],
    ["p12za", { kind: "paragraph", numbers: [12], repeat: 1, insertion: "za" }],
    ["s2-3", { kind: "division", numbers: [2, 3], repeat: 1, insertion: "" }],
    ["s2_2", { kind: "division", numbers: [2], repeat: 2, insertion: "" }],
    ["s2_2a", { kind: "division", numbers: [2], repeat: 2, insertion: "a" }],
    ["i5", { kind: "item", numbers: [5], repeat: 1, insertion: "" }],
    ["h1", { kind: "subhead", numbers: [1], repeat: 1, insertion: "" }],
  ])("parses %s and writes it back", (id, parts) => {
    expect(parseBlockId(id)).toEqual({ id, ...parts });
    expect(formatBlockId(parts as Parameters<typeof formatBlockId>[0])).toBe(id);
  });

  it.each(["", "p", "x1", "P1", "p1A", "s2-", "s-2", "p1_1", "p1_", "p1_0", "p 1", "s2_2_3", "#p1"])(
    "refuses %j",
    (id) => {
      expect(isBlockId(id)).toBe(false);
      expect(parseBlockId(id)).toBeNull();
    },
  );

  it("tells a repeated number from an insertion", () => {
    expect(repeatedId("s2", 2)).toBe("s2_2");
    expect(repeatedId("s2-3", 12)).toBe("s2-3_12");
    expect(parseBlockId("s2_2")?.insertion).toBe("");
    expect(parseBlockId("s2b")?.repeat).toBe(1);
  });

  it("inserts after a block in legislative order, skipping taken ids", () => {
    expect(insertedAfter("p12", new Set())).toBe("p12a");
    expect(insertedAfter("p12", new Set(["p12a", "p12b"]))).toBe("p12c");
    expect(insertedAfter("p12a", new Set())).toBe("p12b");
    expect(insertedAfter("p12z", new Set())).toBe("p12za");
    expect(insertedAfter("s2_2", new Set())).toBe("s2_2a");
    expect(() => insertedAfter("x", new Set())).toThrow(/not a block id/);
  });
});

describe("labels", () => {
  it.each([
    ["p12", "¶12", "¶12", "第12段"],
    ["p12a", "¶12a", "¶12a", "第12a段"],
    ["s2", "§2", "二、", "第二部分"],
    ["s2-3", "§2-3", "二（三）", "第二部分第三节"],
    ["s12-10", "§12-10", "十二（十）", "第十二部分第十节"],
    ["s2_2", "§2_2", "二、_2", "第二部分_2"],
    ["i5", "i5", "第5条", "第5条"],
  ])("%s: margin %s, reader %s, spoken %s", (id, margin, reader, spoken) => {
    expect(marginLabel(id)).toBe(margin);
    expect(idFromMarginLabel(margin)).toBe(id);
    expect(readerLabel(id)).toBe(reader);
    expect(spokenLabel(id)).toBe(spoken);
  });

  it("reads a section of a text without parts from its printed numbering", () => {
    expect(readerLabel("s3", "（三）加强领导。")).toBe("（三）");
    expect(spokenLabel("s3", "（三）加强领导。")).toBe("第三节");
    expect(readerLabel("s3", "三、加强领导")).toBe("三、");
  });

  it("names a margin number with what is seen in it (WCAG 2.5.3)", () => {
    expect(marginName("p12")).toBe("第12段");
    expect(marginName("s2")).toBe("§2 第二部分");
    expect(marginName("h1", "突出“三个全覆盖”")).toBe("h1 突出“三个全覆盖”");
  });

  it("names a subhead by its words", () => {
    expect(marginLabel("h1")).toBe("h1");
    expect(readerLabel("h1", "突出“三个全覆盖”")).toBe("突出“三个全覆盖”");
    expect(readerLabel("h2", "“书香湖南”品牌引领 三湘阅读风头渐盛")).toBe("“书香湖南”品牌引领…");
    expect(readerLabel("h3")).toBe("小标题3");
  });
});

describe("citation locator", () => {
  it.each([
    ["p12", { label: "paragraph", locator: "12", display: "¶12" }],
    ["p12a", { label: "paragraph", locator: "12a", display: "¶12a" }],
    ["s2-3", { label: "section", locator: "2-3", display: "§2-3" }],
    ["i5", { label: "paragraph", locator: "i5", display: "i5" }],
  ])("%s", (id, expected) => {
    expect(citationLocator(id)).toEqual(expected);
  });
});
