/** Text similarity of blocks, on character bigrams (Chinese has no spaces to split words on). */

function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(/\s+/gu, "")];
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = `${chars[i]}${chars[i + 1]}`;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  if (chars.length === 1) grams.set(chars[0] ?? "", 1);
  return grams;
}

function shared(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [gram, count] of a) n += Math.min(count, b.get(gram) ?? 0);
  return n;
}

const size = (grams: Map<string, number>) => [...grams.values()].reduce((s, n) => s + n, 0);

/** Dice coefficient (0–1) of two texts' bigram multisets. */
export function similarity(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  const total = size(ga) + size(gb);
  return total === 0 ? (a === b ? 1 : 0) : (2 * shared(ga, gb)) / total;
}

/** Share (0–1) of `part`'s bigrams that occur in `whole`. */
export function containment(part: string, whole: string): number {
  const gp = bigrams(part);
  const n = size(gp);
  return n === 0 ? 0 : shared(gp, bigrams(whole)) / n;
}
