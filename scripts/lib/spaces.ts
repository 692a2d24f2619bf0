/**
 * Remove the spaces that PDF extraction put into Chinese text, and only those. Justified lines
 * carry spaces between characters (`坚 持 绿 色 发 展`) and around digits (`2030 年`); spaces
 * between two Latin/digit tokens (`APP 12306` is not one) and spaces that separate names in a
 * byline (`记者 陈奕樊 通讯员 程素`) or phrases in a headline (`比学赶超 争先进位`) are kept.
 */
import { cjkPunctPattern, hanPattern, isCjk } from "./chars.ts";

const latinPattern = /[A-Za-z0-9%]/;

/** True when a line is letter-spaced: many single CJK characters separated by spaces. */
export function isLetterSpaced(line: string): boolean {
  const gaps = line.match(/[^\s] (?=[^\s])/gu) ?? [];
  if (gaps.length < 4) return false; // most lines: the rest need not be counted
  const cjkGaps = [...line.matchAll(/([^\s]) +(?=([^\s]))/gu)].filter(
    (m) => isCjk(m[1] ?? "") && isCjk(m[2] ?? ""),
  ).length;
  const cjkChars = [...line].filter(isCjk).length;
  return cjkGaps >= 4 && cjkGaps >= cjkChars * 0.25;
}

export interface SpaceResult {
  text: string;
  removed: number;
}

/** Decide for one run of spaces between `before` and `after` whether it is extraction damage. */
function isDamage(before: string, after: string, dropHanGaps: boolean): boolean {
  const punct = (ch: string) => cjkPunctPattern.test(ch);
  const han = (ch: string) => hanPattern.test(ch);
  const latin = (ch: string) => latinPattern.test(ch);
  if (before === "" || after === "") return true; // leading or trailing
  if (punct(before) || punct(after)) return true;
  if ((han(before) && latin(after)) || (latin(before) && han(after))) return true;
  if (han(before) && han(after)) return dropHanGaps;
  return false;
}

/**
 * Normalise the spaces of one line. `dropHanGaps` also removes single spaces between two Han
 * characters (right for letter-spaced lines and for column text, where justification is the only
 * source of such spaces); `keep` marks character ranges whose spaces must stay (a byline).
 */
export function normaliseSpaces(line: string, dropHanGaps: boolean, keep: Array<[number, number]> = []): SpaceResult {
  let removed = 0;
  const text = line.replace(/[ \t\u00a0\u3000]+/g, (run, offset: number, whole: string) => {
    const before = whole.slice(0, offset).slice(-1);
    const after = whole.slice(offset + run.length).slice(0, 1);
    const kept = keep.some(([start, end]) => offset > start && offset < end);
    if (!kept && isDamage(before, after, dropHanGaps)) {
      removed += run.length;
      return "";
    }
    if (run !== " ") removed += run.length - 1;
    return " ";
  });
  return { text, removed };
}

/** Ranges of reporter parentheticals `（记者 甲 通讯员 乙）`, whose spaces separate names. */
export function bylineRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(/（[^（）]*(?:记者|通讯员|摄影)[^（）]*）/gu)) {
    ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}
