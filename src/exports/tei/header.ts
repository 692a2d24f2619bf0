/**
 * The TEI `teiHeader` of one document: title statement (a supplied title marked `supplied`),
 * edition and publication statements (the edition, its URL, the build date), the source
 * description (printed source, and the source file with checksum, encoding and lines), the
 * editorial declaration and the language and date profile.
 */
import type { DocumentFrontmatter } from "../../format/schema.ts";
import { sitePaths } from "../../format/urls.ts";
import { displayDate, displayEventDate, eventDateLabels, formatDate, kindLabels } from "../../lib/labels.ts";
import { editionName, homeUrl, pageUrl, publishedUrl, type ExportContext } from "../context.ts";
import { el, type XmlChild, type XmlElement } from "../xml.ts";
import { editorialDecl } from "./editorial-decl.ts";

/** `@reason` of a title the editors supplied (the source prints none). */
export const suppliedTitleReason = "untitled-in-source";
/** The `xml:id` of the edition's statement of responsibility, which `@resp` points to. */
export const editorsId = "xiangwen-editors";

/** The title, wrapped in `supplied` when the editors made it. */
export function titleContent(doc: Pick<DocumentFrontmatter, "title" | "titleSupplied">): XmlChild {
  return doc.titleSupplied
    ? el("supplied", { reason: suppliedTitleReason, resp: `#${editorsId}` }, doc.title)
    : doc.title;
}

/**
 * A `date` element for the document's date. One the source does not print (inferred by the
 * converter, or established by the editors from the page) carries `cert="medium"` and
 * `evidence="internal"`; an unknown issue date carries the earliest possible day as `notBefore`.
 */
export function documentDate(doc: DocumentFrontmatter): XmlElement {
  if (!doc.date) return el("date", { notBefore: doc.notBefore }, displayDate(doc));
  const inferred = doc.dateInferred ? { cert: "medium", evidence: "internal" } : {};
  return el("date", { when: doc.date, ...inferred }, displayDate(doc));
}

/** `titleStmt`: titles, issuing body as author, the byline as printed, the edition's responsibility. */
function titleStmt(doc: DocumentFrontmatter): XmlElement {
  return el(
    "titleStmt",
    {},
    el("title", { type: "main" }, titleContent(doc)),
    doc.kicker && el("title", { type: "kicker" }, doc.kicker),
    doc.subtitle && el("title", { type: "sub" }, doc.subtitle),
    doc.issuer && el("author", {}, el("orgName", {}, doc.issuer)),
    doc.byline.map((entry) => el("respStmt", {}, el("resp", {}, entry.role ?? "署名"), el("name", {}, entry.name))),
    el("respStmt", { "xml:id": editorsId }, el("resp", {}, "整理、校勘与编码"), el("orgName", {}, editionName)),
  );
}

/** `publicationStmt`: the edition, its URL, this text's URLs, the build date. */
function publicationStmt(doc: DocumentFrontmatter, context: ExportContext): XmlElement {
  const home = homeUrl(context);
  return el(
    "publicationStmt",
    {},
    el("publisher", {}, el("ref", { target: home }, editionName)),
    el("pubPlace", {}, el("ref", { target: home }, home)),
    el("idno", { type: "URI" }, pageUrl(context, doc.slug)),
    el("idno", { type: "TEI" }, publishedUrl(context, sitePaths.tei(doc.slug))),
    el("idno", { type: "slug" }, doc.slug),
    el("date", { when: context.buildDate, type: "build" }, formatDate(context.buildDate)),
  );
}

/** `sourceDesc`: the printed source, and the file the text was converted from. */
function sourceDesc(doc: DocumentFrontmatter): XmlElement {
  const { source } = doc;
  const [first, last] = source.lines;
  const printed = el(
    "bibl",
    { type: "printed" },
    el("title", { level: "a" }, titleContent(doc)),
    doc.issuer && el("author", {}, doc.issuer),
    source.publication && el("title", { level: "j" }, source.publication),
    source.page && el("biblScope", { unit: "page" }, source.page),
    documentDate(doc),
    doc.dateNote && el("note", { type: "date" }, doc.dateNote),
    source.url && el("ref", { target: source.url }, source.url),
  );
  const file = el(
    "bibl",
    { type: "file" },
    el("idno", { type: "filename" }, source.file),
    el("idno", { type: "sha256" }, source.sha256),
    el("citedRange", { unit: "line", from: first, to: last }, `第${first}–${last}行`),
    el("note", { type: "encoding" }, source.encoding),
  );
  return el("sourceDesc", {}, printed, file);
}

/** `profileDesc`: date and place of the text, the event it reports, language, kind. */
function profileDesc(doc: DocumentFrontmatter): XmlElement {
  return el(
    "profileDesc",
    {},
    el("creation", {}, documentDate(doc), doc.place && ["，", el("placeName", {}, doc.place)]),
    // The day of what the text records (delivery, adoption, the event of a news lead), when it is not `date`.
    doc.eventDate &&
      el(
        "settingDesc",
        {},
        el(
          "setting",
          {},
          el(
            "date",
            {
              type: "event",
              when: doc.eventDate,
              ...(doc.eventDateNote ? { cert: "medium", evidence: "internal" } : {}),
            },
            `${eventDateLabels[doc.kind]}：${displayEventDate(doc)}`,
            doc.eventDateNote && el("note", { type: "date" }, doc.eventDateNote),
          ),
        ),
      ),
    el("langUsage", {}, el("language", { ident: "zh-CN" }, "中文（简体）")),
    el("textClass", {}, el("keywords", {}, el("term", { type: "kind", key: doc.kind }, kindLabels[doc.kind]))),
  );
}

/** The whole `teiHeader`. */
export function teiHeader(doc: DocumentFrontmatter, context: ExportContext): XmlElement {
  return el(
    "teiHeader",
    {},
    el(
      "fileDesc",
      {},
      titleStmt(doc),
      el(
        "editionStmt",
        {},
        el("edition", {}, editionName, " ", el("date", { when: context.buildDate }, context.buildDate)),
      ),
      publicationStmt(doc, context),
      sourceDesc(doc),
    ),
    el(
      "encodingDesc",
      {},
      el(
        "projectDesc",
        {},
        el(
          "p",
          {},
          `${editionName}：中国政治文献的可引用数字版。原文每个字符或见于正文，或记入校勘记；段落与标题的 xml:id 即网页上的段落编号，发布后不变。`,
        ),
      ),
      editorialDecl(doc.apparatus),
    ),
    profileDesc(doc),
  );
}
