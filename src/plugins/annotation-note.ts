/**
 * The note of an annotation as it follows a text page's reading text: headword, what it is, the
 * editors' definition (or for a person the roles the texts give), and a link to the entry page
 * with every occurrence. A `popover` element: the page script opens it beside the mention.
 */
import type { Element, ElementContent } from "hast";
import type { Annotation, Annotations } from "../format/annotations.ts";
import { annotationNoteId } from "../format/annotation-notes.ts";
import { joinBase, sitePaths } from "../format/urls.ts";

const text = (value: string): ElementContent => ({ type: "text", value });
const el = (tagName: string, properties: Element["properties"], children: ElementContent[]): Element => ({
  type: "element",
  tagName,
  properties,
  children,
});

/** The lines of a note: kind label, definition or roles, English gloss. */
function noteBody(annotation: Annotation, annotations: Annotations): { label: string; lines: Element[] } {
  if (annotation.kind === "term") {
    const entry = annotations.term.find((e) => e.id === annotation.id);
    if (!entry) return { label: "术语", lines: [] };
    const lines = [el("p", {}, [text(entry.definition)])];
    if (entry.english) lines.push(el("p", { lang: "en", className: ["annotation-english"] }, [text(entry.english)]));
    return { label: entry.category, lines };
  }
  if (annotation.kind === "body") {
    const entry = annotations.body.find((e) => e.id === annotation.id);
    return { label: entry?.category ?? "机构", lines: entry ? [el("p", {}, [text(entry.definition)])] : [] };
  }
  const entry = annotations.person.find((e) => e.id === annotation.id);
  const roles = [...new Set((entry?.roles ?? []).map((r) => r.role))];
  const lines: Element[] = [];
  if (roles.length) lines.push(el("p", {}, [text(`文中身份：${roles.join("；")}`)]));
  if (entry?.note) lines.push(el("p", {}, [text(entry.note)]));
  return { label: "人物", lines };
}

/** A note renderer for the linking plugin, over the edition's annotations. */
export function annotationNoteRenderer(annotations: Annotations) {
  return (annotation: Annotation, base: string): Element => {
    const { label, lines } = noteBody(annotation, annotations);
    const href = joinBase(base, sitePaths.annotation(annotation.kind, annotation.id));
    return el(
      "div",
      { id: annotationNoteId(annotation), popover: "auto", className: ["annotation-note"], role: "note" },
      [
        el("p", { className: ["annotation-note-head"] }, [
          el("strong", {}, [text(annotation.headword)]),
          text(" "),
          el("span", { className: ["annotation-label"] }, [text(label)]),
        ]),
        ...lines,
        el("p", { className: ["annotation-more"] }, [el("a", { href }, [text("查看词条与全部出处")])]),
      ],
    );
  };
}
