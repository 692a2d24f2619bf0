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

/** The string a reader types for the terms: quoted when a term has spaces or quote marks. */
export function queryText(terms: readonly string[]): string {
  return terms
    .map((term) => {
      if (!/[\s"“”「」『』]/u.test(term)) return term;
      const [open, close] = [
        ['"', '"'],
        ["“", "”"],
        ["「", "」"],
        ["『", "』"],
      ].find(([, c]) => !term.includes(c ?? "")) ?? ["", ""];
      return `${open}${term}${close}`;
    })
    .join(" ");
}

/**
 * How many index keys one query may read. A term is found from its keys — a character, or a pair of
 * characters: one per two characters, ⌈length / 2⌉ (grams.ts) — and each key costs the shard file
 * that holds it, about 10 KB gzipped at any size of edition, so the length of a query decides what
 * it reads, not the size of the edition. Measured on the synthetic edition of 1,500 documents
 * (docs/security.md): passages of 12 characters (6 keys) read 72 KB (median of 200; 98 KB at the
 * 95th percentile, 108 KB the most), of 16 characters 94 KB, of 24 characters 139 KB. Six keys keep
 * a query near 100 KB: one term of up to 12 characters — 293 of the edition's 327 annotated terms,
 * names and bodies, and 33 of the 34 longer ones find the same blocks by their first twelve — or
 * up to six words of two characters.
 */
export const maxQueryKeys = 6;

/** What the reader is told when a query was cut to `searched` (the search page and `npm run search`). */
export function shortenedNotice(searched: string): string {
  return `检索词过长，只查找了“${searched}”（一次最多查找 ${maxQueryKeys * 2} 个字）。`;
}

/** A query's terms within `maxQueryKeys`, and whether anything was left out. */
export interface BoundedQuery {
  terms: string[];
  shortened: boolean;
}

/** Keys a term of `units` UTF-16 units needs: one per unit pair (grams.ts covers a term so). */
const keysOf = (units: number): number => Math.ceil(units / 2);

/**
 * The terms in order while their keys fit: the term that does not fit is cut to the characters that
 * do (never half of a surrogate pair), and the rest are left out.
 */
export function boundTerms(terms: readonly string[]): BoundedQuery {
  const kept: string[] = [];
  let room = maxQueryKeys;
  for (const term of terms) {
    if (keysOf(term.length) <= room) {
      kept.push(term);
      room -= keysOf(term.length);
      continue;
    }
    let cut = "";
    for (const ch of term) {
      if (keysOf(cut.length + ch.length) > room) break;
      cut += ch;
    }
    if (cut.trim() !== "") kept.push(cut);
    break;
  }
  return { terms: kept, shortened: kept.length < terms.length || kept.some((term, i) => term !== terms[i]) };
}
