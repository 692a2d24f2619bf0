/**
 * The content file `content/texts/<slug>.md`: YAML frontmatter validated by the document schema,
 * then the Markdown body (body.ts). The writer takes its fields and their order from the schema
 * itself, so a field added to the schema is written without touching this file; the reader is
 * its exact inverse. Used by the converter (write, and read the previous run), tests and tools.
 */
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { Document, isScalar, visit } from "yaml";
import type { z } from "astro/zod";
import { blocksToMarkdown, markdownToBlocks } from "./body.ts";
import { documentSchema, type Block, type DocumentFrontmatter } from "./schema.ts";

/** A document as its file holds it. */
export interface ContentDocument {
  frontmatter: DocumentFrontmatter;
  blocks: Block[];
}

/** A content file that does not follow the format; `field` names the frontmatter path. */
export class ContentFormatError extends Error {
  readonly reason: string;
  readonly field: string | undefined;
  constructor(reason: string, field?: string) {
    super(field ? `field ${field}: ${reason}` : reason);
    this.name = "ContentFormatError";
    this.reason = reason;
    this.field = field;
  }
}

/** The schema under optional/nullable/default wrappers. */
function unwrapped(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner.type === "optional" || inner.type === "nullable" || inner.type === "default") {
    inner = (inner.def as unknown as { innerType: z.ZodType }).innerType;
  }
  return inner;
}

/**
 * A copy of `value` whose object keys follow the schema's field order (nested objects and arrays
 * too); keys the schema does not know are kept after the known ones, so nothing is dropped.
 */
export function orderedBySchema(value: unknown, schema: z.ZodType): unknown {
  const inner = unwrapped(schema);
  if (Array.isArray(value) && inner.type === "array") {
    const element = (inner as unknown as z.ZodArray<z.ZodType>).element;
    return value.map((item) => orderedBySchema(item, element));
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if (inner.type !== "object") return { ...record };
  const shape = (inner as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
  const ordered: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    if (record[key] !== undefined) ordered[key] = orderedBySchema(record[key], field);
  }
  for (const [key, field] of Object.entries(record)) if (!(key in ordered) && field !== undefined) ordered[key] = field;
  return ordered;
}

/** Validate the frontmatter; the error names the first offending field. */
export function checkFrontmatter(frontmatter: unknown): DocumentFrontmatter {
  const checked = documentSchema.safeParse(frontmatter);
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0];
  throw new ContentFormatError(issue?.message ?? "invalid frontmatter", issue?.path.join(".") || "(root)");
}

/** Write a document file: validated frontmatter in schema order, then the body. */
export function writeContentFile(document: ContentDocument): string {
  const frontmatter = orderedBySchema(checkFrontmatter(document.frontmatter), documentSchema);
  // Every string quoted: YAML would otherwise read `2021-04-22` as a date and `no` as false.
  const yaml = new Document(frontmatter);
  // Line ranges ([first, last]) on one line each: `p1: [502, 508]`.
  visit(yaml, {
    Seq(_key, node) {
      if (node.items.every((item) => isScalar(item) && typeof item.value === "number")) node.flow = true;
    },
  });
  const text = yaml.toString({
    defaultStringType: "QUOTE_DOUBLE",
    defaultKeyType: "PLAIN",
    lineWidth: 0,
    flowCollectionPadding: false,
  });
  return `---\n${text}---\n\n${blocksToMarkdown(document.blocks)}`;
}

/** Split a file into its frontmatter text and body. */
export function splitContentFile(text: string): { yaml: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new ContentFormatError("has no YAML frontmatter between --- lines");
  return { yaml: match[1] ?? "", body: match[2] ?? "" };
}

/**
 * The frontmatter's YAML as data, by js-yaml (the parser Astro's loader reads the same files with)
 * under YAML 1.2's core schema, as `yaml` reads it: an unquoted date stays a string, as the schema
 * wants it. The same data as `yaml`'s parser, which writes the files (compared over every file of
 * the edition and of a synthetic one of 15,000 documents), in a ninth of the time (measured: 41
 * against 365 µs a document; the exports and the search index each read every document).
 */
function parseFrontmatterYaml(yaml: string): unknown {
  try {
    return loadYaml(yaml, { schema: CORE_SCHEMA });
  } catch (error) {
    throw new ContentFormatError(`frontmatter is not valid YAML: ${(error as Error).message}`);
  }
}

/** Read a document file (the inverse of `writeContentFile`). */
export function readContentFile(text: string): ContentDocument {
  const { yaml, body } = splitContentFile(text);
  const frontmatter = checkFrontmatter(parseFrontmatterYaml(yaml));
  try {
    return { frontmatter, blocks: markdownToBlocks(body) };
  } catch (error) {
    throw new ContentFormatError((error as Error).message);
  }
}
