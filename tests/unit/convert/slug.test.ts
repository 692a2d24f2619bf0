/**
 * Slugs: toneless pinyin within 64 characters, made unique by the first free numeric suffix — also
 * when a suffixed slug was taken by another title, and for the thousandth document of one title.
 */
import { describe, expect, test } from "vitest";
import { maxSlugLength, slugify, uniqueSlug } from "../../../scripts/lib/slug.ts";

describe("slugs", () => {
  test("toneless pinyin, hyphenated", () => {
    expect(slugify("湘潭市委全会决议")).toBe("xiang-tan-shi-wei-quan-hui-jue-yi");
  });

  test("the first free suffix, whoever took the others", () => {
    const taken = new Set(["jue-yi-3"]);
    expect(uniqueSlug("jue-yi", taken)).toBe("jue-yi");
    expect(uniqueSlug("jue-yi", taken)).toBe("jue-yi-2");
    expect(uniqueSlug("jue-yi", taken)).toBe("jue-yi-4"); // -3 was another title's
    taken.add("jue-yi-5");
    expect(uniqueSlug("jue-yi", taken)).toBe("jue-yi-6");
    // Another set of slugs starts again from the first suffix.
    const other = new Set(["jue-yi"]);
    expect(uniqueSlug("jue-yi", other)).toBe("jue-yi-2");
  });

  test("a thousand documents of one title, each its own slug within the length limit", () => {
    const taken = new Set<string>();
    const long = "a".repeat(maxSlugLength);
    const slugs = Array.from({ length: 1000 }, () => uniqueSlug(long, taken));
    expect(new Set(slugs).size).toBe(1000);
    expect(slugs[999]).toBe(`${"a".repeat(maxSlugLength - 5)}-1000`);
    expect(Math.max(...slugs.map((s) => s.length))).toBe(maxSlugLength);
  });
});
