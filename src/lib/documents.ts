/**
 * The order of the collection, used by the home page, previous/next links and the exports:
 * newest first, undated last, ties kept in source order (file, then position in the file).
 */
import type { DocumentFrontmatter } from "../format/schema.ts";

type Sortable = Pick<DocumentFrontmatter, "date" | "order" | "source" | "slug">;

/** Compare two documents for the edition's reading order. */
export function compareDocuments(a: Sortable, b: Sortable): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.source.file.localeCompare(b.source.file) || a.order - b.order || a.slug.localeCompare(b.slug);
}

/** A sorted copy of the documents. */
export function sortDocuments<T extends Sortable>(docs: readonly T[]): T[] {
  return [...docs].sort(compareDocuments);
}

/** Group sorted documents by year (`"2024"`), undated under `null`, keeping the order. */
export function groupByYear<T extends Sortable>(docs: readonly T[]): [string | null, T[]][] {
  const groups = new Map<string | null, T[]>();
  for (const doc of docs) {
    const year = doc.date?.slice(0, 4) ?? null;
    // Push, not spread: a copy per document would make a year of 10,000 documents quadratic.
    const group = groups.get(year);
    if (group) group.push(doc);
    else groups.set(year, [doc]);
  }
  return [...groups];
}
