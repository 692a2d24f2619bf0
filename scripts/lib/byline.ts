/** Parse bylines into people: `湖南日报全媒体记者 孙敏坚 黄晗` → two reporters with their role. */
import type { BylineEntry } from "../../src/format/schema.ts";

const roleEnd = /(记者|通讯员|摄影|主席|副主席|书记|省长|市长|主任|总理|部长|委员长|作者)$/u;

/** People named in a byline line or a reporter parenthetical. */
export function parseByline(text: string): BylineEntry[] {
  const people: BylineEntry[] = [];
  let role: string | undefined;
  for (const token of text
    .replace(/[（）()]/g, " ")
    .trim()
    .split(/\s+/u)) {
    if (!token) continue;
    const split = /^(.*?(?:记者|通讯员|摄影|主席|副主席|书记|省长|市长|主任|总理|部长|委员长|作者))(.*)$/u.exec(token);
    if (roleEnd.test(token)) role = token;
    else if (split?.[1] && split[2]) {
      role = split[1];
      people.push({ name: split[2], role });
    } else people.push(role ? { name: token, role } : { name: token });
  }
  return people;
}

/** The reporter parenthetical of a news dateline paragraph: `…讯（记者 陈奕樊 通讯员 程素）`. */
export function reportersInDateline(paragraph: string): BylineEntry[] {
  const m = /^[^。]{0,40}?讯\s*（([^（）]*(?:记者|通讯员)[^（）]*)）/u.exec(paragraph);
  return m?.[1] ? parseByline(m[1]) : [];
}
