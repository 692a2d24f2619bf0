/**
 * Where a form found in running Chinese text is not a word of its own. Chinese prints no spaces, so
 * a form can match across the edge of a real word: 省政协 inside 全省政协 ("the CPPCCs of the
 * whole province", 全省 + 政协), 省委常委会 inside 省委常委会议 ("a meeting of the standing
 * committee", 常委 + 会议), 湖南省委 inside 政协湖南省委员会 (湖南省 + 委员会). Each such failure
 * is a two-character word that the match would cut in half: one character outside the match, one
 * inside. The matcher rejects a match whose edge cuts one of the words below.
 *
 * The list is short and closed on purpose: each word is one whose halves also begin or end forms
 * the edition annotates (省 …, … 会, … 委), and whose other reading is rare in political prose.
 * No dependencies: the matcher runs in the build and in the tests.
 */

/** Quantifiers that make the level word after them the place they quantify (全省: the whole province). */
const quantifiers = ["全", "各", "每", "跨"];
/** Administrative levels that begin abbreviated body names (省政协, 市委, 县政府 …). */
const levels = ["省", "市", "县", "区", "乡", "镇", "村"];

/** Two-character words a mention's edge must never cut. */
export const boundWords: ReadonlySet<string> = new Set([
  // 全省政协 is 全省 + 政协, never 全 + 省政协.
  ...quantifiers.flatMap((q) => levels.map((level) => q + level)),
  // 省委常委会议 is 省委常委 + 会议; 湖南省委员会 is 湖南省 + 委员会; 党组织 is 党 + 组织.
  "会议",
  "委员",
  "组织",
]);

/** True when a match of `text` at `[start, end)` cuts a bound word at either edge. */
export function cutsWord(text: string, start: number, end: number): boolean {
  return (
    (start > 0 && boundWords.has(text.slice(start - 1, start + 1))) ||
    (end < text.length && boundWords.has(text.slice(end - 1, end + 1)))
  );
}
