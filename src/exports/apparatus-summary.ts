/**
 * The apparatus in numbers: how many editorial interventions of each kind a document has, in
 * the schema's order of kinds. The TEI header, the EPUB's source section and the plain text's
 * footer all print this one summary.
 */
import { apparatusKinds, type ApparatusEntry, type ApparatusKind } from "../format/schema.ts";
import { apparatusLabels } from "../lib/apparatus.ts";

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
