/**
 * How the edition compares text when it searches: Unicode NFC, and Latin case folding that keeps
 * every UTF-16 offset, so a position found in folded text is the same position in the text the
 * reader sees. Shared by the search index, the query, the excerpts and the text page's highlight
 * of a search hit (which must mark exactly what matched). No dependencies.
 */

/** Lower-case a string without changing its length: a character whose lower case is longer stays. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let folded = "";
  for (const ch of text) {
    const low = ch.toLowerCase();
    folded += low.length === ch.length ? low : ch;
  }
  return folded;
}

/** How a block's text is indexed and a query term is looked up: NFC, then length-keeping case folding. */
export function foldText(text: string): string {
  return foldCase(text.normalize("NFC"));
}
