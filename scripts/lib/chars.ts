/** Character classes and the em-width measure of a printed line. */

/** A Han character (CJK ideograph). */
export const hanPattern = /\p{Script=Han}/u;
/** Chinese punctuation, including the curly quotes and dashes Chinese text uses. */
export const cjkPunctPattern = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’—…·•■▲]/u;
/** Marks after which a paragraph may end. */
export const closingPunctPattern = /[。！？；：…”’）」』》!?;:)]$/u;
/** Marks that end a sentence (not a clause). */
export const sentenceEndPattern = /[。！？!?…][”’）」』]?$/u;

/**
 * The characters of the Basic Multilingual Plane that match `pattern`, a byte each: looking a
 * character up is several times faster than running a Unicode-property regular expression on it,
 * which the converter does for every character of every line (measured at 5,000 sources: the Han
 * tests of the em width and the headline overlap, 3.4 of a thread's 39 s).
 */
export function bmpTable(pattern: RegExp): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) if (pattern.test(String.fromCharCode(code))) table[code] = 1;
  return table;
}

let hanTable: Uint8Array | undefined;

/** True when the code point `code` is Han: exactly what `hanPattern` says of it, faster. */
export function isHanCode(code: number): boolean {
  if (code >= 0x10000) return hanPattern.test(String.fromCodePoint(code));
  hanTable ??= bmpTable(hanPattern);
  return hanTable[code] === 1;
}

/** True for one Han character (one code point, as `for … of` yields them). */
export function isHan(ch: string): boolean {
  return isHanCode(ch.codePointAt(0) ?? -1);
}

/** True for one Han character or one Chinese punctuation mark. */
export function isCjk(ch: string): boolean {
  return isHan(ch) || cjkPunctPattern.test(ch);
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
    width += isHan(ch) || ch === "—" || ch === "…" ? 1 : 0.5;
  }
  return width;
}
