/**
 * Traditional → simplified folding of query terms through OpenCC: opencc-js's own converter
 * (trie, longest match) over OpenCC's t2s dictionaries (TSPhrases + TSCharacters). The index ships
 * those dictionaries restricted to entries that can matter for its corpus (scripts/search-index/
 * fold-table.ts), 7.7 KB gzipped for this edition instead of the 52 KB of opencc-js's t2cn bundle.
 */
import { ConverterFactory } from "opencc-js/core";
import { foldText } from "../format/fold.ts";

/** OpenCC dictionaries in opencc-js's serialised form, `"source target|source target"`. */
export interface FoldTable {
  phrases: string;
  characters: string;
}

/** A converter from traditional to simplified characters over a fold table. */
export function simplifier(table: FoldTable): (text: string) => string {
  const dicts = [table.phrases, table.characters].filter((dict) => dict !== "");
  if (dicts.length === 0) return (text) => text;
  return ConverterFactory([dicts]);
}

/** The folded strings a term may match: as typed, and its simplified form when that differs. */
export function termVariants(term: string, simplify?: (text: string) => string): string[] {
  const typed = foldText(term);
  if (!simplify) return [typed];
  const simplified = foldText(simplify(term.normalize("NFC")));
  return simplified === typed ? [typed] : [typed, simplified];
}
