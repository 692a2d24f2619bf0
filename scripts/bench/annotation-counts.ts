/**
 * `npm run bench:annotations -- [--content DIR]`: what the annotated edition holds, counted with
 * the site's own code (the concordance and the shared-passage finder the pages use): entries per
 * kind, occurrences in the reading text and in bylines, the links the linking plugin makes (the
 * first mention of each entry per block, its default), and the shared passages (相同表述).
 */
import { parseArgs } from "node:util";
import { readAnnotations } from "../../src/format/annotation-files.ts";
import { allAnnotations } from "../../src/format/annotations.ts";
import { readContentFolder } from "../../src/format/content-folder.ts";
import { buildConcordance } from "../../src/lib/concordance.ts";
import { findSharedPassages } from "../../src/lib/shared-passages.ts";

const { values } = parseArgs({ options: { content: { type: "string", default: "content" } } });
const contentDir = values.content;
const documents = readContentFolder(`${contentDir}/texts`);
const annotations = readAnnotations(contentDir);
const entries = allAnnotations(annotations);

const concordance = buildConcordance(
  documents.map((d) => ({ frontmatter: d.frontmatter, blocks: d.blocks })),
  entries,
);
const occurrences = [...concordance.values()].flat();
const inText = occurrences.filter((o) => o.block !== null);
const linked = new Set(
  [...concordance].flatMap(([key, list]) => list.filter((o) => o.block).map((o) => `${key} ${o.slug}#${o.block}`)),
);
const unused = entries.filter((e) => !concordance.has(`${e.kind}/${e.id}`));

const shared = findSharedPassages(documents.map((d) => ({ slug: d.frontmatter.slug, blocks: d.blocks })));
const passages = [...shared.values()].flat();
const formulations = new Set(passages.map((p) => p.text));

console.log(`documents                      ${documents.length}`);
console.log(
  `entries                        ${annotations.term.length} terms, ${annotations.person.length} people, ${annotations.body.length} bodies`,
);
console.log(
  `entries never found            ${unused.length}${unused.length ? `: ${unused.map((e) => e.id).join(", ")}` : ""}`,
);
console.log(`occurrences in the text        ${inText.length}`);
console.log(`occurrences in bylines         ${occurrences.length - inText.length}`);
console.log(`links made (first per block)   ${linked.size}`);
console.log(`blocks with a shared passage   ${shared.size}`);
console.log(`shared passages                ${passages.length} marked, ${formulations.size} distinct formulations`);
