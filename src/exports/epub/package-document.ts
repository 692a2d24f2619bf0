/**
 * The EPUB package document (`package.opf`): metadata (a unique identifier, title, `zh-CN`,
 * `dcterms:modified`, creators, source, publisher), the manifest of every file and the spine
 * (reading order). Nothing is in the container that the manifest does not list.
 */
import { editionName } from "../context.ts";
import { el, xmlDocument } from "../xml.ts";

/** One manifest item. */
export interface ManifestItem {
  id: string;
  href: string;
  mediaType: string;
  /** EPUB item properties, e.g. `nav`. */
  properties?: string;
  /** False for items outside the linear reading order; absent items are not in the spine at all. */
  spine?: boolean;
}

/** The publication's metadata. */
export interface PackageMetadata {
  identifier: string;
  title: string;
  /** W3C date of the work (the text's date, or the build date for the edition). */
  date?: string | undefined;
  creators: readonly string[];
  description?: string | undefined;
  /** Where the text comes from (publication, source file and checksum). */
  source?: string | undefined;
  /** The web page of the text or the edition. */
  relation: string;
  /** `CCYY-MM-DDThh:mm:ssZ`. */
  modified: string;
}

const containers = new Set(["package", "metadata", "manifest", "spine"]);

/** Media type of a content document. */
export const xhtmlType = "application/xhtml+xml";

/** Write the package document; spine order is the order of `items` that have `spine` set. */
export function renderPackage(meta: PackageMetadata, items: readonly ManifestItem[]): string {
  const metadata = el(
    "metadata",
    { "xmlns:dc": "http://purl.org/dc/elements/1.1/" },
    el("dc:identifier", { id: "uid" }, meta.identifier),
    el("dc:title", {}, meta.title),
    el("dc:language", {}, "zh-CN"),
    meta.creators.map((creator) => el("dc:creator", {}, creator)),
    el("dc:publisher", {}, editionName),
    meta.date && el("dc:date", {}, meta.date),
    meta.description && el("dc:description", {}, meta.description),
    meta.source && el("dc:source", {}, meta.source),
    el("dc:relation", {}, meta.relation),
    el("meta", { property: "dcterms:modified" }, meta.modified),
  );
  const manifest = el(
    "manifest",
    {},
    items.map((item) =>
      el("item", { id: item.id, href: item.href, "media-type": item.mediaType, properties: item.properties }),
    ),
  );
  const spine = el(
    "spine",
    {},
    items
      .filter((item) => item.spine !== undefined)
      .map((item) => el("itemref", { idref: item.id, linear: item.spine ? undefined : "no" })),
  );
  const root = el(
    "package",
    { xmlns: "http://www.idpf.org/2007/opf", version: "3.0", "unique-identifier": "uid", "xml:lang": "zh-CN" },
    metadata,
    manifest,
    spine,
  );
  return xmlDocument(root, { containers });
}
