/** Reading the glossary for the EPUB appendix: absent, valid (the annotation file's shape), invalid. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readGlossary } from "../../../src/exports/epub/glossary.ts";

const dir = mkdtempSync(join(tmpdir(), "xiangwen-glossary-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Write a glossary file and return its path. */
function glossaryFile(name: string, yaml: string): string {
  const path = join(dir, name);
  writeFileSync(path, yaml);
  return path;
}

describe("glossary file", () => {
  it("is optional: no file, no appendix", () => {
    expect(readGlossary(join(dir, "missing.yaml"))).toBeNull();
  });

  it("reads a list of terms with definitions, keeping the other fields an annotation file has", () => {
    const path = glossaryFile(
      "glossary.yaml",
      [
        "# 术语表",
        "- id: san-gao-si-xin",
        "  term: 三高四新",
        "  variants: []",
        "  category: 战略口号",
        "  definition: 湖南省的发展总战略。",
        "  english: Three Highlands and Four New Missions",
        "- term: 两个维护",
        "  definition: 坚决维护习近平总书记党中央的核心、全党的核心地位。",
      ].join("\n"),
    );
    const entries = readGlossary(path);
    expect(entries?.map((e) => [e.term, e.english])).toEqual([
      ["三高四新", "Three Highlands and Four New Missions"],
      ["两个维护", undefined],
    ]);
    expect(entries?.[0]).toMatchObject({ id: "san-gao-si-xin", category: "战略口号" });
  });

  it("names the file and the entry when an entry has no definition", () => {
    const path = glossaryFile("bad.yaml", "- term: 三高四新\n  definition: 释义\n- term: 两个维护\n");
    expect(() => readGlossary(path)).toThrow(
      new RegExp(`${path.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: entry 1\\.definition`),
    );
  });
});
