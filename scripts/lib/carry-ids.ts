/**
 * Carry block ids over from the previous conversion of a document, so that links keep landing on
 * the same words. Five named phases, each a pure function:
 *   1. align         old and new blocks in order: identical texts, then the most similar (align-blocks.ts);
 *   2. splits        a split keeps the old id on its first part;
 *   3. merges        a merge keeps the id of its first old part;
 *   4. new ids       unmatched new blocks get legislative ids (after p12 → p12a, block-id.ts);
 *   5. aliases       every old id that is no longer current becomes an alias of the block that now
 *                    holds its text, else of its neighbour; earlier aliases follow their targets.
 * Ids are never reused: every id ever written stays either a current id or an alias.
 */
import { insertedAfter, parseBlockId } from "../../src/format/block-id.ts";
import type { Block } from "../../src/format/schema.ts";
import { alignBlocks } from "./align-blocks.ts";
import { containment } from "./similarity.ts";

export interface IdHistory {
  blocks: readonly Block[];
  aliases: Readonly<Record<string, string>>;
}

/** Fresh index → old index of the blocks that are the same block. */
export type Pairs = ReadonlyMap<number, number>;

/**
 * A block "holds" another's text when at least this share of the other's character bigrams
 * occur in it. Measured with `npm run bench:ids` on the real documents: a part of a split or
 * merged paragraph keeps all its bigrams in the whole (8,888 cuts), while a paragraph shares at
 * most 0.53 with any other paragraph of its document (2,960 pairs); 0.8 sits between, leaving room
 * for a few characters edited in the same pass.
 */
export const holdsTextShare = 0.8;

/** True when `holder` holds the text of `part`. */
function holds(holder: Block, part: Block): boolean {
  return containment(part.text, holder.text) >= holdsTextShare;
}

/** True when `head` is a heading printed as the run-in head of paragraph `block`. */
function isRunInHeadOf(head: Block, block: Block): boolean {
  return head.type === "heading" && block.runIn !== undefined && containment(head.text, block.runIn) >= holdsTextShare;
}

/** True when old block `part` can be a part of `whole` after a split or merge: same type, or a
 * heading that is now (or was) the run-in head of a paragraph, as printed. */
function samePart(part: Block, whole: Block): boolean {
  return part.type === whole.type || isRunInHeadOf(part, whole) || isRunInHeadOf(whole, part);
}

/** Phase 2: a split keeps the old id on its first part — move a match back onto an unmatched
 * predecessor of the same type that holds text from the same old block (or onto the heading that
 * was the old paragraph's run-in head). */
export function keepSplitIdOnFirstPart(old: readonly Block[], fresh: readonly Block[], aligned: Pairs): Pairs {
  const pairs = new Map(aligned);
  for (let j = 1; j < fresh.length; j++) {
    const i = pairs.get(j);
    const before = fresh[j - 1];
    const oldBlock = i === undefined ? undefined : old[i];
    if (i === undefined || !oldBlock || !before || pairs.has(j - 1)) continue;
    const sameType = before.type === oldBlock.type && holds(oldBlock, before);
    if (sameType || isRunInHeadOf(before, oldBlock)) {
      pairs.delete(j);
      pairs.set(j - 1, i);
    }
  }
  return pairs;
}

/** Phase 3: a merge keeps the id of its first part — move a match back onto unmatched old
 * predecessors whose text the merged block holds (three or more parts too): blocks of the same
 * type, or a heading that became the merged paragraph's run-in head. */
export function keepMergedIdOnFirstPart(old: readonly Block[], fresh: readonly Block[], split: Pairs): Pairs {
  const pairs = new Map(split);
  for (const [j, i] of [...pairs]) {
    const merged = fresh[j];
    if (!merged) continue;
    const used = new Set(pairs.values());
    let first = i;
    for (let previous = old[first - 1]; previous && !used.has(first - 1); previous = old[first - 1]) {
      if (!samePart(previous, merged) || !holds(merged, previous)) break;
      first -= 1;
    }
    pairs.set(j, first);
  }
  return pairs;
}

/** Phase 4: the id of every new block — carried from its old block, else a new legislative id. */
export function assignIds(old: IdHistory, fresh: readonly Block[], pairs: Pairs): string[] {
  const taken = new Set<string>([...old.blocks.map((b) => b.id), ...Object.keys(old.aliases)]);
  const ids: string[] = fresh.map((_, j) => old.blocks[pairs.get(j) ?? -1]?.id ?? "");
  fresh.forEach((block, j) => {
    if (ids[j]) return;
    let id: string;
    if (parseBlockId(block.id)?.kind !== "paragraph") {
      // A new heading or run-in paragraph keeps its structural id when free, else is inserted after it (s2 → s2a).
      id = taken.has(block.id) ? insertedAfter(block.id, taken) : block.id;
    } else {
      const previous = ids.slice(0, j).findLast((carried) => carried.startsWith("p")) ?? "p0";
      id = insertedAfter(previous, taken);
    }
    taken.add(id);
    ids[j] = id;
  });
  return ids;
}

/** Follow an alias chain to a current id; null on a cycle or a dead end. */
function resolveAlias(
  id: string,
  aliases: Readonly<Record<string, string>>,
  current: ReadonlySet<string>,
): string | null {
  const seen = new Set<string>();
  let target = id;
  while (!current.has(target)) {
    if (seen.has(target)) return null;
    seen.add(target);
    const next = aliases[target];
    if (next === undefined) return null;
    target = next;
  }
  return target;
}

/** Phase 5: aliases for old ids that are no longer current, and the earlier aliases carried on. */
export function aliasLostIds(old: IdHistory, blocks: readonly Block[], pairs: Pairs): Record<string, string> {
  const current = new Set(blocks.map((b) => b.id));
  const aliases: Record<string, string> = {};
  const matchedOld = new Set(pairs.values());
  old.blocks.forEach((block, i) => {
    if (matchedOld.has(i) || current.has(block.id)) return;
    const holder = blocks.find((b) => holds(b, block));
    const neighbour =
      old.blocks.slice(0, i).findLast((b) => current.has(b.id)) ??
      old.blocks.slice(i + 1).find((b) => current.has(b.id));
    const target = holder?.id ?? neighbour?.id ?? blocks[0]?.id;
    if (target) aliases[block.id] = target;
  });
  for (const [from, to] of Object.entries(old.aliases)) {
    if (current.has(from)) continue;
    aliases[from] = resolveAlias(to, aliases, current) ?? blocks[0]?.id ?? to;
  }
  return Object.fromEntries(Object.entries(aliases).sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })));
}

/**
 * Give `fresh` blocks (numbered as if new) the ids of `old` where they align; returns the blocks
 * with their carried or new ids and the complete alias table.
 */
export function carryIds(
  old: IdHistory,
  fresh: readonly Block[],
): { blocks: Block[]; aliases: Record<string, string> } {
  const aligned = alignBlocks(old.blocks, fresh);
  const pairs = keepMergedIdOnFirstPart(old.blocks, fresh, keepSplitIdOnFirstPart(old.blocks, fresh, aligned));
  const ids = assignIds(old, fresh, pairs);
  const blocks = fresh.map((block, j) => ({ ...block, id: ids[j] ?? block.id }));
  return { blocks, aliases: aliasLostIds(old, blocks, pairs) };
}
