/**
 * Carry block ids over from the previous conversion of a document, so that links keep landing on
 * the same words. Old and new blocks are aligned in order: identical texts first, then, between
 * those anchors, the most similar texts. Legislative numbering for what changed: an inserted block
 * after `p12` becomes `p12a`; a split keeps `p12` for its first part; a merged or deleted block's
 * id becomes an alias of the block that now holds its text (or of its neighbour). Ids are never
 * reused: every id ever written stays either a current id or an alias.
 */
import type { Block } from "../../src/schema.ts";
import { alignBlocks } from "./align-blocks.ts";
import { containment } from "./similarity.ts";

export interface IdHistory {
  blocks: readonly Block[];
  aliases: Readonly<Record<string, string>>;
}

/** The next id after `previous` in legislative numbering: p12 → p12a, p12a → p12b. */
function insertedAfter(previous: string, taken: ReadonlySet<string>): string {
  const letters = /[a-z]+$/.exec(previous.replace(/^[a-z]+/, ""))?.[0] ?? "";
  const stem = letters ? previous.slice(0, -letters.length) : previous;
  let suffix = letters ? letters : "";
  do {
    suffix = nextSuffix(suffix);
  } while (taken.has(stem + suffix));
  return stem + suffix;
}

/** "" → a, a → b, …, z → za (stays after z in reading order). */
function nextSuffix(suffix: string): string {
  if (suffix === "") return "a";
  const last = suffix.slice(-1);
  return last === "z" ? `${suffix}a` : suffix.slice(0, -1) + String.fromCharCode(last.charCodeAt(0) + 1);
}

/**
 * Give `fresh` blocks (numbered as if new) the ids of `old` where they align; returns the blocks
 * with their carried or new ids and the complete alias table.
 */
export function carryIds(
  old: IdHistory,
  fresh: readonly Block[],
): { blocks: Block[]; aliases: Record<string, string> } {
  const pairs = alignBlocks(old.blocks, fresh); // fresh index → old index
  // A split keeps the old id on its first part: move a match back onto an unmatched predecessor
  // whose text also comes from the same old block.
  for (let j = 1; j < fresh.length; j++) {
    const i = pairs.get(j);
    const before = fresh[j - 1];
    const oldBlock = i === undefined ? undefined : old.blocks[i];
    if (
      i !== undefined &&
      oldBlock &&
      before &&
      !pairs.has(j - 1) &&
      before.type === oldBlock.type &&
      containment(before.text, oldBlock.text) >= 0.8
    ) {
      pairs.delete(j);
      pairs.set(j - 1, i);
    }
  }
  // A merge keeps the id of its first part: move a match onto an unmatched old predecessor whose
  // text the merged block also holds (repeatedly, for three or more merged blocks).
  const matchedOldIndexes = () => new Set(pairs.values());
  for (const [j, i] of [...pairs]) {
    let first = i;
    const used = matchedOldIndexes();
    while (
      first > 0 &&
      !used.has(first - 1) &&
      old.blocks[first - 1]?.type === fresh[j]?.type &&
      containment(old.blocks[first - 1]?.text ?? "", fresh[j]?.text ?? "") >= 0.8
    )
      first -= 1;
    pairs.set(j, first);
  }
  const taken = new Set<string>([...old.blocks.map((b) => b.id), ...Object.keys(old.aliases)]);
  const ids: string[] = fresh.map((_, j) => old.blocks[pairs.get(j) ?? -1]?.id ?? "");
  fresh.forEach((block, j) => {
    if (ids[j]) return;
    const previous =
      ids
        .slice(0, j)
        .reverse()
        .find((id) => id.startsWith(block.type === "paragraph" ? "p" : "")) ?? (block.type === "paragraph" ? "p0" : "");
    const id =
      block.type === "heading" && !taken.has(block.id)
        ? block.id
        : insertedAfter(block.type === "paragraph" ? previous : block.id, taken);
    taken.add(id);
    ids[j] = id;
  });
  const blocks = fresh.map((block, j) => ({ ...block, id: ids[j] ?? block.id }));
  const current = new Set(ids);
  const aliases: Record<string, string> = {};
  // Old blocks that no longer align: alias to the new block holding their text, else a neighbour.
  const matchedOld = new Set(pairs.values());
  old.blocks.forEach((block, i) => {
    if (matchedOld.has(i) || current.has(block.id)) return;
    const holder = blocks.find((b) => containment(block.text, b.text) >= 0.8);
    const neighbour =
      [...old.blocks.slice(0, i)].reverse().find((b) => current.has(b.id)) ??
      old.blocks.slice(i + 1).find((b) => current.has(b.id));
    const target = holder?.id ?? neighbour?.id ?? blocks[0]?.id;
    if (target) aliases[block.id] = target;
  });
  // Earlier aliases stay, following their target if it moved on in turn.
  for (const [from, to] of Object.entries(old.aliases)) {
    let target = to;
    for (let hops = 0; !current.has(target) && aliases[target] && hops < 50; hops++) target = aliases[target] as string;
    if (!current.has(from)) aliases[from] = current.has(target) ? target : (blocks[0]?.id ?? target);
  }
  return {
    blocks,
    aliases: Object.fromEntries(
      Object.entries(aliases).sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })),
    ),
  };
}
