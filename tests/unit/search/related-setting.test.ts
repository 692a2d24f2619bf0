/** When the edition builds Pagefind's related-results index (src/search/related-setting.ts). */
import { describe, expect, test } from "vitest";
import { relatedResultsBuilt, relatedResultsSkipped, relatedResultsUpTo } from "../../../src/search/related-setting.ts";

describe("related results setting", () => {
  test("built up to the limit, not above it", () => {
    expect(relatedResultsBuilt(15, {})).toBe(true);
    expect(relatedResultsBuilt(relatedResultsUpTo, {})).toBe(true);
    expect(relatedResultsBuilt(relatedResultsUpTo + 1, {})).toBe(false);
  });

  test("XIANGWEN_RELATED=on or off decides instead, in any case; anything else is refused by name", () => {
    expect(relatedResultsBuilt(15_000, { XIANGWEN_RELATED: "on" })).toBe(true);
    expect(relatedResultsBuilt(15, { XIANGWEN_RELATED: " OFF " })).toBe(false);
    expect(() => relatedResultsBuilt(15, { XIANGWEN_RELATED: "yes" })).toThrow(
      /XIANGWEN_RELATED must be "on" or "off"/,
    );
  });

  test("the build log says how to build them anyway", () => {
    expect(relatedResultsSkipped(15_000)).toBe(
      "related results (Pagefind) not built: 15,000 documents, more than 2,000 (XIANGWEN_RELATED=on builds them anyway)",
    );
  });
});
