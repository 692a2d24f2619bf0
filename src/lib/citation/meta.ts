/**
 * Page metadata that lets reference managers save a text in one click: Highwire Press
 * `citation_*` tags (read by Zotero, Mendeley and Google Scholar), Dublin Core `DC.*`, and a
 * schema.org JSON-LD object (which Zotero does not read). Built from the same CSL item as the
 * citations, so they agree.
 *
 * Zotero's "Embedded Metadata" translator decides the item type from these tags (its rules are
 * re-implemented and tested in tests/unit/citation/zotero-embedded-metadata.ts): a Highwire tag
 * such as `citation_journal_title` forces its type (journal article) over everything else, and
 * without one the Dublin Core and OpenGraph tags decide, `DC.type` "Text" meaning a journal
 * article. So each kind gets the tags that make Zotero save what GB/T 7714 cites on the site:
 *
 * | text                 | tags that decide                              | Zotero item        |
 * | -------------------- | --------------------------------------------- | ------------------ |
 * | printed in newspaper | `DC.type` newspaperArticle, `DC.source` paper | newspaperArticle   |
 * | report               | `citation_technical_report_institution` body  | report (institution)|
 * | any other            | `og:type` website, `og:site_name` 湘文         | webpage            |
 *
 * The date is the issue date for a newspaper text; the page (版次) is `citation_firstpage`. A
 * person is written `习, 近平` so that Zotero stores surname and given name apart (it prints them
 * back as 习近平); a body is written whole.
 */
import type { DocumentFrontmatter } from "../../format/schema.ts";
import { toCslItem, type CslItem } from "./csl-item.ts";
import { displayName, type CslName } from "./names.ts";

/** One `<meta>` tag: `name` for Highwire and Dublin Core, `property` for OpenGraph. */
export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

/** What the metadata needs besides the document. */
export interface MetaOptions {
  url: string;
  siteName: string;
}

/** Who published the text: the newspaper, else the issuing body, else the edition itself. */
function publisherOf(doc: DocumentFrontmatter, item: CslItem, siteName: string): string {
  if (item.type === "article-newspaper" && item["container-title"]) return item["container-title"];
  return doc.issuer ?? siteName;
}

/** A name as `citation_author` writes it: `习, 近平` for a person (surname, given name), a body whole. */
function highwireName(name: CslName): string {
  return name.literal ?? `${name.family ?? ""}, ${name.given ?? ""}`;
}

/** The tags that make Zotero save the text as the item GB/T cites (see the table above). */
function itemTypeTags(item: CslItem, siteName: string): MetaTag[] {
  if (item.type === "article-newspaper")
    return [
      { name: "DC.type", content: "newspaperArticle" },
      { name: "DC.source", content: item["container-title"] ?? "" },
    ];
  if (item.type === "report")
    return item.publisher ? [{ name: "citation_technical_report_institution", content: item.publisher }] : [];
  return [
    { property: "og:type", content: "website" },
    { property: "og:site_name", content: siteName },
    // The genre (讲话, 决议, 公报) is the web page's type, which APA prints as on the site.
    ...(item.genre ? [{ name: "DC.type", content: item.genre }] : []),
  ];
}

/** Highwire, Dublin Core and OpenGraph meta tags of a document page, one `citation_author` per author. */
export function citationMeta(doc: DocumentFrontmatter, options: MetaOptions): MetaTag[] {
  const item = toCslItem(doc, { ...options });
  const authors = item.author ?? [];
  const publisher = publisherOf(doc, item, options.siteName);
  const tags: MetaTag[] = [{ name: "citation_title", content: item.title }];
  for (const author of authors) tags.push({ name: "citation_author", content: highwireName(author) });
  if (doc.date) tags.push({ name: "citation_publication_date", content: doc.date.replace(/-/g, "/") });
  // No citation_journal_title for a newspaper: Zotero would save a journal article, cited as [J].
  if (item.type !== "article-newspaper") tags.push({ name: "citation_publisher", content: publisher });
  if (item.page) tags.push({ name: "citation_firstpage", content: item.page });
  tags.push(
    { name: "citation_language", content: "zh" },
    { name: "citation_public_url", content: options.url },
    { name: "DC.title", content: item.title },
  );
  for (const author of authors) tags.push({ name: "DC.creator", content: displayName(author) });
  if (doc.date) tags.push({ name: "DC.date", content: doc.date });
  tags.push(
    { name: "DC.publisher", content: publisher },
    { name: "DC.language", content: "zh-CN" },
    { name: "DC.identifier", content: options.url },
    ...itemTypeTags(item, options.siteName),
  );
  return tags;
}

/** schema.org type of a document. */
function schemaType(doc: DocumentFrontmatter, item: CslItem): string {
  if (item.type === "article-newspaper") return "NewsArticle";
  if (doc.kind === "report") return "Report";
  // A Party committee's resolution is a decision of a governing body, which schema.org models
  // as Legislation ("a legal document such as an act, decree, bill, etc., enforceable or not").
  if (doc.kind === "resolution") return "Legislation";
  return doc.kind === "news" || doc.kind === "feature" ? "NewsArticle" : "Article";
}

/** The schema.org JSON-LD object of a document page. */
export function jsonLd(doc: DocumentFrontmatter, options: MetaOptions): Record<string, unknown> {
  const item = toCslItem(doc, { ...options });
  const type = schemaType(doc, item);
  const authors = (item.author ?? []).map((name) =>
    name.literal !== undefined
      ? {
          "@type": name.literal === doc.issuer ? "Organization" : "Person",
          name: name.literal,
        }
      : {
          "@type": "Person",
          name: displayName(name),
          familyName: name.family,
          givenName: name.given,
        },
  );
  return {
    "@context": "https://schema.org",
    "@type": type,
    "@id": options.url,
    url: options.url,
    name: item.title,
    headline: doc.title,
    ...(doc.subtitle ? { alternativeHeadline: doc.subtitle } : {}),
    inLanguage: "zh-CN",
    ...(authors.length > 0 ? { author: authors } : {}),
    ...(doc.date ? { datePublished: doc.date } : {}),
    // The day the speech was given or the meeting held, when the text is dated by its newspaper.
    ...(doc.eventDate ? { dateCreated: doc.eventDate } : {}),
    ...(type === "Legislation" && (doc.eventDate ?? doc.date) ? { legislationDate: doc.eventDate ?? doc.date } : {}),
    ...(type === "Legislation" && doc.issuer
      ? {
          legislationPassedBy: { "@type": "Organization", name: doc.issuer },
          legislationType: "决议",
        }
      : {}),
    ...(doc.place ? { locationCreated: { "@type": "Place", name: doc.place } } : {}),
    publisher: {
      "@type": "Organization",
      name: publisherOf(doc, item, options.siteName),
    },
    ...(item.page ? { printPage: item.page } : {}),
    isPartOf: { "@type": "WebSite", name: options.siteName },
    isAccessibleForFree: true,
  };
}
