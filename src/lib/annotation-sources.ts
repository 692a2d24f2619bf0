/**
 * The sources of an annotation as a reader sees them: a text of this edition by its title and the
 * block's margin label (linked to the block), a published source as publication, 《title》, date
 * and part (linked to its URL when it has one); what a source backs (its `for`) beside it. Also a
 * person's roles with the text that gives them and that text's own date. Pure: the entry page
 * renders these lines.
 */
import type { Citation, PersonEntry } from "../format/annotations.ts";
import { marginLabel } from "../format/block-id.ts";
import type { DocumentFrontmatter } from "../format/schema.ts";
import { sitePaths } from "../format/urls.ts";
import { displayDate, displayTitle } from "./labels.ts";

/** A document as the lines need it. */
type Doc = Pick<DocumentFrontmatter, "slug" | "title" | "titleSupplied" | "date" | "dateInferred">;

/** One line of a source list: the words, the link (a site path, or an absolute URL), what it backs. */
export interface SourceLine {
  text: string;
  /** A site path (to be put under the base) or an external URL. */
  href?: string;
  external: boolean;
  backs?: string;
}

/** `2020-12` → `2020年12月`; `2020` → `2020年`; a full date as 年月日. */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${year}年${month ? `${month}月` : ""}${day ? `${day}日` : ""}`;
}

/** The line of one source; `documents` the edition's documents by slug. */
export function sourceLine(source: Citation, documents: ReadonlyMap<string, Doc>): SourceLine {
  if ("document" in source) {
    const doc = documents.get(source.document);
    const where = source.block ? marginLabel(source.block) : "题录";
    return {
      text: doc ? `本版《${displayTitle(doc)}》${where}（${displayDate(doc)}）` : `本版 ${source.document} ${where}`,
      ...(doc ? { href: source.block ? sitePaths.block(doc.slug, source.block) : sitePaths.text(doc.slug) } : {}),
      external: false,
      ...(source.for ? { backs: source.for } : {}),
    };
  }
  // A title the editors supplied (in 〔 〕) is not the source's own, so it gets no 《 》.
  const title = source.title.startsWith("〔") ? source.title : `《${source.title}》`;
  const parts = [source.publication, title, formatPartialDate(source.date), source.locator];
  return {
    text: parts.filter(Boolean).join("，"),
    ...(source.url ? { href: source.url } : {}),
    external: true,
    ...(source.for ? { backs: source.for } : {}),
  };
}

/** A role as the entry page lists it: the words of the text, the text, and the text's own date. */
export interface RoleLine {
  role: string;
  where: string;
  href?: string;
}

/** The line of one role of a person. */
export function roleLine(role: PersonEntry["roles"][number], documents: ReadonlyMap<string, Doc>): RoleLine {
  const doc = documents.get(role.document);
  const at = role.block ? marginLabel(role.block) : "署名";
  if (!doc) return { role: role.role, where: `${role.document} ${at}` };
  return {
    role: role.role,
    where: `见《${displayTitle(doc)}》${at}，该文日期${displayDate(doc)}`,
    href: role.block ? sitePaths.block(doc.slug, role.block) : sitePaths.text(doc.slug),
  };
}
