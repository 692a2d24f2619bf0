/** URL slugs from Chinese titles: hyphenated toneless pinyin, lowercase ASCII, at most 64 characters. */
import { pinyin } from "pinyin-pro";

export const maxSlugLength = 64;

/** The slug of a title (without uniqueness; see `uniqueSlug`). */
export function slugify(title: string): string {
  const syllables = pinyin(title, { toneType: "none", type: "array", nonZh: "consecutive", v: true })
    .flatMap((token) => token.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean);
  let slug = "";
  for (const syllable of syllables) {
    const next = slug ? `${slug}-${syllable}` : syllable;
    if (next.length > maxSlugLength) break;
    slug = next;
  }
  return slug || "text";
}

/** Make a slug unique among `taken` by a numeric suffix, staying within the length limit. */
export function uniqueSlug(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let k = 2; taken.has(candidate); k++) {
    const suffix = `-${k}`;
    candidate = slug.slice(0, maxSlugLength - suffix.length).replace(/-$/, "") + suffix;
  }
  taken.add(candidate);
  return candidate;
}
