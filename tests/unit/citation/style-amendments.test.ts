/** The two amendments to the vendored official styles: each applies to the style as vendored, and says so when it no longer can. */
import { describe, expect, test } from "vitest";
import { styleAmendments } from "../../../src/lib/citation/style-amendments.ts";
import gb7714Style from "../../../src/lib/citation/styles/china-national-standard-gb-t-7714-2015-numeric.csl?raw";
import chicagoStyle from "../../../src/lib/citation/styles/chicago-author-date.csl?raw";

describe("style amendments", () => {
  test("GB/T: an uncertain issued date is bracketed, as the style already brackets an uncertain year", () => {
    const amended = styleAmendments.gb7714(gb7714Style);
    expect(amended).toContain(
      '<if is-uncertain-date="issued">\n        <date variable="issued" form="numeric" prefix="[" suffix="]"/>',
    );
    expect(amended.length).toBeGreaterThan(gb7714Style.length);
  });
  test("Chicago: ca. before both uncertain years", () => {
    expect(
      styleAmendments.chicago(chicagoStyle).split('<if is-uncertain-date="issued"><text value="ca."/>'),
    ).toHaveLength(3);
  });
  test("a refreshed style without the passage fails loudly instead of citing an estimate as printed", () => {
    expect(() => styleAmendments.gb7714("<style/>")).toThrow(/GB\/T 7714 style: expected 1 ×/);
    expect(() => styleAmendments.chicago("<style/>")).toThrow(/Chicago style: expected 2 ×/);
  });
});
