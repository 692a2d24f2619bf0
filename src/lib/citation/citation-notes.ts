/**
 * What a citation says in words about a text's dates, for the reader of a reference manager or
 * a typeset bibliography: that the date is not printed (the editors' or the converter's
 * inference, with its reasoning), or unknown and how early it can be; and the day and place of
 * the speech, meeting or event the text records. One wording for CSL-JSON (`note`), RIS (`N1`)
 * and BibTeX (`note`, and the short caveat in `addendum`, which biblatex styles print).
 */
import type { DocumentFrontmatter } from "../../format/schema.ts";
import { dateLabel, eventDateLabels, formatDate } from "../labels.ts";

/** Where the text's event took place, named for its kind. */
const placeLabels: Partial<Record<DocumentFrontmatter["kind"], string>> = {
  speech: "讲话地点",
  resolution: "会议地点",
  communique: "会议地点",
  report: "会议地点",
};

/** The short caveat on the cited date: not printed, or unknown; nothing for a printed date. */
export function dateCaveat(doc: DocumentFrontmatter): string | undefined {
  if (doc.date && doc.dateInferred) return `${dateLabel(doc)}系推定，原件未印`;
  if (!doc.date && doc.notBefore) return `${dateLabel(doc)}不详，不早于${formatDate(doc.notBefore)}`;
  return undefined;
}

/** A sentence of a note, ending in a full stop. */
const sentence = (text: string) => (/[。！？]$/u.test(text) ? text : `${text}。`);

/** The notes of a citation, one sentence each: the date's caveat with its reasoning, then the event's day and place. */
export function citationNotes(doc: DocumentFrontmatter): string[] {
  const caveat = dateCaveat(doc);
  const notes = caveat ? [sentence(doc.dateNote ? `${caveat}：${doc.dateNote}` : caveat)] : [];
  const event = [
    doc.eventDate &&
      `${eventDateLabels[doc.kind]}：${formatDate(doc.eventDate)}${doc.eventDateNote ? "（年份系推定）" : ""}`,
    doc.place && `${placeLabels[doc.kind] ?? "地点"}：${doc.place}`,
  ].filter(Boolean);
  return event.length > 0 ? [...notes, sentence(event.join("；"))] : notes;
}
