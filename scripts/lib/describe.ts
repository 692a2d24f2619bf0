/**
 * Describe a document from its title block and body: kind, title (supplied when missing), date
 * (inferred and marked when the source gives only month and day), place and issuing body.
 */
import { isNewspaperText } from "../../src/format/newspaper.ts";
import type { BylineEntry, DocumentKind } from "../../src/format/schema.ts";
import { reportersInDateline } from "./byline.ts";
import { dispatchDate, eventDateInLead, findFullDate, type DispatchDate } from "./dates.ts";
import { newsDatelinePattern } from "./display-role.ts";
import type { DraftBlock } from "./structure.ts";
import type { TitleBlock } from "./title-block.ts";
import type { Note } from "./types.ts";
import { dateNotes, issueDateEvidence, titleSupplied } from "./notes.ts";

export interface Description {
  kind: DocumentKind;
  title: string;
  titleSupplied: boolean;
  date: string | null;
  dateInferred: boolean;
  dateNote?: string;
  notBefore?: string;
  eventDate?: string;
  eventDateNote?: string;
  place?: string;
  issuer?: string;
  /** The title block's byline, or for news without one the reporters named in the dateline. */
  byline: BylineEntry[];
  notes: Note[];
}

/** What the whole source tells about every document in it. */
export interface SourceContext {
  text: string;
  /** The newspaper the sidecar names: a text printed in it is cited by the issue date. */
  publication?: string;
  /** The issue date the editors established from the page (sidecar), with their evidence; or only their evidence for its absence. */
  issue: { date: string; evidence: string } | { date?: undefined; evidence?: string };
  /** The page's latest dated dispatch: the earliest day the page can have been issued, no more. */
  latestDispatch: DispatchDate | null;
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

type DateFields = Pick<Description, "date" | "dateInferred" | "dateNote" | "notBefore" | "eventDate" | "eventDateNote">;

/** The date a text states about itself: its dateline, a resolution's adoption, a news dispatch. */
function ownDate(kind: DocumentKind, title: TitleBlock, paragraphs: string[], source: string): DispatchDate | null {
  const stated =
    findFullDate(title.dateline ?? "") ??
    (kind === "resolution" ? findFullDate(paragraphs.slice(0, 2).join("")) : null);
  if (stated) return { date: stated };
  return kind === "news" ? dispatchDate(paragraphs[0] ?? "", source) : null;
}

/** An event date, with how its year was found when the source prints none. */
function eventFields(date: string | null | undefined, yearNote: string | undefined): Partial<DateFields> {
  return date ? { eventDate: date, ...(yearNote ? { eventDateNote: yearNote } : {}) } : {};
}

/**
 * The dates of a text. Printed in a newspaper, it is cited by the issue date, which the page does
 * not print: the editors' date from the sidecar (with their evidence), else none, and the page's
 * latest dispatch only as the earliest possible day; what the text states (a speech's delivery, a
 * resolution's adoption, the event of a news lead) is its event date. Known only as itself, a text
 * is cited by the date it states (a news report by its dispatch), the event of its lead beside it.
 */
function findDates(
  kind: DocumentKind,
  title: TitleBlock,
  paragraphs: string[],
  context: SourceContext,
  newspaper: boolean,
): DateFields {
  const own = ownDate(kind, title, paragraphs, context.text);
  const lead = kind === "news" && own ? eventDateInLead(paragraphs[0] ?? "", own.date) : null;
  const latest = context.latestDispatch;
  // No date: the page prints none; its latest dispatch tells the earliest day it can have appeared.
  const undated: DateFields = {
    date: null,
    dateInferred: false,
    ...(latest || newspaper ? { dateNote: dateNotes.issueUnknown(latest?.date, latest?.yearNote) } : {}),
    ...(latest ? { notBefore: latest.date } : {}),
  };
  if (newspaper) {
    const event = eventFields(kind === "news" ? lead : own?.date, own?.yearNote);
    const issue = context.issue;
    if (issue.date === undefined)
      return { ...undated, ...(issue.evidence ? { dateNote: issue.evidence } : {}), ...event };
    const { date, evidence } = issue;
    return { date, dateInferred: true, dateNote: evidence, ...(event.eventDate === date ? {} : event) };
  }
  if (!own) return undated;
  return {
    date: own.date,
    dateInferred: own.yearNote !== undefined,
    ...(own.yearNote ? { dateNote: own.yearNote } : {}),
    ...(lead && lead !== own.date ? eventFields(lead, own.yearNote) : {}),
  };
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
  const place =
    /[，,]\s*([\p{Script=Han}]{2,6})\s*[）)]$/u.exec(title.dateline ?? "")?.[1] ??
    (kind === "resolution" ? /在([\p{Script=Han}]{2,3})举行/u.exec(paragraphs[0] ?? "")?.[1] : undefined);
  const issuerSource = [title.title, title.dateline, paragraphs[0]].join(" ");
  const issuer =
    kind === "resolution"
      ? committeePattern.exec(issuerSource)?.[1]
      : kind === "report" || kind === "communique"
        ? /^(.+?)(?:工作报告|报告|公报)$/u.exec(title.title ?? "")?.[1]
        : undefined;
  const newspaper = isNewspaperText({ source: { publication: context.publication }, issuer });
  const dates = findDates(kind, title, paragraphs, context, newspaper);
  if (newspaper && context.issue.evidence) notes.push(issueDateEvidence(context.issue.evidence, context.issue.date));
  return {
    kind,
    title: text,
    titleSupplied: text !== title.title,
    ...dates,
    ...(place ? { place } : {}),
    ...(issuer ? { issuer } : {}),
    byline,
    notes,
  };
}
