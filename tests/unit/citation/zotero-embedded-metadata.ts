/**
 * What Zotero saves when a reader clicks its button on a text page: the rules of Zotero's
 * "Embedded Metadata" web translator, re-implemented for the tags a page can carry, so that a test
 * can check the item type, publication, date, pages and creators Zotero takes from the page.
 *
 * Attribution: the rules follow Zotero's translators (https://github.com/zotero/translators),
 * "Embedded Metadata.js" (lastUpdated 2024-06-13) and the "RDF.js" import translator it hands the
 * Dublin Core, OpenGraph and other RDF-namespaced tags to (`detectType`, `importItem`), © Avram
 * Lyon, Simon Kornblith and the Center for History and New Media, AGPL-3.0. This file is written
 * from reading them, not copied, and keeps only what decides the fields below:
 *
 * 1. Each tag (`name`, else `property`, split at whitespace) whose prefix before `.`, `:` or `_` is
 *    a known namespace (dc, dcterms, og, prism, eprints, bib, bibo, z, …) becomes an RDF statement.
 *    Any other tag is read as Highwire: `citation_journal_title` makes a journal article,
 *    `citation_technical_report_institution` a report, `citation_conference_title` a conference
 *    paper, `citation_book_title`/`citation_inbook_title` a book section and
 *    `citation_dissertation_institution` a thesis (the "hwType", which wins over everything);
 *    `citation_title` only makes journal article the fallback guess.
 * 2. Without a hwType, the RDF translator's `detectType` decides, in this order: z:itemType, the
 *    bib/bibo rdf:type, PRISM, eprints, og:type (`website` → webpage; `article` only a guess),
 *    dc:type (a Zotero type name as it stands; `Text` only a journal-article guess, `News Item`
 *    a newspaper article, `Report` a report, `Webpage` a web page), then the fallback guess.
 * 3. Fields: the RDF import first (dc:title; dc:source or prism:publicationName as publication,
 *    og:site_name for web pages without one; dc:publisher as publisher/institution; dc:date;
 *    dc:language; dc:type as reportType/websiteType), then the Highwire tags overwrite
 *    (`citation_title`, `citation_publication_date`/`citation_date`, `citation_publisher`,
 *    `citation_technical_report_institution`, `citation_public_url`, `citation_language`,
 *    `citation_firstpage` as pages), and `citation_author` replaces the RDF creators. A name with
 *    a comma is surname, given name; one without is split at its last space (a Chinese name or a
 *    body has none, so it is all surname).
 * 4. Last resorts when a field is still empty: the page title, `meta[name=author]`, the first
 *    `time[datetime]` of the page as the date, the canonical link as the URL.
 *
 * Finally each item keeps only the fields its type has in Zotero, and `toCsl` turns it into the
 * CSL-JSON Zotero's citation processor receives (its `itemToCSLJSON` mapping for these fields).
 */

/** A meta tag as the page carries it. */
export interface PageTag {
  name?: string | null;
  property?: string | null;
  content?: string | null;
}

/** What the translator reads from a page. */
export interface PageMetadata {
  tags: readonly PageTag[];
  /** The document's `<title>`. */
  title?: string | undefined;
  /** `datetime` of the first `<time datetime>` element in the page, if any. */
  firstTimeDatetime?: string | undefined;
  /** `href` of `<link rel="canonical">`. */
  canonical?: string | undefined;
}

/** A Zotero creator. */
export interface ZoteroCreator {
  lastName: string;
  firstName: string;
  creatorType: "author";
}

/** The fields of a saved Zotero item that the edition's citations depend on. */
export interface ZoteroItem {
  itemType: string;
  title?: string;
  creators: ZoteroCreator[];
  date?: string;
  publicationTitle?: string;
  websiteTitle?: string;
  websiteType?: string;
  reportType?: string;
  institution?: string;
  publisher?: string;
  pages?: string;
  url?: string;
  language?: string;
}

/** Namespaces the translator sends to the RDF import (its `_prefixes`). */
const namespaces = new Set([
  "bib",
  "bibo",
  "dc",
  "dcterms",
  "prism",
  "foaf",
  "vcard",
  "link",
  "z",
  "eprint",
  "eprints",
  "og",
  "article",
  "book",
  "music",
  "video",
  "so",
  "codemeta",
  "rdf",
]);

/** Zotero item types a dc:type or z:itemType may name as they stand (those the edition's tests meet). */
const zoteroTypes = new Set([
  "journalArticle",
  "newspaperArticle",
  "magazineArticle",
  "report",
  "webpage",
  "book",
  "bookSection",
  "document",
  "statute",
  "presentation",
  "blogPost",
]);

/** Highwire tags that force an item type. */
const highwireTypes: Record<string, string> = {
  citation_journal_title: "journalArticle",
  citation_technical_report_institution: "report",
  citation_conference_title: "conferencePaper",
  citation_conference: "conferencePaper",
  citation_book_title: "bookSection",
  citation_inbook_title: "bookSection",
  citation_dissertation_institution: "thesis",
};

/** Highwire tags and the field each fills, in the translator's order (a later one overwrites). */
const highwireFields: Array<[string, keyof ZoteroItem]> = [
  ["citation_title", "title"],
  ["citation_publication_date", "date"],
  ["citation_cover_date", "date"],
  ["citation_date", "date"],
  ["citation_journal_title", "publicationTitle"],
  ["citation_inbook_title", "publicationTitle"],
  ["citation_technical_report_institution", "institution"],
  ["citation_publisher", "publisher"],
  ["citation_public_url", "url"],
  ["citation_language", "language"],
];

/** The fields each item type has in Zotero (of those above); base fields under their type's names. */
const validFields: Record<string, ReadonlySet<keyof ZoteroItem>> = {
  newspaperArticle: new Set(["title", "creators", "date", "publicationTitle", "pages", "url", "language"]),
  journalArticle: new Set(["title", "creators", "date", "publicationTitle", "pages", "url", "language"]),
  report: new Set(["title", "creators", "date", "institution", "reportType", "pages", "url", "language"]),
  webpage: new Set(["title", "creators", "date", "websiteTitle", "websiteType", "url", "language"]),
};

/** One RDF statement's property, by namespace and local name (`dc:type`). */
type Statements = Map<string, string[]>;

/** Zotero's `cleanAuthor`, for the names it meets here. */
function cleanAuthor(raw: string, useComma: boolean): ZoteroCreator {
  const author = raw
    .replace(/^[\s.,/[\]:]+/, "")
    .replace(/[\s,/[\]:.]+$/, "")
    .replace(/ {2,}/, " ");
  if (useComma) {
    const [lastName = "", firstName = ""] = author.split(/, ?/);
    return { lastName, firstName, creatorType: "author" };
  }
  const space = author.lastIndexOf(" ");
  return {
    lastName: author.slice(space + 1),
    firstName: space < 0 ? "" : author.slice(0, space),
    creatorType: "author",
  };
}

/** The item type the RDF import's `detectType` gives, or undefined. */
function rdfType(rdf: Statements, fallbackGuess: string | undefined): string | undefined {
  const first = (key: string) => rdf.get(key)?.[0];
  const zotero = first("z:itemType") ?? first("z:type");
  if (zotero && zoteroTypes.has(zotero)) return zotero;
  const og = first("og:type");
  const ogType = { website: "webpage", book: "book" }[og ?? ""];
  if (ogType) return ogType;
  const dc = first("dc:type") ?? first("dcterms:type");
  let dcType: string | undefined;
  let dcGuess: string | undefined;
  if (dc && zoteroTypes.has(dc)) dcType = dc;
  else if (dc) {
    const key = dc.toLowerCase().replace(/\s/g, "");
    dcType = {
      book: "book",
      report: "report",
      thesis: "thesis",
      article: "journalArticle",
      journalarticle: "journalArticle",
      newsitem: "newspaperArticle",
      workingpaper: "report",
      webpage: "webpage",
      homepage: "webpage",
    }[key];
    if (key === "text") dcGuess = "journalArticle";
    if (key === "event") dcGuess = "presentation";
  }
  const ogGuess = og === "article" ? "journalArticle" : undefined;
  return dcType ?? fallbackGuess ?? ogGuess ?? dcGuess;
}

/** The item Zotero's Embedded Metadata translator saves from a page. */
export function zoteroItemFromPage(page: PageMetadata): ZoteroItem {
  const rdf: Statements = new Map();
  const highwire = new Map<string, string[]>();
  let hwType: string | undefined;
  let hwGuess: string | undefined;
  for (const tag of page.tags) {
    const names = (tag.name || tag.property || "").split(/\s+/).filter(Boolean);
    const value = tag.content;
    if (!value) continue;
    for (const name of names) {
      const parts = name.split(/[.:_]/);
      const prefix = (parts[0] ?? "").toLowerCase();
      if (parts.length > 1 && namespaces.has(prefix)) {
        const local = name.slice((parts[0] ?? "").length + 1);
        const key = `${prefix}:${local.charAt(0).toLowerCase()}${local.slice(1)}`;
        rdf.set(key, [...(rdf.get(key) ?? []), value]);
        continue;
      }
      const short = name.slice(Math.max(0, name.lastIndexOf("citation_")));
      highwire.set(short, [...(highwire.get(short) ?? []), value]);
      if (highwireTypes[short]) hwType = highwireTypes[short];
      if (short === "citation_title" || short === "citation_series_title") hwGuess ??= "journalArticle";
    }
  }
  const itemType = hwType ?? (rdf.size > 0 ? (rdfType(rdf, hwGuess) ?? "webpage") : (hwGuess ?? "webpage"));
  const first = (key: string) => rdf.get(key)?.[0];

  // The RDF import.
  const item: ZoteroItem = { itemType, creators: [] };
  const assign = (field: keyof ZoteroItem, value: string | undefined) => {
    if (value !== undefined && value.trim() !== "") (item as unknown as Record<string, unknown>)[field] = value.trim();
  };
  assign("title", first("dc:title") ?? first("dcterms:title") ?? first("og:title"));
  assign("publicationTitle", first("prism:publicationName") ?? first("dc:source") ?? first("dcterms:source"));
  if (!item.publicationTitle && ["webpage", "blogPost", "newspaperArticle"].includes(itemType))
    assign("publicationTitle", first("og:site_name"));
  assign("publisher", first("dc:publisher") ?? first("dcterms:publisher"));
  assign("institution", item.publisher);
  assign("date", first("dc:date") ?? first("dcterms:date"));
  assign("language", first("dc:language") ?? first("dcterms:language"));
  const dcType = first("dc:type") ?? first("dcterms:type");
  assign("reportType", dcType);
  assign("websiteType", dcType);
  const rdfCreators = (rdf.get("dc:creator") ?? []).map((name) => cleanAuthor(name, name.includes(",")));

  // The Highwire tags overwrite.
  for (const [tag, field] of highwireFields) assign(field, highwire.get(tag)?.[0]);
  if (item.publisher && itemType === "report" && !highwire.has("citation_technical_report_institution"))
    item.institution = item.publisher;
  const authorNodes = highwire.get("citation_author") ?? highwire.get("citation_authors") ?? [];
  const authors = authorNodes.flatMap((node) => {
    let names = node.split(/\s*;\s*/);
    if (names.length === 1 && authorNodes.length === 1) {
      const byComma = (names[0] ?? "").split(/\s*,\s*/);
      if (byComma.length > 1 && byComma[0]?.includes(" ") && byComma[1]?.includes(" ")) names = byComma;
    }
    return names.filter((name) => /[^\s,\-.;]/.test(name)).map((name) => cleanAuthor(name.trim(), name.includes(",")));
  });
  item.creators = authors.length > 0 ? authors : rdfCreators;
  const firstPage = highwire.get("citation_firstpage")?.[0];
  const lastPage = highwire.get("citation_lastpage")?.[0];
  if (firstPage) item.pages = lastPage ? `${firstPage}-${lastPage}` : firstPage;

  // Last resorts.
  if (!item.title && page.title) item.title = page.title;
  if (item.creators.length === 0)
    item.creators = page.tags
      .filter((tag) => tag.name?.toLowerCase() === "author" && tag.content)
      .map((tag) => cleanAuthor(tag.content ?? "", false));
  if (!item.date && page.firstTimeDatetime) item.date = page.firstTimeDatetime;
  if (!item.url && page.canonical) item.url = page.canonical;

  // What the item type keeps (the base field publicationTitle is websiteTitle on a web page).
  if (itemType === "webpage" && item.publicationTitle) item.websiteTitle = item.publicationTitle;
  const valid = validFields[itemType];
  if (valid)
    for (const key of Object.keys(item) as (keyof ZoteroItem)[])
      if (key !== "itemType" && !valid.has(key)) delete item[key];
  return item;
}

/** CSL item types of the Zotero types met here. */
const cslTypes: Record<string, string> = {
  newspaperArticle: "article-newspaper",
  journalArticle: "article-journal",
  report: "report",
  webpage: "webpage",
};

/** The CSL-JSON Zotero gives its citation processor for an item (its `itemToCSLJSON`, for these fields). */
export function toCsl(item: ZoteroItem, id: string, accessed?: string): Record<string, unknown> {
  const parts = (iso: string) => [iso.split(/[-/]/).map(Number)];
  return {
    id,
    type: cslTypes[item.itemType] ?? "document",
    ...(item.title ? { title: item.title } : {}),
    ...(item.creators.length
      ? {
          author: item.creators.map((c) =>
            c.firstName ? { family: c.lastName, given: c.firstName } : { family: c.lastName },
          ),
        }
      : {}),
    ...(item.date ? { issued: { "date-parts": parts(item.date) } } : {}),
    ...((item.publicationTitle ?? item.websiteTitle)
      ? { "container-title": item.publicationTitle ?? item.websiteTitle }
      : {}),
    ...(item.institution ? { publisher: item.institution } : {}),
    ...((item.reportType ?? item.websiteType) ? { genre: item.reportType ?? item.websiteType } : {}),
    ...(item.pages ? { page: item.pages } : {}),
    ...(item.url ? { URL: item.url } : {}),
    ...(item.language ? { language: item.language } : {}),
    ...(accessed ? { accessed: { "date-parts": parts(accessed) } } : {}),
  };
}
