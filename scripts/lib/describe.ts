/**
 * Describe a document from its title block and body: kind, title (supplied when missing), date
 * (inferred and marked when the source gives only month and day), place and issuing body.
 */
import type { BylineEntry, DocumentKind } from "../../src/format/schema.ts";
import { reportersInDateline } from "./byline.ts";
import { eventDateInLead, findFullDate, findMonthDay, inferDate } from "./dates.ts";
import { newsDatelinePattern } from "./display-role.ts";
import type { DraftBlock } from "./structure.ts";
import type { TitleBlock } from "./title-block.ts";
import type { Note } from "./types.ts";
import { titleSupplied } from "./notes.ts";

export interface Description {
  kind: DocumentKind;
  title: string;
  titleSupplied: boolean;
  date: string | null;
  dateInferred: boolean;
  dateNote?: string;
  eventDate?: string;
  place?: string;
  issuer?: string;
  /** The title block's byline, or for news without one the reporters named in the dateline. */
  byline: BylineEntry[];
  notes: Note[];
}

/** What the whole source tells about every document in it. */
export interface SourceContext {
  text: string;
  /** The date of a newspaper page, from the datelines of its news articles. */
  pageDate: { date: string; note: string } | null;
}

const committeePattern = /(中国共产党[\p{Script=Han}]{2,12}?第[一二三四五六七八九十]+届委员会)/u;
const plenaryPattern =
  /(中国共产党[\p{Script=Han}]{2,12}?第[一二三四五六七八九十]+届委员会第[一二三四五六七八九十]+次全体会议)/u;

function detectKind(title: TitleBlock, paragraphs: string[], continuation: string | undefined): DocumentKind {
  const heading = [title.kicker, title.title, title.subtitle, title.dateline].filter(Boolean).join(" ");
  const first = paragraphs[0] ?? "";
  if (continuation !== undefined) return "fragment";
  if (/讲话|致辞|演讲/u.test(heading)) return "speech";
  if (
    /决议|决定/u.test(heading) ||
    /通过[）)]$/u.test(title.dateline ?? "") ||
    /作出如下决议/u.test(paragraphs.slice(0, 2).join(""))
  )
    return "resolution";
  if (/公报/u.test(heading)) return "communique";
  if (/报告/u.test(heading)) return "report";
  if (newsDatelinePattern.test(first)) return "news";
  if (/综述|纪实|侧记/u.test(heading) || title.byline.length > 0) return "feature";
  return "other";
}

/** A short excerpt of a paragraph for a supplied title: its first clauses, at most about 20 characters. */
function excerpt(text: string): string {
  const plain = text.replace(/^[“‘「]/u, "");
  let out = "";
  for (const clause of plain.split(/(?<=[，。；！？])/u)) {
    if (out.length + clause.length > 22) break;
    out += clause;
  }
  const title = out ? out.replace(/[，。；！？、]$/u, "") : `${plain.slice(0, 18).replace(/[，、；]$/u, "")}…`;
  // A paragraph of punctuation alone gives nothing to name the text by.
  return /[\p{L}\p{N}]/u.test(title) ? title : untitled;
}

/** The supplied title of a text that offers no words to take one from. */
const untitled = "无题";

function supplyTitle(kind: DocumentKind, title: TitleBlock, paragraphs: string[], continuation?: string): string {
  if (continuation !== undefined) return `${continuation}：${excerpt(paragraphs[0] ?? "")}`;
  const plenary = plenaryPattern.exec([title.dateline, ...paragraphs.slice(0, 2)].join(" "));
  if (kind === "resolution" && plenary?.[1]) return `${plenary[1]}决议`;
  return excerpt(paragraphs[0] ?? "");
}

function findDate(
  kind: DocumentKind,
  title: TitleBlock,
  paragraphs: string[],
  context: SourceContext,
): Pick<Description, "date" | "dateInferred" | "dateNote"> {
  const stated =
    findFullDate(title.dateline ?? "") ??
    (kind === "resolution" ? findFullDate(paragraphs.slice(0, 2).join("")) : null);
  if (stated) return { date: stated, dateInferred: false };
  const first = paragraphs[0] ?? "";
  if (kind === "news" && newsDatelinePattern.test(first)) {
    const full = findFullDate(first.slice(0, 40));
    if (full) return { date: full, dateInferred: false };
    const md = findMonthDay(first);
    const inferred = md ? inferDate(context.text, md.month, md.day) : null;
    if (inferred) return { date: inferred.date, dateInferred: true, dateNote: inferred.note };
  }
  if (context.pageDate) return { date: context.pageDate.date, dateInferred: true, dateNote: context.pageDate.note };
  return { date: null, dateInferred: false };
}

/** Describe one document. */
export function describeDocument(
  title: TitleBlock,
  body: readonly DraftBlock[],
  context: SourceContext,
  continuation?: string,
): Description {
  const paragraphs = body.filter((b) => b.type === "paragraph").map((b) => b.text);
  const kind = detectKind(title, paragraphs, continuation);
  const notes: Note[] = [];
  let text = title.title;
  if (!text) {
    text = supplyTitle(kind, title, paragraphs, continuation);
    notes.push(titleSupplied(text));
  }
  const byline =
    kind === "news" && title.byline.length === 0 ? reportersInDateline(paragraphs[0] ?? "") : [...title.byline];
  const description: Description = {
    kind,
    title: text,
    titleSupplied: notes.length > 0,
    ...findDate(kind, title, paragraphs, context),
    byline,
    notes,
  };
  const place =
    /[，,]\s*([\p{Script=Han}]{2,6})\s*[）)]$/u.exec(title.dateline ?? "")?.[1] ??
    (kind === "resolution" ? /在([\p{Script=Han}]{2,3})举行/u.exec(paragraphs[0] ?? "")?.[1] : undefined);
  if (place) description.place = place;
  const issuerSource = [title.title, title.dateline, paragraphs[0]].join(" ");
  const issuer =
    kind === "resolution"
      ? committeePattern.exec(issuerSource)?.[1]
      : kind === "report" || kind === "communique"
        ? /^(.+?)(?:工作报告|报告|公报)$/u.exec(title.title ?? "")?.[1]
        : undefined;
  if (issuer) description.issuer = issuer;
  const eventDate = kind === "news" && description.date ? eventDateInLead(paragraphs[0] ?? "", description.date) : null;
  if (eventDate) description.eventDate = eventDate;
  return description;
}
