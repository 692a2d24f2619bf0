/**
 * What the site knows across documents, computed once per build: the documents with their blocks,
 * the annotations, the concordance (every occurrence of every entry) and the shared passages.
 * Pages that need it (entry pages, indexes, text pages) await `editionIndex()`.
 */
import { readAnnotations } from "../format/annotation-files.ts";
import { allAnnotations, type Annotation, type Annotations } from "../format/annotations.ts";
import type { Block, DocumentFrontmatter } from "../format/schema.ts";
import { blocksOf, getSortedTexts } from "./collection.ts";
import { buildConcordance, type Occurrence } from "./concordance.ts";
import { findSharedPassages, type SharedPassage } from "./shared-passages.ts";
import { onSecondThread } from "./worker-thread.ts";

/** A document of the edition, in reading order. */
export interface EditionDocument {
  data: DocumentFrontmatter;
  blocks: Block[];
}

/** Everything the cross-document pages need. */
export interface EditionIndex {
  documents: EditionDocument[];
  bySlug: Map<string, EditionDocument>;
  annotations: Annotations;
  entries: Annotation[];
  /** A person's name as written (each form) → the person's entry id: bylines link through it. */
  personIds: Map<string, string>;
  /** `kind/id` → every occurrence. */
  concordance: Map<string, Occurrence[]>;
  /**
   * `<slug>#<block>` → the block's shared passages. Found on the second thread while the pages
   * that do not need them are built (measured: 34 s of the page thread at 15,000 documents).
   */
  shared: Promise<Map<string, SharedPassage[]>>;
}

let cached: Promise<EditionIndex> | undefined;

/** Compute the index. */
async function build(): Promise<EditionIndex> {
  const documents = (await getSortedTexts()).map((entry) => ({ data: entry.data, blocks: blocksOf(entry) }));
  const annotations = readAnnotations(process.env["XIANGWEN_ANNOTATIONS_DIR"] || "content");
  const entries = allAnnotations(annotations);
  return {
    documents,
    bySlug: new Map(documents.map((d) => [d.data.slug, d])),
    annotations,
    entries,
    personIds: new Map(
      entries.filter((e) => e.kind === "person").flatMap((e) => e.forms.map((form) => [form, e.id] as const)),
    ),
    concordance: buildConcordance(
      documents.map((d) => ({ frontmatter: d.data, blocks: d.blocks })),
      entries,
    ),
    shared: onSecondThread(
      "src/lib/shared-passages-worker.ts",
      documents.map((d) => ({ slug: d.data.slug, blocks: d.blocks })),
      findSharedPassages,
    ),
  };
}

/** The edition's index, computed on first use and shared by every page of the build. */
export function editionIndex(): Promise<EditionIndex> {
  cached ??= build();
  return cached;
}
