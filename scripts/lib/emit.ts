/** Write a document as `content/texts/<slug>.md`, through the edition's content-file writer. */
import { ContentFormatError, writeContentFile } from "../../src/format/content-file.ts";
import type { Block, DocumentFrontmatter } from "../../src/format/schema.ts";
import { ConvertError } from "./errors.ts";

/** Validate against the shared schema and serialise; throws naming the document and the field. */
export function emitDocument(frontmatter: DocumentFrontmatter, blocks: readonly Block[]): string {
  try {
    return writeContentFile({ frontmatter, blocks: [...blocks] });
  } catch (error) {
    if (!(error instanceof ContentFormatError)) throw error;
    const where = error.field ? `field ${error.field}` : undefined;
    throw new ConvertError(frontmatter.source.file, `document “${frontmatter.title}”: ${error.reason}`, where);
  }
}
