/**
 * Split a page into documents. Articles start at a news dateline (`…4月22日讯`), a byline above
 * a body, a continuation mark, or after a wire dispatch line (`…电）`). Headlines printed after
 * their article, or gathered at the end of the page, find their article by the words they share
 * with its body; subtitles, datelines and bylines follow the headline printed above them.
 */
import { newsDatelinePattern, numberedHeadingPattern } from "./display-role.ts";
import { bodyBigrams, headlineOverlap } from "./overlap.ts";
import type { Unit } from "./types.ts";

/** A document in the making: its title block units and its body units. */
export interface Segment {
  head: Unit[];
  body: Unit[];
  continuation?: string;
}

/** The last line of a wire story: `（新华社北京4月 22日电）`. */
const dispatchEndPattern = /[（(][^（）()]{0,20}电[）)]$/u;

interface Floating {
  /** Index of the segment printed before the group. */
  after: number;
  units: Unit[];
}

function isStart(unit: Unit): boolean {
  return unit.type === "paragraph" && newsDatelinePattern.test(unit.text);
}

/** Pass 1: cut the units into segments and groups of display units between them. */
function cut(units: readonly Unit[]): { segments: Segment[]; floating: Floating[] } {
  const segments: Segment[] = [{ head: [], body: [] }];
  const floating: Floating[] = [];
  let pending: Unit[] = [];
  let ended = false;
  const current = () => segments[segments.length - 1] as Segment;
  const hasBody = () => current().body.some((u) => u.type === "paragraph");
  const float = (group: Unit[]) => {
    if (group.length) floating.push({ after: segments.length - 1, units: group });
  };
  const open = (segment: Segment) => {
    segments.push(segment);
    ended = false;
  };

  for (const unit of units) {
    if (unit.type === "display" && unit.role === "marker") {
      float(pending);
      pending = [];
      open({ head: [unit], body: [], continuation: unit.continuation ?? "" });
      continue;
    }
    if (unit.type === "display") {
      pending.push(unit);
      continue;
    }
    if (!hasBody()) {
      current().head.push(...pending);
    } else if (isStart(unit) || ended) {
      // Markdown headings right before the new article are its headline (printed above it).
      let k = pending.length;
      while (k > 0 && pending[k - 1]?.markdownLevel) k -= 1;
      const lead = pending.slice(k);
      const rest = pending.slice(0, k);
      // A byline right above a body that is not a dateline paragraph opens the article.
      const bylineAt = rest.findIndex((u) => u.role === "byline");
      const opensWithByline = lead.length === 0 && bylineAt >= 0 && !isStart(unit);
      float(opensWithByline ? rest.slice(0, bylineAt) : rest);
      open({ head: opensWithByline ? rest.slice(bylineAt) : lead, body: [] });
    } else {
      const bylineAt = pending.findIndex((u) => u.role === "byline");
      if (bylineAt >= 0) {
        float(pending.slice(0, bylineAt));
        open({ head: pending.slice(bylineAt), body: [] });
      } else {
        current().body.push(...pending);
      }
    }
    pending = [];
    current().body.push(unit);
    if (dispatchEndPattern.test(unit.text)) ended = true;
  }
  float(pending);
  return { segments: segments.filter((s) => s.head.length || s.body.length), floating };
}

function bodyText(segment: Segment): string {
  return segment.body.map((u) => u.text).join("");
}

function hasHeadline(segment: Segment): boolean {
  return segment.head.some((u) => u.role === "heading");
}

/** Pass 2: give every floating display unit to its article. */
function attach(segments: Segment[], floating: readonly Floating[]): void {
  // Each segment's body bigrams, remade only when its body has changed (numbered headings join it).
  const bigrams = new Map<Segment, { text: string; grams: ReadonlySet<string> }>();
  const bigramsOf = (segment: Segment): ReadonlySet<string> => {
    const text = bodyText(segment);
    let known = bigrams.get(segment);
    if (known?.text !== text) bigrams.set(segment, (known = { text, grams: bodyBigrams(text) }));
    return known.grams;
  };
  for (const group of floating) {
    let target: Segment | undefined;
    for (const unit of group.units) {
      if (unit.role === "heading" && numberedHeadingPattern.test(unit.text)) {
        // Numbered headings (二、 （三） 4.) are structure: they stay in the text before them.
        segments[group.after]?.body.push(unit);
        continue;
      }
      if (unit.role === "heading") {
        const candidates = segments.filter((s) => s === target || (!s.continuation && !hasHeadline(s)));
        let best: Segment | undefined;
        let bestScore = 0.25; // below this share of shared words, no article claims the headline
        for (const segment of candidates) {
          const distance = Math.abs(segments.indexOf(segment) - group.after);
          const score = headlineOverlap(unit.text, bigramsOf(segment)) - distance * 0.001;
          if (score > bestScore) [best, bestScore] = [segment, score];
        }
        target = best ?? segments[group.after];
      }
      (target ?? segments[group.after] ?? segments[0])?.head.push(unit);
    }
  }
}

/** Split the units of one source into documents. */
export function splitDocuments(units: readonly Unit[]): Segment[] {
  const { segments, floating } = cut(units);
  attach(segments, floating);
  return segments;
}
