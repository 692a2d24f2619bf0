/**
 * The note of an annotation, as a text page shows it beside a mention: headword, what it is, the
 * editors' definition (or for a person the roles the texts give), and a link to the entry page
 * with every occurrence. Written as an HTML fragment beside the entry's page
 * (`sitePaths.annotationNote`); the page script fetches it and opens it as a `popover`.
 */
import type { Element, ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Annotation, Annotations, UnverifiedStatement } from "../format/annotations.ts";
import { proseWithUnverified, unverifiedLabel } from "../format/annotation-statements.ts";
import { joinBase, sitePaths } from "../format/urls.ts";

const text = (value: string): ElementContent => ({ type: "text", value });
const el = (tagName: string, properties: Element["properties"], children: ElementContent[]): Element => ({
  type: "element",
  tagName,
  properties,
  children,
});

/**
 * A paragraph of the editors' prose; each statement they could not source underlined and followed
 * by a 待核 mark, its reason in the mark's title and spelled out on the entry page.
 */
function prose(value: string, unverified: readonly UnverifiedStatement[]): Element {
  return el(
    "p",
    {},
    proseWithUnverified(value, unverified).flatMap((piece): ElementContent[] => {
      if (piece.unverified === undefined) return [text(piece.text)];
      const reason = unverified[piece.unverified]?.reason ?? "";
      return [
        el("span", { className: ["unverified"] }, [text(piece.text)]),
        el("span", { className: ["unverified-mark"], title: reason }, [text(unverifiedLabel)]),
      ];
    }),
  );
}

/** The lines of a note: kind label, definition or roles, English gloss. */
function noteBody(annotation: Annotation, annotations: Annotations): { label: string; lines: Element[] } {
  if (annotation.kind === "term") {
    const entry = annotations.term.find((e) => e.id === annotation.id);
    if (!entry) return { label: "术语", lines: [] };
    const lines = [prose(entry.definition, entry.unverified)];
    if (entry.english) lines.push(el("p", { lang: "en", className: ["annotation-english"] }, [text(entry.english)]));
    return { label: entry.category, lines };
  }
  if (annotation.kind === "body") {
    const entry = annotations.body.find((e) => e.id === annotation.id);
    return { label: entry?.category ?? "机构", lines: entry ? [prose(entry.definition, entry.unverified)] : [] };
  }
  const entry = annotations.person.find((e) => e.id === annotation.id);
  const roles = [...new Set((entry?.roles ?? []).map((r) => r.role))];
  const lines: Element[] = [];
  if (roles.length) lines.push(el("p", {}, [text(`文中身份：${roles.join("；")}`)]));
  if (entry?.note) lines.push(prose(entry.note, entry.unverified));
  return { label: "人物", lines };
}

/** The note of one entry as an HTML fragment: a `popover` element, links under `base`. */
export function annotationNoteHtml(annotation: Annotation, annotations: Annotations, base: string): string {
  const { label, lines } = noteBody(annotation, annotations);
  const href = joinBase(base, sitePaths.annotation(annotation.kind, annotation.id));
  return toHtml(
    el("div", { popover: "auto", className: ["annotation-note"], role: "note", dataPagefindIgnore: "" }, [
      el("p", { className: ["annotation-note-head"] }, [
        el("strong", {}, [text(annotation.headword)]),
        text(" "),
        el("span", { className: ["annotation-label"] }, [text(label)]),
      ]),
      ...lines,
      el("p", { className: ["annotation-more"] }, [el("a", { href }, [text("查看词条与全部出处")])]),
    ]),
  );
}
