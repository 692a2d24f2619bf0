/**
 * Paragraph breaks supplied where a text was glued together (a copied web page, an export without
 * line breaks): a printed line is cut only at cues a reader trusts, never elsewhere, and every
 * character stays in one of the pieces. Each piece after the first carries the cue that cut it,
 * which becomes an apparatus entry.
 */
import type { SourceLine } from "./types.ts";
import { breakSupplied } from "./notes.ts";

/** A cue: where in a line a new paragraph (or title-block line) begins. */
interface Cue {
  /** Why the break was supplied, for the apparatus. */
  reason: string;
  /** Positions (character offsets) where a piece begins. */
  cuts(text: string): number[];
}

const enumerator =
  "(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d{1,2}[.．](?!\\d)|第[一二三四五六七八九十百零〇\\d]+条)";
const fullDate = "\\d{4}年\\d{1,2}月\\d{1,2}日";
/** Labels of a member list (`组长：某某 副组长：某某 成员：…`). */
const listLabel = /(?<!副)(?:副组长|组长|副主任|主任|秘书长|成员|联络员)[：:]/gu;

/** Offsets of every match of a global pattern (its start, or the offsets `at` picks in the match). */
function offsets(pattern: RegExp, text: string, at: (match: RegExpExecArray) => number[] = (m) => [m.index]): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(pattern)) found.push(...at(match));
  return found;
}

/** The cues, in the order a reader would name them. */
export const breakCues: readonly Cue[] = [
  {
    reason: "句末后接序号（一、 （一） 1. 第X条）",
    cuts: (text) =>
      offsets(new RegExp(`(?<=[。！？；：!?;:])\\s*(?=${enumerator})`, "gu"), text, (m) => [m.index + m[0].length]),
  },
  {
    reason: "部分标题与其第一节连排（二、重点任务（一）…）",
    cuts: (text) =>
      offsets(/(?<=^|[。！？；：])[一二三四五六七八九十]+、[^。！？；：，（）]{2,30}(?=（一）)/gu, text, (m) => [
        m.index + m[0].length,
      ]),
  },
  {
    reason: "标题后接副题或日期行",
    cuts: (text) => {
      const head = new RegExp(
        `^([^。！？]{2,60}?)(——[^。！？（]{2,40}?)?(（[^（）]{0,40}${fullDate}[^（）]{0,40}）)`,
        "u",
      ).exec(text);
      if (!head) return [];
      const [, title = "", subtitle = ""] = head;
      return subtitle ? [title.length, title.length + subtitle.length, head[0].length] : [title.length, head[0].length];
    },
  },
  {
    reason: "称呼语（各位代表：）",
    cuts: (text) =>
      offsets(/(?<=^|[）)\s])(?:(?:尊敬的|各位)[^。！？：:]{1,40}|同志们|女士们、先生们|朋友们)[：:]/gu, text, (m) => [
        m.index,
        m.index + m[0].length,
      ]),
  },
  {
    reason: "文末署名与日期",
    cuts: (text) => {
      const end = new RegExp(`(?<=[。！？”）])([^。！？”（）]{0,40}?)\\s*(${fullDate})\\s*$`, "u").exec(text);
      if (!end) return [];
      const signature = end[1] ?? "";
      return signature.trim() ? [end.index, end.index + end[0].indexOf(end[2] ?? "")] : [end.index];
    },
  },
  {
    reason: "成员名单（组长：…）",
    cuts: (text) => {
      const labels = offsets(listLabel, text);
      return labels.length >= 2 ? labels : [];
    },
  },
  {
    reason: "原标题注（（本文原标题：…））",
    cuts: (text) => offsets(/（本文原标题[：:][^（）]*）/gu, text, (m) => [m.index, m.index + m[0].length]),
  },
];

/**
 * Cut one printed line at the cues; returns the pieces (one piece when there is no cue), each
 * piece after the first marked with the reason for its break. Whitespace at a cut is dropped.
 */
export function supplyBreaks(line: SourceLine): SourceLine[] {
  const reasons = new Map<number, string>();
  for (const cue of breakCues) {
    for (const cut of cue.cuts(line.text))
      if (cut > 0 && cut < line.text.length && !reasons.has(cut)) reasons.set(cut, cue.reason);
  }
  if (reasons.size === 0) return [line];
  const cuts = [...reasons.keys()].sort((a, b) => a - b);
  const bounds = [0, ...cuts, line.text.length];
  const pieces: SourceLine[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const text = line.text.slice(bounds[k], bounds[k + 1]).trim();
    if (!text) continue;
    const reason = k === 0 ? undefined : reasons.get(bounds[k] ?? 0);
    if (pieces.length === 0) pieces.push({ ...line, text });
    else
      pieces.push({
        n: line.n,
        text,
        notes: [breakSupplied(reason ?? "", line.n)],
        suppliedBreak: true,
      });
  }
  return pieces;
}
