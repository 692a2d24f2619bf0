/** Chinese labels and display forms of frontmatter values, shared by the home and text pages. */
import { isNewspaperText, type PrintedIn } from "../format/newspaper.ts";
import type { DocumentFrontmatter, DocumentKind } from "../format/schema.ts";

/** Chinese name of each document kind. */
export const kindLabels: Record<DocumentKind, string> = {
  speech: "讲话",
  resolution: "决议",
  report: "报告",
  communique: "公报",
  news: "新闻",
  feature: "综述",
  fragment: "续文",
  other: "其他",
};

/** A title as displayed: editor-supplied titles are set in 〔 〕 so they are never mistaken for the source's. */
export function displayTitle(doc: Pick<DocumentFrontmatter, "title" | "titleSupplied">): string {
  return doc.titleSupplied ? `〔${doc.title}〕` : doc.title;
}

/** `2024-04-29` → `2024年4月29日`. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}

/** Date shown to readers; an inferred date is marked with 约 … （推定）. */
export function displayDate(doc: Pick<DocumentFrontmatter, "date" | "dateInferred">): string {
  if (!doc.date) return "日期不详";
  return doc.dateInferred ? `约${formatDate(doc.date)}（推定）` : formatDate(doc.date);
}

/** What `date` is: a newspaper text's is the issue date (出版日期), any other text's its own. */
export function dateLabel(doc: PrintedIn): string {
  return isNewspaperText(doc) ? "出版日期" : "日期";
}

/** What `eventDate` is for each kind: the day of the speech, the report, the adoption, the meeting or the event. */
export const eventDateLabels: Record<DocumentKind, string> = {
  speech: "讲话日期",
  resolution: "通过日期",
  report: "报告日期",
  communique: "会议日期",
  news: "事件日期",
  feature: "事件日期",
  fragment: "事件日期",
  other: "事件日期",
};

/** The event date shown to readers, marked like `date` when its year was inferred; empty when there is none. */
export function displayEventDate(doc: Pick<DocumentFrontmatter, "eventDate" | "eventDateNote">): string {
  if (!doc.eventDate) return "";
  return displayDate({ date: doc.eventDate, dateInferred: doc.eventDateNote !== undefined });
}

/** Who the text is by: issuing body, else the byline as printed (role + name). */
export function displayAuthors(doc: Pick<DocumentFrontmatter, "issuer" | "byline">): string {
  const names = doc.byline.map((entry) => (entry.role ? `${entry.role} ${entry.name}` : entry.name));
  return [doc.issuer, ...names].filter(Boolean).join("；");
}
