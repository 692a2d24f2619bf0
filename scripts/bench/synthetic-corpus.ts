/**
 * A synthetic edition of N documents made from the real content, for the search benchmark and the
 * build benchmarks: deterministic for a seed, every kind present, unique slugs, titles and dates,
 * sizes drawn from the real documents, paragraphs taken from the whole corpus with their sentences
 * shuffled or spliced, so substrings recombine as in a larger real corpus. Written as content
 * files, so anything that builds the edition can take them.
 *   node scripts/bench/synthetic-corpus.ts --documents 1500 [--seed 1] [--content content/texts] --out DIR
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeContentFile, type ContentDocument } from "../../src/format/content-file.ts";
import { documentKinds, type Block } from "../../src/format/schema.ts";
import { readIndexDocuments } from "../search-index/corpus.ts";
import { seededRandom, type Random } from "./seeded-random.ts";

/** Split a paragraph after sentence-final punctuation (the sentence keeps its mark). */
function sentences(text: string): string[] {
  return text.split(/(?<=[。！？；!?;])/u).filter((part) => part !== "");
}

/** A paragraph varied from the pool: as it is, its sentences shuffled, or two paragraphs spliced. */
function variedParagraph(pool: readonly string[], random: Random): string {
  const text = random.pick(pool);
  const roll = random.next();
  if (roll < 0.4) return text;
  if (roll < 0.7) return random.shuffle(sentences(text)).join("");
  const other = sentences(random.pick(pool));
  const own = sentences(text);
  return [...own.slice(0, Math.ceil(own.length / 2)), ...other.slice(Math.floor(other.length / 2))].join("");
}

/** ISO date `days` before 2026-12-31: every document gets its own day. */
function dateBefore(days: number): string {
  return new Date(Date.UTC(2026, 11, 31) - days * 86_400_000).toISOString().slice(0, 10);
}

/** N documents made from `real` (deterministic for a seed). */
export function syntheticDocuments(real: readonly ContentDocument[], count: number, seed: number): ContentDocument[] {
  const random = seededRandom(seed);
  const paragraphs = real.flatMap((doc) => doc.blocks.filter((b) => b.type === "paragraph").map((b) => b.text));
  const headings = real.flatMap((doc) => doc.blocks.filter((b) => b.type === "heading").map((b) => b.text));
  if (paragraphs.length === 0) throw new Error("the real corpus has no paragraphs");
  return Array.from({ length: count }, (_, i) => {
    const model = random.pick(real);
    const size = Math.max(1, Math.round(model.blocks.length * (0.5 + random.next())));
    const headingShare = model.blocks.filter((b) => b.type === "heading").length / model.blocks.length;
    let p = 0;
    let s = 0;
    const blocks: Block[] = Array.from({ length: size }, (): Block => {
      if (headings.length > 0 && random.next() < headingShare) {
        return { id: `s${++s}`, type: "heading", level: 2, text: random.pick(headings) };
      }
      return { id: `p${++p}`, type: "paragraph", text: variedParagraph(paragraphs, random) };
    });
    const file = `syn-${String(Math.floor(i / 6)).padStart(5, "0")}.txt`;
    const frontmatter: ContentDocument["frontmatter"] = {
      ...model.frontmatter,
      slug: `syn-${i + 1}`,
      title: `${model.frontmatter.title}（之${i + 1}）`,
      titleSupplied: false,
      kind: documentKinds[i % documentKinds.length] ?? "other",
      date: dateBefore(i),
      dateInferred: false,
      byline: model.frontmatter.byline,
      source: {
        file,
        sha256: createHash("sha256").update(file).digest("hex"),
        lines: [1, size * 3],
        encoding: "utf-8",
        ...(i % 2 === 0 ? { publication: "湖南日报", page: String((i % 6) + 1) } : {}),
      },
      order: i % 6,
      aliases: {},
      apparatus: [],
      // The model's source lines belong to its own blocks, not to these.
      blockLines: {},
    };
    delete frontmatter.dateNote;
    return { frontmatter, blocks };
  });
}

/** Write the documents as content files into `dir` (replaced whole). */
export function writeCorpus(docs: readonly ContentDocument[], dir: string): void {
  const staging = `${dir}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const doc of docs) writeFileSync(join(staging, `${doc.frontmatter.slug}.md`), writeContentFile(doc));
  writeFileSync(join(staging, "SYNTHETIC"), `${docs.length}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
}

/** The folder of a synthetic corpus, generated on first use and reused after (same content, same seed). */
export function syntheticCorpus(content: string, count: number, seed: number): string {
  const dir = join(tmpdir(), "xiangwen-bench", `corpus-${count}-seed${seed}`);
  const marker = join(dir, "SYNTHETIC");
  if (existsSync(marker) && readFileSync(marker, "utf8").trim() === String(count)) return dir;
  writeCorpus(syntheticDocuments(readIndexDocuments(content), count, seed), dir);
  return dir;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      documents: { type: "string", default: "1500" },
      seed: { type: "string", default: "1" },
      content: { type: "string", default: "content/texts" },
      out: { type: "string" },
    },
  });
  const docs = syntheticDocuments(readIndexDocuments(values.content), Number(values.documents), Number(values.seed));
  const out = resolve(values.out ?? join(tmpdir(), "xiangwen-bench", `corpus-${values.documents}-seed${values.seed}`));
  writeCorpus(docs, out);
  process.stderr.write(`wrote ${docs.length} documents to ${out}\n`);
}
