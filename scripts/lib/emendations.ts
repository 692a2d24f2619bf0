/**
 * Apply the editors' readings from a sidecar to a document's blocks, recording each one: their
 * corrections (校改: the printed characters replaced, with the reason) and their doubts (存疑: the
 * printed characters kept, with the note saying what they may be and why they were not changed).
 */
import { ConvertError } from "./errors.ts";
import type { DocumentFacts } from "./sidecar.ts";
import type { DraftBlock } from "./structure.ts";
import { emendation, queried } from "./notes.ts";

/** Throw unless `text` occurs exactly once in the blocks: an editor's reading names one place. */
function assertOnce(
  blocks: readonly DraftBlock[],
  text: string,
  facts: DocumentFacts | undefined,
  field: string,
  sidecarFile: string,
): void {
  const count = blocks.reduce((n, b) => n + b.text.split(text).length - 1, 0);
  if (count !== 1) {
    throw new ConvertError(
      sidecarFile,
      `“${text}” occurs ${count} times in the document “${facts?.match}”; it must match exactly once`,
      `field ${field}`,
    );
  }
}

/**
 * The blocks with each emendation's `from` (which must occur exactly once) replaced by its `to`
 * and each query's `at` (likewise) kept, both with an apparatus note; the input blocks are left as
 * they were.
 */
export function applyEmendations(
  blocks: readonly DraftBlock[],
  facts: DocumentFacts | undefined,
  sidecarFile: string,
): DraftBlock[] {
  let result = [...blocks];
  for (const [k, e] of (facts?.emendations ?? []).entries()) {
    assertOnce(result, e.from, facts, `documents.emendations.${k}.from`, sidecarFile);
    const note = emendation(e.from, e.to, e.reason);
    result = result.map((b) =>
      b.text.includes(e.from) ? { ...b, text: b.text.replace(e.from, e.to), notes: [...b.notes, note] } : b,
    );
  }
  for (const [k, q] of (facts?.queries ?? []).entries()) {
    assertOnce(result, q.at, facts, `documents.queries.${k}.at`, sidecarFile);
    const note = queried(q.at, q.note);
    result = result.map((b) => (b.text.includes(q.at) ? { ...b, notes: [...b.notes, note] } : b));
  }
  return result;
}
