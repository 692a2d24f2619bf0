/**
 * Convert a whole `sources/` folder into the files of `content/texts/`, in memory first: nothing is
 * written unless every source converts and validates. Writing replaces the folder atomically.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Block, DocumentFrontmatter } from "../../src/format/schema.ts";
import { carryIds } from "./carry-ids.ts";
import { convertSource, type ConvertedDocument } from "./convert-source.ts";
import { emitDocument } from "./emit.ts";
import { ConvertError } from "./errors.ts";
import { guardPublishedIds } from "./id-guard.ts";
import { matchDocuments } from "./match-documents.ts";
import type { PreviousDocument } from "./previous-content.ts";
import { parseSidecar } from "./sidecar.ts";
import { slugify, uniqueSlug } from "./slug.ts";
import type { CorpusFiles } from "./write-corpus.ts";

export interface CorpusOptions {
  sourcesDir: string;
  useSidecars: boolean;
  /** The documents written last time: slugs and ids are carried over from them. */
  previous?: readonly PreviousDocument[];
  /** Called once per source with a one-line summary, for progress output. */
  onSource?: (summary: string) => void;
  /** Called with notices (documents dropped because their source was removed). */
  onNotice?: (notice: string) => void;
}

/** Carry slug, ids and aliases over from the matching previous document, if any. */
function carryOver(
  doc: ConvertedDocument,
  old: PreviousDocument | undefined,
  slugs: Set<string>,
): { frontmatter: DocumentFrontmatter; blocks: Block[] } {
  if (!old) {
    const slug = uniqueSlug(doc.facts?.slug ?? slugify(doc.frontmatter.title), slugs);
    return { frontmatter: { slug, ...doc.frontmatter }, blocks: doc.blocks };
  }
  const carried = carryIds({ blocks: old.blocks, aliases: old.frontmatter.aliases }, doc.blocks);
  const renamed = new Map(doc.blocks.map((b, k) => [b.id, carried.blocks[k]?.id ?? b.id]));
  const apparatus = doc.frontmatter.apparatus.map((a) => ({
    ...a,
    block: a.block === null ? null : (renamed.get(a.block) ?? a.block),
  }));
  const blockLines = Object.fromEntries(
    Object.entries(doc.frontmatter.blockLines).map(([id, lines]) => [renamed.get(id) ?? id, lines]),
  );
  const frontmatter = {
    slug: old.frontmatter.slug,
    ...doc.frontmatter,
    aliases: carried.aliases,
    apparatus,
    blockLines,
  };
  return { frontmatter, blocks: carried.blocks };
}

/** One source file converted, with what its progress line tells. */
export interface ConvertedSource {
  name: string;
  size: number;
  sidecar: boolean;
  documents: ConvertedDocument[];
  layout: string;
  encoding: string;
}

/** The `*.txt` sources of a folder, sorted; throws ConvertError when there are none. */
export function sourceNames(sourcesDir: string): string[] {
  if (!existsSync(sourcesDir)) throw new ConvertError(sourcesDir, "no such folder");
  const names = readdirSync(sourcesDir)
    .filter((n) => n.endsWith(".txt"))
    .sort();
  if (names.length === 0) throw new ConvertError(sourcesDir, "contains no .txt sources");
  return names;
}

/** Read and convert one source with its sidecar: the unit of work, independent of every other source. */
export function convertSourceFile(sourcesDir: string, name: string, useSidecars: boolean): ConvertedSource {
  const sidecarPath = join(sourcesDir, name.replace(/\.txt$/, ".yaml"));
  const sidecarName = basename(sidecarPath);
  const sidecar =
    useSidecars && existsSync(sidecarPath) ? parseSidecar(sidecarName, readFileSync(sidecarPath, "utf8")) : null;
  const bytes = readFileSync(join(sourcesDir, name));
  const { documents, layout, encoding } = convertSource(name, bytes, sidecar, sidecarName);
  return { name, size: bytes.length, sidecar: sidecar !== null, documents, layout, encoding };
}

/** The progress line of a converted source. */
export function sourceSummary({ name, size, sidecar, documents, layout, encoding }: ConvertedSource): string {
  const summary = documents.map((d) => `${d.frontmatter.kind} ${d.blocks.length}`).join(", ");
  return `${name} (${size} bytes, ${encoding}, ${layout}${sidecar ? ", sidecar" : ""}) → ${documents.length} documents [${summary}]`;
}

/** A document as it will be written: its final slug, ids and aliases. */
export interface AssembledDocument {
  frontmatter: DocumentFrontmatter;
  blocks: Block[];
}

/**
 * The documents of converted sources (given in name order) as they will be written: slugs, ids and
 * aliases carried over from the previous content, published ids guarded.
 */
export function assembleDocuments(
  sources: readonly ConvertedSource[],
  options: Pick<CorpusOptions, "previous" | "onNotice">,
): AssembledDocument[] {
  const previous = options.previous ?? [];
  const slugs = new Set<string>(previous.map((p) => p.frontmatter.slug));
  const previousBySource = Map.groupBy(previous, (p) => p.frontmatter.source.file);
  const written: AssembledDocument[] = [];
  for (const { name, documents } of sources) {
    const before = previousBySource.get(name) ?? [];
    const matches = matchDocuments(
      before.map((p) => ({ blocks: p.blocks, title: p.frontmatter.title })),
      documents.map((d) => ({ blocks: d.blocks, title: d.frontmatter.title })),
    );
    documents.forEach((doc, j) => written.push(carryOver(doc, before[matches.get(j) ?? -1], slugs)));
  }
  const names = new Set(sources.map((source) => source.name));
  for (const notice of guardPublishedIds(previous, written, names)) options.onNotice?.(notice);
  return written;
}

/** The content file of each document (`contents`, emitted in the same order), by file name. */
export function corpusFiles(documents: readonly AssembledDocument[], contents: readonly string[]): CorpusFiles {
  if (contents.length !== documents.length)
    throw new Error(`${contents.length} content files emitted for ${documents.length} documents`);
  return new Map(documents.map(({ frontmatter }, k) => [`${frontmatter.slug}.md`, contents[k] ?? ""]));
}

/** Convert every `*.txt` in the sources folder, one after another; throws ConvertError on the first bad file. */
export function convertCorpus(options: CorpusOptions): CorpusFiles {
  const sources = sourceNames(options.sourcesDir).map((name) => {
    const source = convertSourceFile(options.sourcesDir, name, options.useSidecars);
    options.onSource?.(sourceSummary(source));
    return source;
  });
  const documents = assembleDocuments(sources, options);
  return corpusFiles(
    documents,
    documents.map(({ frontmatter, blocks }) => emitDocument(frontmatter, blocks)),
  );
}

/** Differences between the files on disk and the files the converter would write. */
export function diffCorpus(outDir: string, files: CorpusFiles): string[] {
  const onDisk = existsSync(outDir) ? readdirSync(outDir).filter((n) => n.endsWith(".md")) : [];
  const problems: string[] = [];
  for (const name of onDisk) if (!files.has(name)) problems.push(`${name}: on disk but no longer produced`);
  for (const [name, content] of files) {
    const path = join(outDir, name);
    if (!existsSync(path)) problems.push(`${name}: missing`);
    else if (readFileSync(path, "utf8") !== content)
      problems.push(`${name}: differs from what the converter produces now`);
  }
  return problems;
}
