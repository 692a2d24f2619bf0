/**
 * An edition document as a CSL-JSON item, the one source every citation style and download is
 * generated from. The CSL type is chosen for how GB/T 7714-2015 reads it, since that is the
 * style Chinese teachers need; APA and Chicago render the same item correctly too:
 *
 * | document                                  | CSL type            | GB/T 7714 code |
 * | ----------------------------------------- | ------------------- | -------------- |
 * | any kind printed in a newspaper (sidecar  | `article-newspaper` | [N/OL]         |
 * |   `source.publication`, not the issuer)   |                     |                |
 * | report (工作报告)                          | `report`            | [R/OL]         |
 * | speech, resolution, communique, news,     | `webpage`           | [EB/OL]        |
 * |   feature, fragment, other                |                     |                |
 *
 * Why: what the reader cites is this online edition (URL + access date), which GB/T 7714 writes
 * as an electronic resource [EB/OL]; a newspaper text keeps its newspaper, date and page ([N]),
 * and a work report is a report ([R/OL], as the standard's own CNNIC example) issued by its body.
 * `speech` would print [Z] (unspecified) and `legislation` [A] (archives) in the official GB/T style.
 *
 * Dates: `issued` is the date the text is cited by (a newspaper text's issue date); one the
 * source does not print is `circa`, which the styles print as GB/T's estimated date [2021-04-23]
 * and APA's and Chicago's "ca." (style-amendments.ts); what the text records (a speech's delivery) is
 * `event-date`, which none of the three styles prints for these types but reference managers keep.
 * `note` says in words what the dates are, for the reader of a reference manager.
 */
import type { DocumentFrontmatter } from "../../format/schema.ts";
import { isNewspaperText } from "../../format/newspaper.ts";
import { authorsOf } from "./authors.ts";
import { citationNotes } from "./citation-notes.ts";
import type { CslName } from "./names.ts";

/** A CSL-JSON date. */
export interface CslDate {
  "date-parts": number[][];
  circa?: boolean;
}

/** The CSL item types this edition produces (see the table above). */
export type CslType = "article-newspaper" | "report" | "webpage";

/** A CSL-JSON item, restricted to the variables this edition sets. */
export interface CslItem {
  id: string;
  type: CslType;
  title: string;
  language: "zh-CN";
  URL: string;
  /** When the reader read it: the reader's date, absent from the static downloads. */
  accessed?: CslDate;
  author?: CslName[];
  issued?: CslDate;
  "container-title"?: string;
  page?: string;
  genre?: string;
  /** The issuing body of a report, which GB/T, APA and Chicago print as its publisher. */
  publisher?: string;
  "event-place"?: string;
  "event-date"?: CslDate;
  /** What the dates are, in words: an inferred or unknown date, the day of the speech or meeting. */
  note?: string;
}

/** What a citation needs besides the document: where it lives and when it was read. */
export interface CslItemOptions {
  /** Absolute URL of the document page (`…/texts/<slug>/`). */
  url: string;
  /** Access date, ISO `YYYY-MM-DD`; absent where no reader's date is known (static downloads). */
  accessed?: string;
  /** Cite one block: the URL gets `#<id>`. */
  blockId?: string;
  /** Name of the site, printed by APA and Chicago for web pages; default 湘文. */
  siteName?: string;
}

/** Genre of a web-page item, printed by APA ("[讲话]") and Chicago; GB/T ignores it. */
const genres: Partial<Record<DocumentFrontmatter["kind"], string>> = {
  speech: "讲话",
  resolution: "决议",
  communique: "公报",
};

/** `2021-04-22` → CSL date parts; an inferred date is marked `circa`. */
export function cslDate(iso: string, circa = false): CslDate {
  const parts = iso.split("-").map(Number);
  return circa ? { "date-parts": [parts], circa: true } : { "date-parts": [parts] };
}

/**
 * The title as cited: a subtitle follows after ": " (GB/T 7714 其他题名信息). A title the editors
 * supplied is in square brackets, as GB/T 7714-2015 §7 prescribes for information the cataloguer
 * supplies (“[ ]用于……自拟的信息”) and as APA (§9.22) and Chicago do for a described untitled work;
 * the reading pages keep 〔 〕, the edition's own mark.
 */
export function citationTitle(doc: DocumentFrontmatter): string {
  const main = doc.titleSupplied ? `[${doc.title}]` : doc.title;
  const subtitle = doc.subtitle?.replace(/^[—\-\s]+/, "").trim();
  return subtitle ? `${main}: ${subtitle}` : main;
}

/** The CSL type for a document (see the table at the top of this file). */
export function cslType(doc: DocumentFrontmatter): CslType {
  if (isNewspaperText(doc)) return "article-newspaper";
  return doc.kind === "report" ? "report" : "webpage";
}

/** The CSL-JSON item of a document, or of one of its blocks when `blockId` is given. */
export function toCslItem(doc: DocumentFrontmatter, options: CslItemOptions): CslItem {
  const type = cslType(doc);
  const authors = authorsOf(doc);
  const genre = genres[doc.kind];
  const note = citationNotes(doc).join("\n");
  const item: CslItem = {
    id: options.blockId ? `${doc.slug}-${options.blockId}` : doc.slug,
    type,
    title: citationTitle(doc),
    language: "zh-CN",
    URL: options.blockId ? `${options.url}#${options.blockId}` : options.url,
    ...(options.accessed ? { accessed: cslDate(options.accessed) } : {}),
    ...(authors.length > 0 ? { author: authors } : {}),
    ...(doc.date ? { issued: cslDate(doc.date, doc.dateInferred) } : {}),
  };
  if (type === "article-newspaper") {
    item["container-title"] = doc.source.publication ?? "";
    if (doc.source.page) item.page = doc.source.page;
  } else if (type === "webpage") {
    // The site is the container of a web page; a report gets none, because the official GB/T
    // style would then print it as a part of a book (`//湘文`).
    item["container-title"] = options.siteName ?? "湘文";
    if (genre) item.genre = genre;
  } else if (doc.issuer) {
    item.publisher = doc.issuer;
  }
  // Where and when it was delivered or held, for reference managers; none of the three styles
  // prints them for these types, so they do not disturb the citation text.
  if (doc.eventDate) item["event-date"] = cslDate(doc.eventDate, doc.eventDateNote !== undefined);
  if (doc.place) item["event-place"] = doc.place;
  if (note) item.note = note;
  return item;
}
