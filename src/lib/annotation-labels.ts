/** Chinese names of the annotation kinds and their pages, and each entry's display facts. */
import { annotationKinds, type AnnotationKind, type Annotations } from "../format/annotations.ts";

/** Titles of the index pages: the kinds' own names. */
export const annotationIndexTitles = {
  term: annotationKinds.term.label,
  person: annotationKinds.person.label,
  body: annotationKinds.body.label,
} satisfies Record<AnnotationKind, string>;

/** What the index page says it lists. */
export const annotationIndexIntros: Record<AnnotationKind, string> = {
  term: "文中出现的政治术语、口号、会议、规划与工程，释义为编者所撰，并注明事实出处。",
  person: "文中提到的人物及报道的记者、通讯员；身份一律照录文中所给，并注明出自哪篇文献、何时。",
  body: "文中提到的党政机关、人大、政协、群团组织与企事业单位，释义为编者所撰。",
};

/** The category an entry is grouped under on its index page. */
export function entryCategory(annotations: Annotations, kind: AnnotationKind, id: string): string {
  if (kind === "term") return annotations.term.find((e) => e.id === id)?.category ?? "";
  if (kind === "body") return annotations.body.find((e) => e.id === id)?.category ?? "";
  const person = annotations.person.find((e) => e.id === id);
  return person?.roles.some((r) => /记者|通讯员|摄影/.test(r.role)) ? "记者与通讯员" : "文中人物";
}
