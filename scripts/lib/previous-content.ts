/** Read the documents the converter wrote last time: they are the registry of slugs and ids. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { markdownToBlocks } from "../../src/lib/block-markdown.ts";
import { documentSchema, type Block, type DocumentFrontmatter } from "../../src/schema.ts";
import { ConvertError } from "./errors.ts";

export interface PreviousDocument {
  frontmatter: DocumentFrontmatter;
  blocks: Block[];
  /** The Markdown body as written. */
  body: string;
}

/** Parse one generated document file. */
export function parseDocumentFile(name: string, text: string): PreviousDocument {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new ConvertError(name, "has no YAML frontmatter between --- lines");
  const checked = documentSchema.safeParse(parse(match[1] ?? ""));
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ConvertError(name, issue?.message ?? "invalid frontmatter", `field ${issue?.path.join(".")}`);
  }
  try {
    const body = match[2] ?? "";
    return { frontmatter: checked.data, blocks: markdownToBlocks(body), body };
  } catch (error) {
    throw new ConvertError(name, (error as Error).message);
  }
}

/** Every document in the output folder (none when it does not exist yet). */
export function readPreviousContent(outDir: string): PreviousDocument[] {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => parseDocumentFile(join(outDir, name), readFileSync(join(outDir, name), "utf8")));
}
