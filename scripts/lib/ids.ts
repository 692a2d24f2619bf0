/**
 * First numbering of block ids, in document order (grammar in src/format/block-id.ts):
 * paragraphs `p1…pN`; headings by structure — part 二、 → `s2`, its （三） → `s2-3`, numbered
 * item 5 → `i5`, an unnumbered subhead → `h1`. A number the source prints again (two parts 二、)
 * gets its repeat count, `s2_2`, so ids stay unique without ever looking like an insertion.
 */
import { repeatedId } from "../../src/format/block-id.ts";
import type { DraftBlock } from "./structure.ts";

/** `id`, or its first free repeat (`s2_2`, `s2_3` …) when taken; records the result. */
function unique(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let repeat = 2; taken.has(candidate); repeat++) candidate = repeatedId(id, repeat);
  taken.add(candidate);
  return candidate;
}

/** The structural id of a block before uniqueness: what its numbering says. */
function structuralId(
  block: DraftBlock,
  part: number | undefined,
  counters: { paragraphs: number; subheads: number },
): string {
  if (block.type === "paragraph" && !block.heading) return `p${++counters.paragraphs}`;
  const heading = block.heading ?? { kind: "subhead", n: 0 };
  switch (heading.kind) {
    case "part":
      return `s${heading.n}`;
    case "section":
      return part === undefined ? `s${heading.n}` : `s${part}-${heading.n}`;
    case "item":
      return `i${heading.n}`;
    default:
      return `h${++counters.subheads}`;
  }
}

/** Ids for the blocks of one document, in order. */
export function numberBlocks(blocks: readonly DraftBlock[]): string[] {
  const taken = new Set<string>();
  const counters = { paragraphs: 0, subheads: 0 };
  let part: number | undefined;
  return blocks.map((block) => {
    if (block.heading?.kind === "part") part = block.heading.n;
    return unique(structuralId(block, part, counters), taken);
  });
}
