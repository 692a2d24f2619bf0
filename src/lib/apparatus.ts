/** Display helpers for the editorial apparatus (labels and grouping by block). */
import type { ApparatusEntry, ApparatusKind } from "../format/schema.ts";

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
};

/** Entries grouped by block id in order of first appearance; the title block (null) first. */
export function groupApparatus(entries: readonly ApparatusEntry[]): [string | null, ApparatusEntry[]][] {
  const groups = new Map<string | null, ApparatusEntry[]>();
  for (const entry of entries) groups.set(entry.block, [...(groups.get(entry.block) ?? []), entry]);
  return [...groups].sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : 0));
}
