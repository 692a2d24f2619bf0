/**
 * Find the mentions of annotated terms, people and bodies in a text: leftmost, longest form first,
 * so 中共湖南省委 is one mention and the 省委 inside it none; a form inside one of its entry's
 * `notInside` words (党组 in 党组织) is no mention at all. Pure and dependency-free: the linking
 * plugin and the concordance both use it.
 */
import type { Annotation } from "./annotations.ts";

/** A mention of an entry at `[start, end)` of the text. */
export interface Mention {
  start: number;
  end: number;
  annotation: Annotation;
}

/** A form to look for; `annotation` null for a blocking word (it occupies text, links nothing). */
interface Form {
  text: string;
  annotation: Annotation | null;
}

/** A function finding every mention in a text, in order. */
export type Matcher = (text: string) => Mention[];

/**
 * Forms by the code unit they start with, longest first. Keyed by number: looking up `text[i]`
 * made a string of each Han character of every text (measured: the matcher was a fifth of
 * rendering a body).
 */
function index(annotations: readonly Annotation[]): Map<number, Form[]> {
  const byFirst = new Map<number, Form[]>();
  const seen = new Set<string>();
  const add = (text: string, annotation: Annotation | null) => {
    if (seen.has(text)) return; // the first entry to claim a form keeps it (annotations-lint reports clashes)
    seen.add(text);
    const first = text.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), { text, annotation }]);
  };
  for (const annotation of annotations) for (const form of annotation.forms) add(form, annotation);
  for (const annotation of annotations) for (const word of annotation.notInside) add(word, null);
  for (const forms of byFirst.values()) forms.sort((a, b) => b.text.length - a.text.length);
  return byFirst;
}

/** Build the matcher of a set of annotations. */
export function createMatcher(annotations: readonly Annotation[]): Matcher {
  const byFirst = index(annotations);
  return (text) => {
    const mentions: Mention[] = [];
    for (let i = 0; i < text.length;) {
      const form = byFirst.get(text.charCodeAt(i))?.find((candidate) => text.startsWith(candidate.text, i));
      if (!form) {
        i += 1;
        continue;
      }
      if (form.annotation) mentions.push({ start: i, end: i + form.text.length, annotation: form.annotation });
      i += form.text.length;
    }
    return mentions;
  };
}

/** Forms claimed by more than one entry (the second entry never links through them). */
export function formClashes(annotations: readonly Annotation[]): string[] {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const annotation of annotations) {
    for (const form of annotation.forms) {
      const key = `${annotation.kind}/${annotation.id}`;
      const first = owner.get(form);
      if (first && first !== key) clashes.push(`“${form}”: ${first} and ${key}`);
      else owner.set(form, key);
    }
  }
  return clashes;
}
