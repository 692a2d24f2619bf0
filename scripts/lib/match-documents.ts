/**
 * Find, for each newly converted document, the document it was in the previous conversion of the
 * same source file: the pairing that shares the most text. A matched document keeps its slug.
 */
import type { Block } from "../../src/format/schema.ts";
import { similarity } from "./similarity.ts";

/** Documents sharing less text than this are different documents. */
const sameDocumentThreshold = 0.3;

const fullText = (blocks: readonly Block[]) => blocks.map((b) => b.text).join("\n");

/** Map from index in `fresh` to index in `previous` (both from one source file). */
export function matchDocuments(
  previous: ReadonlyArray<{ blocks: readonly Block[]; title: string }>,
  fresh: ReadonlyArray<{ blocks: readonly Block[]; title: string }>,
): Map<number, number> {
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  previous.forEach((p, i) =>
    fresh.forEach((f, j) => {
      const score = similarity(fullText(p.blocks), fullText(f.blocks)) + (p.title === f.title ? 0.2 : 0);
      if (score >= sameDocumentThreshold) candidates.push({ i, j, score });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.j - b.j || a.i - b.i);
  const matches = new Map<number, number>();
  const usedOld = new Set<number>();
  for (const { i, j } of candidates) {
    if (matches.has(j) || usedOld.has(i)) continue;
    matches.set(j, i);
    usedOld.add(i);
  }
  return matches;
}
