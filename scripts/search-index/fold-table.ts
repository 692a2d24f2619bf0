/**
 * The traditional→simplified table shipped with the index: OpenCC's t2s dictionaries from
 * opencc-js (TSPhrases, TSCharacters — what `Converter({ from: "t", to: "cn" })` uses), restricted
 * to entries that can change a search result for this corpus. All 477 phrase entries are kept
 * (they decide the segmentation). A character entry X → Y is left out only when neither X nor Y
 * occurs in the corpus: a term then contains a character the corpus lacks whichever form it takes,
 * so it matches nothing either way. For the edition's 1,515 distinct characters this keeps 693 of
 * 3,512 character entries: 7.7 KB gzipped with the phrases, against 52 KB for opencc-js's t2cn
 * bundle (which a query would otherwise load whole).
 */
import * as Locale from "opencc-js/preset/t2cn";
import type { FoldTable } from "../../src/search/simplify.ts";

/** OpenCC's t2s dictionaries (phrases, characters), as opencc-js serialises them. */
function t2sDictionaries(): { phrases: string; characters: string } {
  const [group] = Locale.to["cn"] ?? [];
  const [phrases, characters] = group ?? [];
  if (typeof phrases !== "string" || typeof characters !== "string") {
    throw new Error("opencc-js: unexpected t2cn preset layout (expected [[TSPhrases, TSCharacters]])");
  }
  return { phrases, characters };
}

/** True when every character of `text` occurs in the corpus. */
function inCorpus(text: string, corpus: ReadonlySet<string>): boolean {
  return [...text].every((ch) => corpus.has(ch));
}

/** The fold table for a corpus whose characters (code points) are `corpus`. */
export function buildFoldTable(corpus: ReadonlySet<string>): FoldTable {
  const { phrases, characters } = t2sDictionaries();
  const kept = characters.split("|").filter((entry) => {
    const [source = "", target = ""] = entry.split(" ");
    return corpus.has(source) || inCorpus(target, corpus);
  });
  return { phrases, characters: kept.join("|") };
}
