/** How much of a headline's wording recurs in a body: the share of its Han bigrams found there. */

function hanBigrams(text: string): string[] {
  const han = [...text].filter((ch) => /\p{Script=Han}/u.test(ch));
  const grams: string[] = [];
  for (let i = 0; i + 1 < han.length; i++) grams.push(`${han[i]}${han[i + 1]}`);
  return grams;
}

/** Share (0–1) of the headline's Han bigrams that occur in the body. */
export function headlineOverlap(headline: string, body: string): number {
  const grams = hanBigrams(headline);
  if (grams.length === 0) return 0;
  const bodyGrams = new Set(hanBigrams(body));
  return grams.filter((g) => bodyGrams.has(g)).length / grams.length;
}
