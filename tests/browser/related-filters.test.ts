/**
 * The optional related results (Pagefind) are filtered with the same values as the exact index:
 * every text page gives Pagefind the year facet the exact index gives it, `none` for an undated
 * text, so choosing 年份 “不详” keeps the undated texts in both groups.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sitePaths } from "../../src/format/urls.ts";
import { yearOf } from "../../src/search/index-layout.ts";
import { distDir } from "./harness.ts";
import { readTextExports } from "./site-data.ts";

describe("Pagefind's filters on the built text pages", () => {
  const texts = readTextExports().map(({ data }) => data);

  it("include an undated text (the edition has one)", () => {
    expect(texts.some((t) => t.date === null)).toBe(true);
  });

  it.each(texts.map((t) => [t.slug, t] as const))("%s: year as in the exact index", (slug, text) => {
    const html = readFileSync(join(distDir, sitePaths.text(slug), "index.html"), "utf8");
    const years = [...html.matchAll(/data-pagefind-filter="year\[content\]" content="([^"]*)"/g)].map((m) => m[1]);
    expect(years).toEqual([yearOf(text.date)]);
  });
});
