/** Apply the editors' corrections from a sidecar to a document's blocks, recording each one. */
import { ConvertError } from "./errors.ts";
import type { DocumentFacts } from "./sidecar.ts";
import type { DraftBlock } from "./structure.ts";

/** Replace each emendation's `from` (which must occur exactly once) by its `to`. */
export function applyEmendations(blocks: DraftBlock[], facts: DocumentFacts | undefined, sidecarFile: string): void {
  for (const [k, e] of (facts?.emendations ?? []).entries()) {
    const hits = blocks.filter((b) => b.text.includes(e.from));
    const count = hits.reduce((n, b) => n + b.text.split(e.from).length - 1, 0);
    if (count !== 1) {
      throw new ConvertError(
        sidecarFile,
        `“${e.from}” occurs ${count} times in the document “${facts?.match}”; an emendation must match exactly once`,
        `field documents.emendations.${k}.from`,
      );
    }
    const block = hits[0] as DraftBlock;
    block.text = block.text.replace(e.from, e.to);
    block.notes.push({
      kind: "emendation",
      detail: `“${e.from}” → “${e.to}”: ${e.reason}`,
      text: e.from,
      replacement: e.to,
    });
  }
}
