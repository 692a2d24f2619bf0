/** How much of a headline's wording recurs in a body: the share of its Han bigrams found there. */
import { isHan } from "./chars.ts";

function hanBigrams(text: string): string[] {
  const han: string[] = [];
  for (const ch of text) if (isHan(ch)) han.push(ch);
  const grams: string[] = [];
  for (let i = 0; i + 1 < han.length; i++) grams.push(`${han[i]}${han[i + 1]}`);
  return grams;
}

/** The Han bigrams of a body, for `headlineOverlap`: made once for a body that many headlines try. */
export function bodyBigrams(body: string): ReadonlySet<string> {
  return new Set(hanBigrams(body));
}

/** Share (0–1) of the headline's Han bigrams that occur in the body (its `bodyBigrams`). */
export function headlineOverlap(headline: string, body: ReadonlySet<string>): number {
  const grams = hanBigrams(headline);
  if (grams.length === 0) return 0;
  return grams.filter((g) => body.has(g)).length / grams.length;
}
