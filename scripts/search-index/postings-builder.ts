/**
 * Build the positional postings of every key (each character and each bigram of every block),
 * streaming document by document in reading order, so memory holds only the encoded bytes.
 */
import type { ContentDocument } from "../../src/format/content-file.ts";
import { foldText } from "../../src/format/fold.ts";
import { blockGrams } from "../../src/search/grams.ts";
import { PostingsWriter } from "../../src/search/postings.ts";

/** Postings of every key, plus the set of characters (code points) the corpus contains. */
export interface CorpusPostings {
  postings: Map<string, Uint8Array>;
  characters: Set<string>;
  blocks: number;
}

/** Encode the postings of every key of the documents (numbered in the given order). */
export function buildPostings(docs: readonly ContentDocument[]): CorpusPostings {
  const writers = new Map<string, PostingsWriter>();
  const characters = new Set<string>();
  let blocks = 0;
  docs.forEach((doc, docNumber) => {
    doc.blocks.forEach((block, blockIndex) => {
      const text = foldText(block.text);
      for (const ch of text) characters.add(ch);
      for (const [gram, positions] of blockGrams(text)) {
        let writer = writers.get(gram);
        if (!writer) writers.set(gram, (writer = new PostingsWriter()));
        writer.add(docNumber, blockIndex, positions);
      }
      blocks++;
    });
  });
  const postings = new Map<string, Uint8Array>();
  for (const [gram, writer] of writers) postings.set(gram, writer.finish());
  return { postings, characters, blocks };
}
