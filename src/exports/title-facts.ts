/**
 * The facts of a document's title block as label/value pairs, in the order the text page shows
 * them (类别, 日期 or 出版日期, the event date of its kind, 地点, 发布, 署名, 载于), for the exports that print
 * a title block of their own.
 */
import type { DocumentFrontmatter } from "../format/schema.ts";
import {
  dateLabel,
  displayAuthors,
  displayDate,
  displayEventDate,
  eventDateLabels,
  kindLabels,
} from "../lib/labels.ts";

/** One line of the title block. */
export interface TitleFact {
  label: string;
  value: string;
}

/** The title block's facts; absent ones are left out. */
export function titleFacts(doc: DocumentFrontmatter): TitleFact[] {
  const withNote = (value: string, note: string | undefined) => (note ? `${value}（${note}）` : value);
  const facts: [string, string | undefined][] = [
    ["类别", kindLabels[doc.kind]],
    [dateLabel(doc), withNote(displayDate(doc), doc.dateNote)],
    [eventDateLabels[doc.kind], doc.eventDate && withNote(displayEventDate(doc), doc.eventDateNote)],
    ["地点", doc.place],
    ["发布", doc.issuer],
    ["署名", displayAuthors({ byline: doc.byline })],
    ["载于", [doc.source.publication, doc.source.page].filter(Boolean).join(" ")],
  ];
  return facts.filter((fact): fact is [string, string] => Boolean(fact[1])).map(([label, value]) => ({ label, value }));
}

/** The source line: file, lines used, encoding and checksum. */
export function sourceFacts(doc: DocumentFrontmatter): TitleFact[] {
  const { file, lines, encoding, sha256, url } = doc.source;
  const facts: TitleFact[] = [
    { label: "源文件", value: `${file}，第${lines[0]}–${lines[1]}行` },
    { label: "编码", value: encoding },
    { label: "SHA-256", value: sha256 },
  ];
  return url ? [...facts, { label: "原始网址", value: url }] : facts;
}
