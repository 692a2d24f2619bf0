/** Read the documents the converter wrote last time: they are the registry of slugs and ids. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ContentFormatError, readContentFile, type ContentDocument } from "../../src/format/content-file.ts";
import { ConvertError } from "./errors.ts";

/** A document of the previous conversion. */
export type PreviousDocument = ContentDocument;

/** Parse one generated document file; errors name the file and the field. */
export function parseDocumentFile(name: string, text: string): PreviousDocument {
  try {
    return readContentFile(text);
  } catch (error) {
    if (!(error instanceof ContentFormatError)) throw error;
    throw new ConvertError(name, error.reason, error.field ? `field ${error.field}` : undefined);
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
