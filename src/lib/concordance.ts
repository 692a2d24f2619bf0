/**
 * The concordance of the annotations: every place a term, person or body occurs in the reading
 * text (with a short context either side), and every byline that names a person. Built once per
 * build from all documents with the same matcher the linking plugin uses, so an entry page lists
 * exactly what the texts say.
 */
import type { Annotation } from "../format/annotations.ts";
import { createMatcher } from "../format/annotation-matcher.ts";
import type { Block, DocumentFrontmatter } from "../format/schema.ts";

/** One occurrence: a document, the block (null for a byline), and the words around it. */
export interface Occurrence {
  slug: string;
  block: string | null;
  before: string;
  match: string;
  after: string;
}

/** A document as the concordance reads it. */
export interface ConcordanceDocument {
  frontmatter: Pick<DocumentFrontmatter, "slug" | "byline">;
  blocks: readonly Block[];
}

/** Characters of context on either side of an occurrence. */
export const contextLength = 16;

/** `kind/id` of an annotation: the concordance's key. */
export const annotationKey = (annotation: Pick<Annotation, "kind" | "id">): string =>
  `${annotation.kind}/${annotation.id}`;

/** Every occurrence of every annotation, in document order (documents as given). */
export function buildConcordance(
  documents: readonly ConcordanceDocument[],
  annotations: readonly Annotation[],
): Map<string, Occurrence[]> {
  const match = createMatcher(annotations);
  const people = new Map(
    annotations.filter((a) => a.kind === "person").flatMap((a) => a.forms.map((form) => [form, a] as const)),
  );
  const concordance = new Map<string, Occurrence[]>();
  const add = (annotation: Annotation, occurrence: Occurrence) => {
    const key = annotationKey(annotation);
    const list = concordance.get(key);
    if (list) list.push(occurrence);
    else concordance.set(key, [occurrence]);
  };
  for (const { frontmatter, blocks } of documents) {
    for (const person of frontmatter.byline) {
      const annotation = people.get(person.name);
      if (annotation)
        add(annotation, {
          slug: frontmatter.slug,
          block: null,
          before: person.role ? `${person.role} ` : "",
          match: person.name,
          after: "",
        });
    }
    for (const block of blocks) {
      for (const { start, end, annotation } of match(block.text)) {
        add(annotation, {
          slug: frontmatter.slug,
          block: block.id,
          before: block.text.slice(Math.max(0, start - contextLength), start),
          match: block.text.slice(start, end),
          after: block.text.slice(end, end + contextLength),
        });
      }
    }
  }
  return concordance;
}

/**
 * Occurrences an entry page lists with their context. The real edition's largest entry has 35
 * (习近平); in the synthetic edition of 1,500 documents it has ≈ 3,700, and at 15,000 its page was
 * 12 MB, which nobody can read on a phone. Past this the page lists the first documents whole and
 * leaves the rest to the exact search, which finds every paragraph at any size.
 */
export const listedOccurrences = 200;

/**
 * The groups an entry page lists — whole documents, in order, up to `limit` occurrences, at least
 * one document — and what it leaves out.
 */
export function listedGroups<T extends readonly unknown[]>(
  groups: ReadonlyArray<readonly [string, T]>,
  limit = listedOccurrences,
): { listed: Array<readonly [string, T]>; omitted: { documents: number; occurrences: number } } {
  const listed: Array<readonly [string, T]> = [];
  let count = 0;
  for (const group of groups) {
    if (listed.length > 0 && count + group[1].length > limit) break;
    listed.push(group);
    count += group[1].length;
  }
  const rest = groups.slice(listed.length);
  return {
    listed,
    omitted: { documents: rest.length, occurrences: rest.reduce((sum, [, list]) => sum + list.length, 0) },
  };
}

/** Occurrences grouped by document, in the order they come. */
export function byDocument(occurrences: readonly Occurrence[]): Array<[string, Occurrence[]]> {
  const groups = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    const list = groups.get(occurrence.slug);
    if (list) list.push(occurrence);
    else groups.set(occurrence.slug, [occurrence]);
  }
  return [...groups];
}
