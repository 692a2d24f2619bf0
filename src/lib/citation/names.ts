/**
 * Names as CSL wants them. Chinese personal names are written surname-first with no comma
 * (习近平, 欧阳坚); CSL splits them into family/given so that reference managers can sort and
 * abbreviate, and citeproc prints CJK names back as family+given without a space.
 */

/** A CSL-JSON name: a person split into family/given, or a body as one literal string. */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/**
 * Two-character surnames common enough to meet in government texts. A name starting with one
 * of these keeps both characters as the family name (欧阳坚 → 欧阳 + 坚, not 欧 + 阳坚).
 */
export const compoundSurnames: readonly string[] = [
  "欧阳",
  "司马",
  "诸葛",
  "上官",
  "东方",
  "皇甫",
  "尉迟",
  "公孙",
  "慕容",
  "长孙",
  "宇文",
  "司徒",
  "夏侯",
  "令狐",
  "端木",
  "轩辕",
  "司空",
  "独孤",
  "南宫",
  "西门",
  "呼延",
  "淳于",
  "澹台",
  "公冶",
  "宗政",
  "濮阳",
  "单于",
  "钟离",
  "闻人",
  "申屠",
];

/** Two to four Han characters and nothing else: the shape of a Han Chinese personal name. */
const hanPersonalName = /^\p{Script=Han}{2,4}$/u;

/**
 * Split a Chinese personal name into surname and given name; anything that is not shaped like
 * one (a body, a transliterated name with ·, a pen name in Latin letters) stays a literal.
 */
export function splitChineseName(name: string): CslName {
  const trimmed = name.trim();
  if (!hanPersonalName.test(trimmed)) return { literal: trimmed };
  const compound = compoundSurnames.find((surname) => trimmed.startsWith(surname));
  // A four-character name without a listed compound surname is more likely a joint
  // surname (e.g. 张王淑英) or not a personal name at all: do not guess.
  if (!compound && trimmed.length === 4) return { literal: trimmed };
  const familyLength = compound ? 2 : 1;
  if (trimmed.length <= familyLength) return { literal: trimmed };
  return {
    family: trimmed.slice(0, familyLength),
    given: trimmed.slice(familyLength),
  };
}

/** A name as printed in Chinese metadata: surname first, no comma (习近平, 中共湖南省委). */
export function displayName(name: CslName): string {
  return name.literal ?? `${name.family ?? ""}${name.given ?? ""}`;
}
