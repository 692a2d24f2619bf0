/** Read the documents the converter wrote last time: they are the registry of slugs and ids. */
import { ContentFormatError, readContentFile, type ContentDocument } from "../../src/format/content-file.ts";
import { ContentFolderError, readContentFolder } from "../../src/format/content-folder.ts";
import { ConvertError } from "./errors.ts";

/** A document of the previous conversion. */
export type PreviousDocument = ContentDocument;

/** The converter's error for a content file that does not follow the format. */
function convertError(file: string, error: ContentFormatError): ConvertError {
  return new ConvertError(file, error.reason, error.field ? `field ${error.field}` : undefined);
}

/** Parse one generated document file; errors name the file and the field. */
export function parseDocumentFile(name: string, text: string): PreviousDocument {
  try {
    return readContentFile(text);
  } catch (error) {
    if (!(error instanceof ContentFormatError)) throw error;
    throw convertError(name, error);
  }
}

/** Every document in the output folder (none when it does not exist yet). */
export function readPreviousContent(outDir: string): PreviousDocument[] {
  try {
    return readContentFolder(outDir);
  } catch (error) {
    if (error instanceof ContentFolderError) throw convertError(error.file, error.problem);
    throw error;
  }
}
