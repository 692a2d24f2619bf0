/** Fuzzing the converter: random and mutated inputs convert cleanly or are refused clearly (see fuzz-cases.ts). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { converterInputs, convertsOrRefuses, oneMegabyteLine } from "../../../scripts/bench/fuzz-cases.ts";

describe("the converter under random input", () => {
  it("converts cleanly or refuses with a ConvertError, never crashes (300 cases)", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(converterInputs, (bytes) => ["converted", "refused"].includes(convertsOrRefuses(bytes))),
      {
        numRuns: 300,
        seed: 20261130,
      },
    );
  });
  it("converts a 1 MB single line", { timeout: 60_000 }, () => {
    expect(convertsOrRefuses(oneMegabyteLine())).toBe("converted");
  });
});
