/**
 * First numbering of block ids, in document order: paragraphs `p1…pN`; headings by structure —
 * part 二、 → `s2`, its （三） → `s2-3`, numbered item 5 → `i5`, an unnumbered subhead → `h1`.
 * Ids are unique within a document; a clash (a source numbering a part twice) gets a letter.
 */
import type { DraftBlock } from "./structure.ts";

function unique(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let k = 0; taken.has(candidate); k++) candidate = `${id}${String.fromCharCode(98 + (k % 25))}`;
  taken.add(candidate);
  return candidate;
}

/** Ids for the blocks of one document, in order. */
export function numberBlocks(blocks: readonly DraftBlock[]): string[] {
  const taken = new Set<string>();
  let paragraphs = 0;
  let subheads = 0;
  let part: number | undefined;
  return blocks.map((block) => {
    if (block.type === "paragraph") return unique(`p${++paragraphs}`, taken);
    const heading = block.heading ?? { kind: "subhead", n: 0 };
    switch (heading.kind) {
      case "part":
        part = heading.n;
        return unique(`s${heading.n}`, taken);
      case "section":
        return unique(part === undefined ? `s${heading.n}` : `s${part}-${heading.n}`, taken);
      case "item":
        return unique(`i${heading.n}`, taken);
      default:
        return unique(`h${++subheads}`, taken);
    }
  });
}
