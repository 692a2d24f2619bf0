/**
 * The plain-text export of a document (`data/txt/<slug>.txt`, UTF-8, LF): the title block, then
 * one block a paragraph with its margin number (`¶12 …`, `§2 二、…`), then the source and the
 * apparatus in numbers. A supplied title is set in 〔 〕 and says so, as on the page.
 */
import { marginLabel } from "../format/block-id.ts";
import type { Block, DocumentFrontmatter } from "../format/schema.ts";
import { displayTitle, formatDate } from "../lib/labels.ts";
import { apparatusSummaryLine } from "../lib/apparatus.ts";
import { editionName, pageUrl, type ExportContext } from "./context.ts";
import { sourceFacts, titleFacts } from "./title-facts.ts";

/** Render the plain text of a document. */
export function renderPlainText(doc: DocumentFrontmatter, blocks: readonly Block[], context: ExportContext): string {
  const head = [
    doc.kicker,
    displayTitle(doc),
    doc.titleSupplied ? "（标题为编者所拟）" : undefined,
    doc.subtitle,
    doc.dateline,
  ].filter((line): line is string => Boolean(line));
  const facts = titleFacts(doc).map((fact) => `${fact.label}：${fact.value}`);
  const body = blocks.map((block) => `${marginLabel(block.id)} ${block.text}`);
  const aliases = Object.entries(doc.aliases).map(([oldId, id]) => `${marginLabel(oldId)} → ${marginLabel(id)}`);
  const source = [
    "——",
    ...sourceFacts(doc).map((fact) => `${fact.label}：${fact.value}`),
    `校勘：${apparatusSummaryLine(doc.apparatus)}`,
    ...(aliases.length ? [`旧编号：${aliases.join("，")}`] : []),
    `网页：${pageUrl(context, doc.slug)}`,
    `${editionName}，${formatDate(context.buildDate)}生成`,
  ];
  return `${[head.join("\n"), facts.join("\n"), ...body, source.join("\n")].join("\n\n")}\n`;
}
