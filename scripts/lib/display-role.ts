/**
 * What a short line printed apart from the paragraphs is: a dateline, a byline, a subtitle or a
 * heading. These are facts about newspaper and document layout, not about one source.
 */
import { closingPunctPattern, emWidth } from "./chars.ts";
import type { DisplayRole } from "./types.ts";

/** `（2021年4月22日，北京）`, `（2021年1月24日）`, `(2018年6月8日…通过)`. */
export const datelinePattern = /^[（(][^（）()]*\d{4}年\d{1,2}月\d{1,2}日[^（）()]*[）)]$/u;
/** Offices and functions that stand before a name in a byline. */
const roleWords = "记者|通讯员|摄影|主席|副主席|书记|省长|市长|主任|总理|部长|委员长|作者";
/** `中华人民共和国主席 习近平`, `湖南日报全媒体记者 孙敏坚 黄晗`, `全媒体记者 王智芳 通讯员 廖为`. */
export const bylinePattern = new RegExp(
  `^(?:[^\\s，。]*?(?:${roleWords})\\s*[\\p{Script=Han}·]{2,4}(?:\\s+[\\p{Script=Han}·]{2,4})*\\s*)+$`,
  "u",
);
/** The dateline that opens a news report's lead: `湖南日报·新湖南客户端4月22日讯`, `三湘都市报6月14日讯`. */
export const newsDatelinePattern = /^[^。，]{0,24}?\d{1,2}月\d{1,2}日讯/u;
/** A numbered heading: `一、`, `（一）`, `1.`. */
export const numberedHeadingPattern = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．](?!\d))/u;
/** A bare personal name, as printed under a report's title: `李微微`. */
export const bareNamePattern = /^[\p{Script=Han}]{2,4}$/u;

/** The role of a line that is certainly not paragraph text, judged from the line alone. */
export function obviousDisplayRole(text: string, bylineMark: boolean): DisplayRole | null {
  if (bylineMark) return "byline";
  if (datelinePattern.test(text)) return "dateline";
  if (/\s/.test(text) && bylinePattern.test(text)) return "byline";
  return null;
}

/** True when a line reads like a subtitle: `——在“领导人气候峰会”上的讲话`. */
export function isSubtitleLine(text: string, columnWidth: number): boolean {
  return /^——/.test(text) && !/[。！？]/.test(text) && emWidth(text) <= Math.max(columnWidth - 2.5, 12);
}

/** True when a line has no mark a paragraph could end with (so it is a heading or wraps on). */
export function endsOpen(text: string): boolean {
  return !closingPunctPattern.test(text);
}

/** True when a line could be a heading: it ends in neither a closing mark nor a comma. */
export function couldBeHeading(text: string): boolean {
  return endsOpen(text) && !/[，、,]$/.test(text);
}

/** The role of each line inside a run of lines printed without blank lines between them. */
export function rolesInTightRun(texts: readonly string[]): DisplayRole[] {
  return texts.map((text) => {
    const obvious = obviousDisplayRole(text, false);
    if (obvious) return obvious;
    if (/^——/.test(text)) return "subtitle";
    if (bareNamePattern.test(text) && texts.some((t) => datelinePattern.test(t))) return "byline";
    return "heading";
  });
}
