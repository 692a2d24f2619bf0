/** Chinese numerals as used in headings (一 … 九十九). */

const digits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral from 一 to 九十九; NaN when it is not one. */
export function chineseNumeral(text: string): number {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!match || text === "") return Number.NaN;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? (digits[tens] ?? Number.NaN) : Number.NaN;
  return (tens ? (digits[tens] ?? 0) : 1) * 10 + (ones ? (digits[ones] ?? 0) : 0);
}
