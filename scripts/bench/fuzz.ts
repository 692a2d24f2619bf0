/**
 * `npm run bench:fuzz [-- --runs 10000] [--seed N]`: the converter under many random and mutated
 * inputs (scripts/bench/fuzz-cases.ts). Prints how many converted and how many were refused, and
 * the first counterexample if any input crashed it; exit 1 then.
 */
import { parseArgs } from "node:util";
import fc from "fast-check";
import { converterInputs, convertsOrRefuses } from "./fuzz-cases.ts";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "10000" }, seed: { type: "string", default: "20261130" } },
});
const runs = Number(values.runs);
const counts = { converted: 0, refused: 0 };
const reasons = new Map<string, number>();
/** A refusal's reason without its particulars (offsets, characters, titles). */
const reasonKind = (reason: string) =>
  reason
    .replace(/“[^”]*”/gu, "“…”")
    .replace(/U\+[0-9a-f]+|\d+/giu, "N")
    .slice(0, 70);
const started = performance.now();
const result = fc.check(
  fc.property(converterInputs, (bytes) => {
    counts[
      convertsOrRefuses(bytes, (reason) => reasons.set(reasonKind(reason), (reasons.get(reasonKind(reason)) ?? 0) + 1))
    ] += 1;
  }),
  { numRuns: runs, seed: Number(values.seed) },
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${result.numRuns} inputs in ${seconds} s: ${counts.converted} converted, ${counts.refused} refused with a clear error`,
);
for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  refused ${n}×: ${reason}`);
if (result.failed) {
  console.error(fc.defaultReportMessage(result));
  process.exitCode = 1;
}
