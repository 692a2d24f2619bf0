import { describe, expect, it } from "vitest";
import { compareDocuments, groupByYear, sortDocuments } from "../../src/lib/documents.ts";
import { displayAuthors, displayDate, displayTitle } from "../../src/lib/labels.ts";

const source = (file: string) => ({
  file,
  sha256: "0".repeat(64),
  lines: [1, 2] as [number, number],
  encoding: "utf-8",
});
const doc = (slug: string, date: string | null, file = "a.txt", order = 0) => ({
  slug,
  date,
  order,
  source: source(file),
});

describe("reading order", () => {
  it("puts newest first, undated last, ties in source order", () => {
    const docs = [
      doc("old", "2021-04-22"),
      doc("undated", null),
      doc("b", "2024-04-29", "a.txt", 1),
      doc("a", "2024-04-29", "a.txt", 0),
    ];
    expect(sortDocuments(docs).map((d) => d.slug)).toEqual(["a", "b", "old", "undated"]);
    expect(compareDocuments(doc("x", null), doc("y", null, "b.txt"))).toBeLessThan(0);
  });

  it("groups by year keeping the order, undated under null", () => {
    const groups = groupByYear(sortDocuments([doc("a", "2024-01-02"), doc("b", "2023-05-06"), doc("c", null)]));
    expect(groups.map(([year, items]) => [year, items.map((d) => d.slug)])).toEqual([
      ["2024", ["a"]],
      ["2023", ["b"]],
      [null, ["c"]],
    ]);
  });
});

describe("labels", () => {
  it("sets supplied titles in 〔 〕", () => {
    expect(displayTitle({ title: "全会决议", titleSupplied: true })).toBe("〔全会决议〕");
    expect(displayTitle({ title: "全会决议", titleSupplied: false })).toBe("全会决议");
  });

  it("marks inferred dates", () => {
    expect(displayDate({ date: "2024-04-29", dateInferred: false })).toBe("2024年4月29日");
    expect(displayDate({ date: "2021-04-22", dateInferred: true })).toBe("约2021年4月22日（推定）");
    expect(displayDate({ date: null, dateInferred: false })).toBe("日期不详");
  });

  it("lists issuer and byline", () => {
    expect(displayAuthors({ issuer: "省委", byline: [{ name: "刘瀚潞", role: "记者" }] })).toBe("省委；记者 刘瀚潞");
    expect(displayAuthors({ byline: [] })).toBe("");
  });
});
