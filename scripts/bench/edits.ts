/** Editors' changes to a list of paragraphs, for id-stability tests and the benchmark. */

export type Edit =
  | { op: "edit"; at: number; pos: number; ch: string }
  | { op: "split"; at: number; pos: number }
  | { op: "merge"; at: number }
  | { op: "insert"; at: number; text: string }
  | { op: "delete"; at: number };

/** Apply edits to a list of paragraph texts; positions wrap around, impossible edits are skipped. */
export function applyEdits(texts: readonly string[], edits: readonly Edit[]): string[] {
  const out = [...texts];
  for (const e of edits) {
    if (out.length === 0) out.push("新增段落文字示例内容。");
    const k = e.at % out.length;
    const text = out[k] ?? "";
    if (e.op === "edit") {
      const pos = e.pos % Math.max(1, text.length - 1);
      out[k] = text.slice(0, pos) + e.ch + text.slice(pos + 1);
    } else if (e.op === "split" && text.length > 8) {
      const pos = 4 + (e.pos % (text.length - 8));
      out.splice(k, 1, text.slice(0, pos), text.slice(pos));
    } else if (e.op === "merge" && k + 1 < out.length) {
      out.splice(k, 2, text + (out[k + 1] ?? ""));
    } else if (e.op === "insert") {
      out.splice(k + 1, 0, e.text);
    } else if (e.op === "delete" && out.length > 1) {
      out.splice(k, 1);
    }
  }
  return out;
}
