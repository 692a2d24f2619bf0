/**
 * Convert a whole `sources/` folder into the files of `content/texts/`, in memory first: nothing is
 * written unless every source converts and validates. Writing replaces the folder atomically.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { convertSource } from "./convert-source.ts";
import { emitDocument } from "./emit.ts";
import { ConvertError } from "./errors.ts";
import { parseSidecar } from "./sidecar.ts";
import { slugify, uniqueSlug } from "./slug.ts";

export interface CorpusOptions {
  sourcesDir: string;
  useSidecars: boolean;
  /** Called once per source with a one-line summary, for progress output. */
  onSource?: (summary: string) => void;
}

/** `<slug>.md` → file content. */
export type CorpusFiles = Map<string, string>;

/** Convert every `*.txt` in the sources folder; throws ConvertError on the first bad file. */
export function convertCorpus(options: CorpusOptions): CorpusFiles {
  if (!existsSync(options.sourcesDir)) throw new ConvertError(options.sourcesDir, "no such folder");
  const names = readdirSync(options.sourcesDir).filter((n) => n.endsWith(".txt")).sort();
  if (names.length === 0) throw new ConvertError(options.sourcesDir, "contains no .txt sources");
  const files: CorpusFiles = new Map();
  const slugs = new Set<string>();
  for (const name of names) {
    const sidecarPath = join(options.sourcesDir, name.replace(/\.txt$/, ".yaml"));
    const sidecarName = basename(sidecarPath);
    const sidecar = options.useSidecars && existsSync(sidecarPath) ? parseSidecar(sidecarName, readFileSync(sidecarPath, "utf8")) : null;
    const bytes = readFileSync(join(options.sourcesDir, name));
    const { documents, layout, encoding } = convertSource(name, bytes, sidecar, sidecarName);
    for (const doc of documents) {
      const slug = uniqueSlug(doc.facts?.slug ?? slugify(doc.frontmatter.title), slugs);
      files.set(`${slug}.md`, emitDocument({ slug, ...doc.frontmatter }, doc.blocks));
    }
    const summary = documents.map((d) => `${d.frontmatter.kind} ${d.blocks.length}`).join(", ");
    options.onSource?.(`${name} (${bytes.length} bytes, ${encoding}, ${layout}${sidecar ? ", sidecar" : ""}) → ${documents.length} documents [${summary}]`);
  }
  return files;
}

/** Differences between the files on disk and the files the converter would write. */
export function diffCorpus(outDir: string, files: CorpusFiles): string[] {
  const onDisk = existsSync(outDir) ? readdirSync(outDir).filter((n) => n.endsWith(".md")) : [];
  const problems: string[] = [];
  for (const name of onDisk) if (!files.has(name)) problems.push(`${name}: on disk but no longer produced`);
  for (const [name, content] of files) {
    const path = join(outDir, name);
    if (!existsSync(path)) problems.push(`${name}: missing`);
    else if (readFileSync(path, "utf8") !== content) problems.push(`${name}: differs from what the converter produces now`);
  }
  return problems;
}

/** Replace the output folder with the new files atomically (write aside, then swap). */
export function writeCorpus(outDir: string, files: CorpusFiles): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${basename(outDir)}.new-${process.pid}`);
  const old = join(parent, `.${basename(outDir)}.old-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  for (const [name, content] of files) writeFileSync(join(staging, name), content);
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
}
