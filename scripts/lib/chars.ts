/** Character classes and the em-width measure of a printed line. */

/** A Han character (CJK ideograph). */
export const hanPattern = /\p{Script=Han}/u;
/** Chinese punctuation, including the curly quotes and dashes Chinese text uses. */
export const cjkPunctPattern = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’—…·•■▲]/u;
/** Marks after which a paragraph may end. */
export const closingPunctPattern = /[。！？；：…”’）」』》!?;:)]$/u;
/** Marks that end a sentence (not a clause). */
export const sentenceEndPattern = /[。！？!?…][”’）」』]?$/u;

/** True for one Han character or one Chinese punctuation mark. */
export function isCjk(ch: string): boolean {
  return hanPattern.test(ch) || cjkPunctPattern.test(ch);
}

/**
 * Width of a line in em as the newspaper printed it: a Han character is 1 em; punctuation (which
 * newspapers compress) and ASCII are about half an em, but a dash — and an ellipsis … are a full em; spaces are
 * justification, not text.
 * Measured on the sources: full lines of one column agree within ±1 em under this measure.
 */
export function emWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch === " " || ch === "\t" || ch === "\u3000") continue;
    width += hanPattern.test(ch) || ch === "—" || ch === "…" ? 1 : 0.5;
  }
  return width;
}
