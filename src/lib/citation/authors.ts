/**
 * Who a document is cited under. People in the byline are authors (a speaker, a reporter and
 * a correspondent alike); for resolutions and communiqués the issuing body is the author, and
 * any other document without a byline falls back to its issuing body, so that no citation
 * starts with a bare title when the text names who issued it.
 */
import type { DocumentFrontmatter } from "../../format/schema.ts";
import { splitChineseName, type CslName } from "./names.ts";

/** Kinds whose author is the issuing body, whatever the byline says. */
const issuedByBody: ReadonlySet<DocumentFrontmatter["kind"]> = new Set(["resolution", "communique"]);

/** The CSL authors of a document, in byline order, without duplicates. */
export function authorsOf(doc: DocumentFrontmatter): CslName[] {
  const body: CslName[] = doc.issuer ? [{ literal: doc.issuer }] : [];
  if (issuedByBody.has(doc.kind) && body.length > 0) return body;
  const seen = new Set<string>();
  const people: CslName[] = [];
  for (const entry of doc.byline) {
    const name = entry.name.trim();
    if (!name || seen.has(name)) continue;
    seen.add(name);
    people.push(splitChineseName(name));
  }
  return people.length > 0 ? people : body;
}
