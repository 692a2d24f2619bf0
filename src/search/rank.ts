/**
 * Order of the exact hits: a block with more occurrences of the query first, then the block whose
 * first match comes earlier (a match in a heading or a lead sentence before one deep in a long
 * paragraph), then reading order. Hits are grouped by document: documents in the order of their
 * best hit, each document's hits in the same ranking, so paging never splits a document's hits
 * out of order.
 */
import type { Matches } from "./match.ts";

/** A ranked hit before its text is loaded. */
export interface HitRef {
  doc: number;
  block: number;
  count: number;
  first: number;
}

/** Compare two hits for the ranking. */
export function compareHits(a: HitRef, b: HitRef): number {
  return b.count - a.count || a.first - b.first || a.doc - b.doc || a.block - b.block;
}

/** Every hit, ranked and grouped by document. */
export function rankHits(matches: Matches): HitRef[] {
  const hits: HitRef[] = [];
  for (const [doc, blocks] of matches) for (const [block, match] of blocks) hits.push({ doc, block, ...match });
  hits.sort(compareHits);
  const groups = new Map<number, HitRef[]>();
  for (const hit of hits) {
    const group = groups.get(hit.doc);
    if (group) group.push(hit);
    else groups.set(hit.doc, [hit]);
  }
  return [...groups.values()].flat();
}
