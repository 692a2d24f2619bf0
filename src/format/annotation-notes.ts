/** How a page addresses the note of an annotation (the popover that follows the reading text). */
import type { Annotation } from "./annotations.ts";

/** The element id of an entry's note on a text page: `note-term-san-gao-si-xin`. */
export function annotationNoteId(annotation: Pick<Annotation, "kind" | "id">): string {
  return `note-${annotation.kind}-${annotation.id}`;
}
