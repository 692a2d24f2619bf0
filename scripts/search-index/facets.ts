/**
 * The filters' data: for each facet value (kind, year, source file) the ascending list of its
 * documents, and one small file of every value with a label and a count for the CLI and the page.
 */
import type { ContentDocument } from "../../src/format/content-file.ts";
import { facetNames, yearOf, type FacetName, type FacetValues } from "../../src/search/index-layout.ts";
import { ByteWriter } from "../../src/search/varint.ts";
import { kindLabels } from "../../src/lib/labels.ts";

/** The value of each facet for a document. */
export function facetValuesOf(doc: ContentDocument): Record<FacetName, string> {
  const { kind, date, source } = doc.frontmatter;
  return { kind, year: yearOf(date), source: source.file };
}

/** A reader-facing label of a facet value. */
function labelOf(name: FacetName, value: string, doc: ContentDocument): string {
  if (name === "kind") return kindLabels[doc.frontmatter.kind];
  if (name === "year") return value === "none" ? "日期不详" : `${value}年`;
  const { publication, page } = doc.frontmatter.source;
  const where = [publication, page ? `第${page}版` : ""].filter(Boolean).join(" ");
  return where ? `${where}（${value}）` : value;
}

/** Documents of every facet value, encoded, and the list of values. */
export function buildFacets(docs: readonly ContentDocument[]): {
  lists: { name: FacetName; value: string; bytes: Uint8Array }[];
  values: FacetValues;
} {
  const members = new Map<string, { name: FacetName; value: string; label: string; docs: number[] }>();
  docs.forEach((doc, number) => {
    const values = facetValuesOf(doc);
    for (const name of facetNames) {
      const key = `${name}\n${values[name]}`;
      let entry = members.get(key);
      if (!entry)
        members.set(key, (entry = { name, value: values[name], label: labelOf(name, values[name], doc), docs: [] }));
      entry.docs.push(number);
    }
  });
  const values: FacetValues = { kind: [], year: [], source: [] };
  const lists = [...members.values()].map(({ name, value, label, docs: numbers }) => {
    values[name].push({ value, label, documents: numbers.length });
    const writer = new ByteWriter();
    numbers.forEach((doc, i) => writer.uint(i === 0 ? doc : doc - (numbers[i - 1] ?? 0) - 1));
    return { name, value, bytes: writer.finish() };
  });
  return { lists, values };
}
