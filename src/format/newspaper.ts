/**
 * Whether a text is cited as printed in a newspaper. The converter dates such a text by the
 * newspaper's issue date (never a dispatch's), the pages label that date 出版日期, and the
 * citations make it a newspaper article: one rule for all three.
 */

/** What the rule reads: the sidecar's publication and the text's own issuing body. */
export interface PrintedIn {
  source: { publication?: string | undefined };
  issuer?: string | undefined;
}

/** True when the sidecar names a publication that is not the text's own issuing body. */
export function isNewspaperText(doc: PrintedIn): boolean {
  const publication = doc.source.publication;
  return publication !== undefined && publication !== doc.issuer;
}
