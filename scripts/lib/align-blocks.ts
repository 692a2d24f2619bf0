/**
 * Align the blocks of two versions of a document in order. Identical texts anchor the alignment
 * (longest common subsequence); between anchors, blocks of the same type pair up where their
 * texts are similar enough, choosing the order-preserving pairing of greatest total similarity.
 */
import type { Block } from "../../src/format/schema.ts";
import { similarity } from "./similarity.ts";

/** Blocks this similar (Dice on bigrams) or more are the same block, edited. */
export const sameBlockThreshold = 0.5;

/** Order-preserving pairing maximising a score; pairs scoring 0 are never made. */
function bestPairing(n: number, m: number, score: (i: number, j: number) => number): Array<[number, number]> {
  const dp = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = dp[i] as Float64Array;
      const s = score(i, j);
      row[j] = Math.max(
        (dp[i + 1] as Float64Array)[j] ?? 0,
        row[j + 1] ?? 0,
        s > 0 ? s + ((dp[i + 1] as Float64Array)[j + 1] ?? 0) : 0,
      );
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    const s = score(i, j);
    const here = (dp[i] as Float64Array)[j] ?? 0;
    if (s > 0 && here === s + ((dp[i + 1] as Float64Array)[j + 1] ?? 0)) pairs.push([i++, j++]);
    else if (here === ((dp[i + 1] as Float64Array)[j] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

/** Map from index in `fresh` to index in `old` for the blocks that are the same block. */
export function alignBlocks(old: readonly Block[], fresh: readonly Block[]): Map<number, number> {
  const same = (a: Block | undefined, b: Block | undefined) => !!a && !!b && a.type === b.type && a.text === b.text;
  const anchors = bestPairing(old.length, fresh.length, (i, j) => (same(old[i], fresh[j]) ? 1 : 0));
  const pairs = new Map<number, number>(anchors.map(([i, j]) => [j, i]));
  const bounds: Array<[number, number]> = [[-1, -1], ...anchors, [old.length, fresh.length]];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [i0, j0] = bounds[k] as [number, number];
    const [i1, j1] = bounds[k + 1] as [number, number];
    const gapOld = old.slice(i0 + 1, i1);
    const gapNew = fresh.slice(j0 + 1, j1);
    const score = (i: number, j: number) => {
      const a = gapOld[i];
      const b = gapNew[j];
      if (!a || !b || a.type !== b.type) return 0;
      const s = similarity(a.text, b.text);
      return s >= sameBlockThreshold ? s : 0;
    };
    for (const [i, j] of bestPairing(gapOld.length, gapNew.length, score)) pairs.set(j0 + 1 + j, i0 + 1 + i);
  }
  return pairs;
}
