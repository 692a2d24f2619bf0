/**
 * Page metadata that lets reference managers save a text in one click: Highwire Press
 * `citation_*` tags (read by Zotero, Mendeley and Google Scholar), Dublin Core `DC.*`, and a
 * schema.org JSON-LD object. Built from the same CSL item as the citations, so they agree.
 */
import type { DocumentFrontmatter } from "../../format/schema.ts";
import { toCslItem, type CslItem } from "./csl-item.ts";
import { displayName } from "./names.ts";

/** One `<meta name content>` tag. */
export interface MetaTag {
  name: string;
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

/** Highwire and Dublin Core meta tags of a document page, one `citation_author` per author. */
export function citationMeta(doc: DocumentFrontmatter, options: MetaOptions): MetaTag[] {
  const item = toCslItem(doc, { ...options });
  const authors = (item.author ?? []).map(displayName);
  const publisher = publisherOf(doc, item, options.siteName);
  const tags: MetaTag[] = [{ name: "citation_title", content: item.title }];
  for (const author of authors) tags.push({ name: "citation_author", content: author });
  if (doc.date)
    tags.push({
      name: "citation_publication_date",
      content: doc.date.replace(/-/g, "/"),
    });
  tags.push({ name: "citation_publisher", content: publisher });
  // No citation_journal_title for newspapers: Zotero would save the page as a journal article,
  // which GB/T 7714 then cites as [J]. The newspaper is the publisher; the page is a first page.
  if (item.page) tags.push({ name: "citation_firstpage", content: item.page });
  tags.push(
    { name: "citation_language", content: "zh" },
    { name: "citation_public_url", content: options.url },
    { name: "DC.title", content: item.title },
  );
  for (const author of authors) tags.push({ name: "DC.creator", content: author });
  if (doc.date) tags.push({ name: "DC.date", content: doc.date });
  tags.push(
    { name: "DC.publisher", content: publisher },
    { name: "DC.language", content: "zh-CN" },
    { name: "DC.identifier", content: options.url },
    { name: "DC.type", content: "Text" },
  );
  if (item.type === "article-newspaper") {
    const page = item.page ? `, 第${item.page}版` : "";
    tags.push({
      name: "DC.source",
      content: `${publisher}${doc.date ? `, ${doc.date}` : ""}${page}`,
    });
  }
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
    ...(type === "Legislation" && doc.date ? { legislationDate: doc.date } : {}),
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
