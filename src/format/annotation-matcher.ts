/**
 * Find the mentions of annotated terms, people and bodies in a text. Where forms overlap, the
 * longest wins, whichever entry it belongs to and wherever it starts: 政协云书院 over the 湖南政协
 * that begins two characters earlier, 中共湖南省委 over the 省委 inside it (equal lengths: the
 * leftmost). A match that cuts a two-character word at its edge is no mention (word-boundaries.ts:
 * 全省政协 is 全省 + 政协, not 省政协), and a form inside one of its entry's `notInside` words (党组
 * in 党组织) is none either. Pure and dependency-free: the linking plugin and the concordance both
 * use it, so an entry page lists exactly the mentions the pages link.
 */
import type { Annotation } from "./annotations.ts";
import { cutsWord } from "./word-boundaries.ts";

/** A mention of an entry at `[start, end)` of the text. */
export interface Mention {
  start: number;
  end: number;
  annotation: Annotation;
}

/** A form to look for; `blocks` set for a `notInside` word (it hides that entry's forms, links nothing). */
interface Form {
  text: string;
  annotation: Annotation;
  blocks: boolean;
}

/** A form found at `[start, end)`. */
interface Candidate {
  start: number;
  end: number;
  form: Form;
}

/** A function finding every mention in a text, in order. */
export type Matcher = (text: string) => Mention[];

/**
 * Forms by the code unit they start with. Keyed by number: looking up `text[i]` made a string of
 * each Han character of every text (measured: the matcher was a fifth of rendering a body).
 */
function index(annotations: readonly Annotation[]): Map<number, Form[]> {
  const byFirst = new Map<number, Form[]>();
  const seen = new Set<string>();
  const add = (form: Form) => {
    const key = form.blocks ? `${form.annotation.kind}/${form.annotation.id}\n${form.text}` : form.text;
    if (seen.has(key)) return; // the first entry to claim a form keeps it (formClashes reports clashes)
    seen.add(key);
    const first = form.text.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), form]);
  };
  for (const annotation of annotations) for (const text of annotation.forms) add({ text, annotation, blocks: false });
  for (const annotation of annotations)
    for (const text of annotation.notInside) add({ text, annotation, blocks: true });
  return byFirst;
}

/** Every form found anywhere in the text, overlaps included. */
function candidates(text: string, byFirst: Map<number, Form[]>): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const form of byFirst.get(text.charCodeAt(i)) ?? []) {
      if (text.startsWith(form.text, i)) found.push({ start: i, end: i + form.text.length, form });
    }
  }
  return found;
}

/** Build the matcher of a set of annotations. */
export function createMatcher(annotations: readonly Annotation[]): Matcher {
  const byFirst = index(annotations);
  return (text) => {
    const found = candidates(text, byFirst);
    const blockers = found.filter((c) => c.form.blocks);
    const hidden = (c: Candidate) =>
      blockers.some((b) => b.form.annotation === c.form.annotation && b.start <= c.start && c.end <= b.end);
    const eligible = found.filter((c) => !c.form.blocks && !hidden(c) && !cutsWord(text, c.start, c.end));
    // Longest first, then leftmost; a candidate overlapping one already taken loses.
    eligible.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new Uint8Array(text.length);
    const mentions: Mention[] = [];
    for (const c of eligible) {
      if (taken.subarray(c.start, c.end).some((t) => t === 1)) continue;
      taken.fill(1, c.start, c.end);
      mentions.push({ start: c.start, end: c.end, annotation: c.form.annotation });
    }
    return mentions.sort((a, b) => a.start - b.start);
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
