/**
 * `npm run bench:ids`: how well block ids survive editing. The real paragraphs of every document
 * in content/ go through seeded random rounds of editors' changes (edit characters, split, merge,
 * insert, delete) and re-conversion; counts what every published id resolves to afterwards.
 */
import { carryIds, holdsTextShare, type IdHistory } from "../lib/carry-ids.ts";
import { containment } from "../lib/similarity.ts";
import { readPreviousContent } from "../lib/previous-content.ts";
import type { Block } from "../../src/format/schema.ts";
import { applyEdits, type Edit } from "./edits.ts";

let seed = 20261123;
/** A small deterministic PRNG (mulberry32), so runs are comparable. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n: number) => Math.floor(random() * n);
const ops = ["edit", "split", "merge", "insert", "delete"] as const;

function randomEdit(): Edit {
  const op = ops[int(ops.length)] ?? "edit";
  if (op === "edit") return { op, at: int(1000), pos: int(1000), ch: "改" };
  if (op === "split") return { op, at: int(1000), pos: int(1000) };
  if (op === "insert") return { op, at: int(1000), text: `新增段落，第${int(1e6)}号示例文字。` };
  return { op, at: int(1000) };
}

const fresh = (texts: readonly string[]): Block[] =>
  texts.map((text, k) => ({ id: `p${k + 1}`, type: "paragraph", text }));
const totals = { edits: 0, published: 0, unchanged: 0, keptOnUnchanged: 0, aliased: 0, lost: 0 };

const documents = readPreviousContent("content/texts");
for (const doc of documents) {
  let texts = doc.blocks.filter((b) => b.type === "paragraph").map((b) => b.text);
  let history: IdHistory = { blocks: fresh(texts), aliases: {} };
  for (let round = 0; round < 5; round++) {
    const edits = Array.from({ length: 1 + int(5) }, randomEdit);
    totals.edits += edits.length;
    texts = applyEdits(texts, edits);
    const next = carryIds(history, fresh(texts));
    const current = new Set(next.blocks.map((b) => b.id));
    for (const id of [...history.blocks.map((b) => b.id), ...Object.keys(history.aliases)]) {
      totals.published += 1;
      if (!current.has(id) && !(id in next.aliases)) totals.lost += 1;
      if (id in next.aliases) totals.aliased += 1;
    }
    for (const block of history.blocks) {
      const same = next.blocks.filter((b) => b.text === block.text);
      if (same.length !== 1 || history.blocks.filter((b) => b.text === block.text).length !== 1) continue;
      totals.unchanged += 1;
      if (same[0]?.id === block.id) totals.keptOnUnchanged += 1;
    }
    history = next;
  }
}
console.log(
  `${totals.edits} edits in 5 rounds on ${documents.length} real documents: ` +
    `${totals.published} published ids checked, ${totals.lost} lost, ${totals.aliased} resolved through aliases; ` +
    `${totals.keptOnUnchanged} of ${totals.unchanged} unchanged paragraphs kept their id`,
);

// The threshold behind "a block holds another's text" (carry-ids.ts): how much of a split part's
// bigrams its whole keeps, against how much a paragraph shares with any other of its document.
const partShares: number[] = [];
const otherShares: number[] = [];
for (const doc of documents) {
  const paragraphs = doc.blocks.filter((b) => b.type === "paragraph" && b.text.length >= 12).map((b) => b.text);
  paragraphs.forEach((text, k) => {
    for (let cut = 6; cut < text.length - 6; cut += 7) {
      partShares.push(containment(text.slice(0, cut), text), containment(text.slice(cut), text));
    }
    paragraphs.forEach((other, j) => {
      if (j !== k) otherShares.push(containment(text, other));
    });
  });
}
const range = (values: number[]) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
console.log(
  `holds-text share ${holdsTextShare}: a part of a paragraph keeps ${range(partShares)} of its bigrams in the whole ` +
    `(${partShares.length} cuts); a paragraph shares ${range(otherShares)} with another of its document (${otherShares.length} pairs)`,
);
process.exitCode = totals.lost || totals.keptOnUnchanged !== totals.unchanged ? 1 : 0;
