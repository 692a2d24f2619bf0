/** A whole TEI P5 file of one document (`data/tei/<slug>.xml`): header and text, valid against tei_all. */
import type { Block, DocumentFrontmatter } from "../../format/schema.ts";
import type { ExportContext } from "../context.ts";
import { el, xmlDocument } from "../xml.ts";
import { teiText } from "./body.ts";
import { teiHeader } from "./header.ts";

/** Elements with element-only content, indented one child a line for readers of the file. */
const containers = new Set([
  "TEI",
  "teiHeader",
  "fileDesc",
  "titleStmt",
  "respStmt",
  "editionStmt",
  "publicationStmt",
  "sourceDesc",
  "bibl",
  "encodingDesc",
  "projectDesc",
  "editorialDecl",
  "normalization",
  "segmentation",
  "interpretation",
  "correction",
  "profileDesc",
  "langUsage",
  "settingDesc",
  "setting",
  "textClass",
  "keywords",
  "text",
  "body",
  "back",
  "div",
  "opener",
]);

/** Render the TEI file of a document. */
export function renderTei(doc: DocumentFrontmatter, blocks: readonly Block[], context: ExportContext): string {
  const tei = el(
    "TEI",
    { xmlns: "http://www.tei-c.org/ns/1.0", "xml:lang": "zh-CN" },
    teiHeader(doc, context),
    teiText(doc, blocks),
  );
  return xmlDocument(tei, { containers });
}
