/**
 * The "nothing lost" rule: every character of the source is in the edition's reading text or
 * accounted for in the apparatus (removed artefacts and markup, de-duplicated characters, lines
 * moved to the title block, the source side of an emendation); whitespace aside. The converter
 * checks its own output with this before writing anything.
 */
import type { ApparatusEntry, ApparatusKind, Block } from "../../src/format/schema.ts";

/** Apparatus kinds whose `text` is source text kept out of the reading text. */
const keptOutOfText: ReadonlySet<ApparatusKind> = new Set(["artefact", "markup", "dedupe", "metadata", "emendation"]);

/** Add (or with sign −1 remove) the non-whitespace characters of a text to a multiset. */
function count(into: Map<string, number>, text: string | undefined, sign = 1): void {
  for (const ch of text ?? "") if (!/\s/u.test(ch)) into.set(ch, (into.get(ch) ?? 0) + sign);
}

/** What a conversion lost (`missing`) or invented (`extra`): characters with their counts, e.g. `门×1`. */
export function unaccountedCharacters(
  source: string,
  documents: ReadonlyArray<{ blocks: readonly Block[]; apparatus: readonly ApparatusEntry[] }>,
): { missing: string[]; extra: string[] } {
  const expected = new Map<string, number>();
  count(expected, source);
  const actual = new Map<string, number>();
  for (const { blocks, apparatus } of documents) {
    for (const block of blocks) count(actual, block.text);
    for (const entry of apparatus) {
      if (keptOutOfText.has(entry.kind)) count(actual, entry.text);
      if (entry.kind === "emendation") count(actual, entry.replacement, -1);
    }
  }
  const difference = (a: Map<string, number>, b: Map<string, number>) =>
    [...a].filter(([ch, n]) => (b.get(ch) ?? 0) < n).map(([ch, n]) => `${ch}×${n - (b.get(ch) ?? 0)}`);
  return { missing: difference(expected, actual), extra: difference(actual, expected) };
}
