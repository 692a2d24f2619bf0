/** Apply the editors' corrections from a sidecar to a document's blocks, recording each one. */
import { ConvertError } from "./errors.ts";
import type { DocumentFacts } from "./sidecar.ts";
import type { DraftBlock } from "./structure.ts";
import { emendation } from "./notes.ts";

/**
 * The blocks with each emendation's `from` (which must occur exactly once) replaced by its `to`
 * and an apparatus note added; the input blocks are left as they were.
 */
export function applyEmendations(
  blocks: readonly DraftBlock[],
  facts: DocumentFacts | undefined,
  sidecarFile: string,
): DraftBlock[] {
  let result = [...blocks];
  for (const [k, e] of (facts?.emendations ?? []).entries()) {
    const count = result.reduce((n, b) => n + b.text.split(e.from).length - 1, 0);
    if (count !== 1) {
      throw new ConvertError(
        sidecarFile,
        `“${e.from}” occurs ${count} times in the document “${facts?.match}”; an emendation must match exactly once`,
        `field documents.emendations.${k}.from`,
      );
    }
    const note = emendation(e.from, e.to, e.reason);
    result = result.map((b) =>
      b.text.includes(e.from) ? { ...b, text: b.text.replace(e.from, e.to), notes: [...b.notes, note] } : b,
    );
  }
  return result;
}
