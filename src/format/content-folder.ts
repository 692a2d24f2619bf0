/**
 * The content folder (`content/texts/`): its document files in a stable order, and all of them
 * read at once. Node only. Errors name the file.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ContentFormatError, readContentFile, type ContentDocument } from "./content-file.ts";

/** The content folder the site is built from: `XIANGWEN_CONTENT_DIR` (tests, benches), else content/texts. */
export function contentDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  return env["XIANGWEN_CONTENT_DIR"] || "content/texts";
}

/** The `.md` files of a content folder, sorted (none when it does not exist). */
export function contentFileNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort();
}

/** A content file that does not follow the format, named. */
export class ContentFolderError extends Error {
  readonly file: string;
  readonly problem: ContentFormatError;
  constructor(file: string, problem: ContentFormatError) {
    super(`${file}: ${problem.message}`, { cause: problem });
    this.name = "ContentFolderError";
    this.file = file;
    this.problem = problem;
  }
}

/** Every document of a content folder, in file-name order. */
export function readContentFolder(dir: string): ContentDocument[] {
  return contentFileNames(dir).map((name) => {
    const path = join(dir, name);
    try {
      return readContentFile(readFileSync(path, "utf8"));
    } catch (error) {
      if (error instanceof ContentFormatError) throw new ContentFolderError(path, error);
      throw error;
    }
  });
}
