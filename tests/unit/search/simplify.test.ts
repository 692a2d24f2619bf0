import * as OpenCC from "opencc-js";
import * as Locale from "opencc-js/preset/t2cn";
import { describe, expect, it } from "vitest";
import { buildFoldTable } from "../../../scripts/search-index/fold-table.ts";
import { simplifier, termVariants } from "../../../src/search/simplify.ts";

const full = OpenCC.Converter({ from: "t", to: "cn" });
const corpus = new Set([..."碳达峰长株潭发展生态文明乾隆干部显著着作湖南"]);
const table = buildFoldTable(corpus);
const simplify = simplifier(table);

describe("traditional → simplified folding (OpenCC)", () => {
  it("folds traditional queries like opencc-js's own t→cn converter", () => {
    for (const query of ["碳達峰", "長株潭", "發展", "生態文明", "乾隆", "顯著", "湖南"]) {
      expect(simplify(query)).toBe(full(query));
    }
  });

  it("keeps OpenCC's phrases and leaves out characters neither form of which is in the corpus", () => {
    const [[phrases = "", characters = ""] = []] = Locale.to["cn"] as string[][];
    expect(table.phrases).toBe(phrases);
    const entries = table.characters.split("|");
    expect(entries).toContain("達 达");
    expect(entries.length).toBeLessThan(characters.split("|").length);
    for (const entry of entries) {
      const [source = "", target = ""] = entry.split(" ");
      expect(corpus.has(source) || [...target].every((ch) => corpus.has(ch))).toBe(true);
    }
  });

  it("agrees with the full converter on every term whose folded form the corpus could contain", () => {
    const sources = characters();
    for (const source of sources) {
      const converted = full(source);
      if ([...converted].every((ch) => corpus.has(ch))) expect(simplify(source)).toBe(converted);
    }
    function characters(): string[] {
      const [[, all = ""] = []] = Locale.to["cn"] as string[][];
      return all.split("|").map((entry) => entry.split(" ")[0] ?? "");
    }
  });

  it("gives a term's strings: as typed, and simplified when that differs", () => {
    expect(termVariants("碳達峰", simplify)).toEqual(["碳達峰", "碳达峰"]);
    expect(termVariants("RCEP", simplify)).toEqual(["rcep"]);
    expect(termVariants("碳達峰")).toEqual(["碳達峰"]);
  });
});
