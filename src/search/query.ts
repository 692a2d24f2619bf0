/**
 * Query syntax: words separated by spaces must all occur in a block (AND); a quoted string
 * ("…", “…”, 「…」 or 『…』) is one exact phrase with its spaces kept. Anything else — Latin,
 * digits, punctuation, mixed strings like 2030年, G9695, 4×4, 1-5月 — is matched literally.
 */
import { foldText } from "../format/fold.ts";

const closing: Record<string, string> = { '"': '"', "“": "”", "「": "」", "『": "』" };

/** The terms of a query (NFC), each an exact string; duplicates (after folding) are dropped. */
export function parseQuery(query: string): string[] {
  const terms: string[] = [];
  const text = query.normalize("NFC");
  let word = "";
  const flush = (): void => {
    if (word.trim() !== "") terms.push(word);
    word = "";
  };
  for (let at = 0; at < text.length; at++) {
    const ch = text.charAt(at);
    const close = closing[ch];
    if (close !== undefined) {
      flush();
      const end = text.indexOf(close, at + 1);
      word = text.slice(at + 1, end === -1 ? text.length : end);
      flush();
      at = end === -1 ? text.length : end;
    } else if (/\s/u.test(ch)) flush();
    else word += ch;
  }
  flush();
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = foldText(term);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** True when a term needs the traditional→simplified table (it has a Han character). */
export function hasHan(term: string): boolean {
  return /\p{Script=Han}/u.test(term);
}
