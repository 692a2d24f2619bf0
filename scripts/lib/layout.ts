/** Tell PDF column text (short printed lines) from one-paragraph-per-line text. */
import { emWidth } from "./chars.ts";
import type { Layout, SourceLine } from "./types.ts";

/** Column text has printed lines of about 20 em; paragraphs on one line run to hundreds. */
export function detectLayout(lines: ReadonlyArray<SourceLine | null>): Layout {
  const widths = lines.filter((l): l is SourceLine => l !== null && l.text.trim() !== "").map((l) => emWidth(l.text));
  widths.sort((a, b) => a - b);
  const median = widths[Math.floor(widths.length / 2)] ?? 0;
  return widths.length >= 8 && median <= 30 ? "column" : "long-line";
}
