/**
 * The editorial apparatus for readers: the Chinese name of each kind of intervention, entries
 * grouped by block, and the counts by kind that the page's 校勘说明, the TEI header, the EPUB and
 * the plain text all print.
 */
import { apparatusKinds, type ApparatusEntry, type ApparatusKind } from "../format/schema.ts";

/** Chinese name of each kind of editorial change. */
export const apparatusLabels: Record<ApparatusKind, string> = {
  reflow: "拼行",
  space: "去空格",
  artefact: "删除杂项",
  dedupe: "去重字",
  join: "接段",
  heading: "标题识别",
  markup: "去标记",
  metadata: "移入题录",
  supplied: "编者补",
  break: "分段",
  emendation: "校改",
  query: "存疑",
};

/** Entries grouped by block id in order of first appearance; the title block (null) first. */
export function groupApparatus(entries: readonly ApparatusEntry[]): [string | null, ApparatusEntry[]][] {
  const groups = new Map<string | null, ApparatusEntry[]>();
  for (const entry of entries) groups.set(entry.block, [...(groups.get(entry.block) ?? []), entry]);
  return [...groups].sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : 0));
}

/** One line of the summary. */
export interface ApparatusCount {
  kind: ApparatusKind;
  /** The Chinese name of the kind (拼行, 去空格 …). */
  label: string;
  count: number;
}

/** Counts of the kinds that occur, in the schema's order. */
export function summariseApparatus(entries: readonly ApparatusEntry[]): ApparatusCount[] {
  const counts = new Map<ApparatusKind, number>();
  for (const entry of entries) counts.set(entry.kind, (counts.get(entry.kind) ?? 0) + 1);
  return apparatusKinds
    .filter((kind) => counts.has(kind))
    .map((kind) => ({ kind, label: apparatusLabels[kind], count: counts.get(kind) ?? 0 }));
}

/** The summary as one line of text: `拼行 3，去空格 2`; `无` when there is nothing. */
export function apparatusSummaryLine(entries: readonly ApparatusEntry[]): string {
  const counts = summariseApparatus(entries);
  return counts.length ? counts.map((c) => `${c.label} ${c.count}`).join("，") : "无";
}
