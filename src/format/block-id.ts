/**
 * The block-id grammar of the edition, the one place it is written down. Every heading and
 * paragraph carries an id that is its permanent link anchor and its margin number:
 *
 *   id         = kind numbers [ "_" repeat ] [ insertion ]
 *   kind       = "p" paragraph | "s" part or section | "i" numbered item | "h" unnumbered subhead
 *   numbers    = n { "-" n }        p12, s2, s2-3 (section 三 of part 二), i5, h1
 *   repeat     = n ≥ 2              the source printed this number again: the second 二、 is s2_2
 *   insertion  = [a-z]+             a block inserted after publication: p12a, p12b … p12z, p12za
 *
 * The two suffixes mean different things and never look alike: `_2` is a fact of the source
 * (first conversion), a letter is a fact of the edition's history (re-conversion).
 * No dependencies: the page script imports this file too.
 */

/** What a block is, by the first letter of its id. */
export type BlockIdKind = "paragraph" | "division" | "item" | "subhead";

/** A parsed block id. */
export interface BlockId {
  /** The id as written. */
  id: string;
  kind: BlockIdKind;
  /** `p12` → [12]; `s2-3` → [2, 3]. */
  numbers: number[];
  /** The n-th printing of the same number in the source (1 when printed once). */
  repeat: number;
  /** Letters of a block inserted after publication (`a` in p12a); "" for an original block. */
  insertion: string;
}

const kindLetters: Record<BlockIdKind, string> = { paragraph: "p", division: "s", item: "i", subhead: "h" };
const kindOfLetter = new Map(Object.entries(kindLetters).map(([kind, letter]) => [letter, kind as BlockIdKind]));

/** The grammar as a regular expression (anchored). */
export const blockIdPattern = /^([psih])(\d+(?:-\d+)*)(?:_([2-9]|[1-9]\d+))?([a-z]*)$/;
/** The same grammar as an unanchored source string, for patterns that embed an id (`{#p12}`). */
export const blockIdSource = "[psih]\\d+(?:-\\d+)*(?:_\\d+)?[a-z]*";

/** Parse an id; null when it does not follow the grammar. */
export function parseBlockId(id: string): BlockId | null {
  const match = blockIdPattern.exec(id);
  if (!match) return null;
  const [, letter = "", numbers = "", repeat, insertion = ""] = match;
  const kind = kindOfLetter.get(letter);
  if (!kind) return null;
  return { id, kind, numbers: numbers.split("-").map(Number), repeat: repeat ? Number(repeat) : 1, insertion };
}

/** True when `id` follows the grammar. */
export function isBlockId(id: string): boolean {
  return blockIdPattern.test(id);
}

/** Write an id from its parts (the inverse of `parseBlockId`). */
export function formatBlockId(parts: Omit<BlockId, "id">): string {
  const repeat = parts.repeat > 1 ? `_${parts.repeat}` : "";
  return `${kindLetters[parts.kind]}${parts.numbers.join("-")}${repeat}${parts.insertion}`;
}

/** Parse or throw, for ids the edition itself wrote. */
function parsed(id: string): BlockId {
  const block = parseBlockId(id);
  if (!block) throw new Error(`not a block id: "${id}" (expected p12, s2-3, i5, h1, p12a, s2_2)`);
  return block;
}

/** The id of the n-th printing of a structural number: ("s2", 2) → s2_2. */
export function repeatedId(id: string, repeat: number): string {
  return formatBlockId({ ...parsed(id), repeat });
}

/** "" → a, a → b, …, z → za: insertion letters stay after their predecessor in reading order. */
function nextInsertion(letters: string): string {
  if (letters === "") return "a";
  const last = letters.slice(-1);
  return last === "z" ? `${letters}a` : letters.slice(0, -1) + String.fromCharCode(last.charCodeAt(0) + 1);
}

/** The first free id for a block inserted after `previous`: p12 → p12a, p12a → p12b (skipping `taken`). */
export function insertedAfter(previous: string, taken: ReadonlySet<string>): string {
  const base = parsed(previous);
  let insertion = base.insertion;
  let id: string;
  do {
    insertion = nextInsertion(insertion);
    id = formatBlockId({ ...base, insertion });
  } while (taken.has(id));
  return id;
}

/** Chinese numerals for printed numbering (1–99), as the documents print 一、 and （三）. */
function chineseNumber(n: number): string {
  const digits = "〇一二三四五六七八九";
  if (n < 10) return digits[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : digits[tens]}十${ones ? digits[ones] : ""}`;
}

/** What follows the number: `_2` and insertion letters, shown as written. */
function suffixOf(block: BlockId): string {
  return `${block.repeat > 1 ? `_${block.repeat}` : ""}${block.insertion}`;
}

/**
 * The margin number: the id itself in the form a reader can cite (¶12, ¶12a, §2-3, i5, h1).
 * The page, the print stylesheet and the EPUB show this; `idFromMarginLabel` reverses it.
 */
export function marginLabel(id: string): string {
  const block = parsed(id);
  const rest = id.slice(1);
  if (block.kind === "paragraph") return `¶${rest}`;
  if (block.kind === "division") return `§${rest}`;
  return id;
}

/** The block id a margin number stands for (inverse of `marginLabel`). */
export function idFromMarginLabel(label: string): string {
  return label.replace(/^¶/, "p").replace(/^§/, "s");
}

/** True when a one-number division is a section （三） printed without parts (known from its text). */
function isBareSection(block: BlockId, text: string | undefined): boolean {
  return block.numbers.length === 1 && /^[（(][一二三四五六七八九十]+[）)]/u.test(text ?? "");
}

/**
 * The label a reader sees in lists (search results, concordances): ¶21 for a paragraph, the
 * printed numbering for structure — 二、 for part 2, 二（三） for its section 3, （三） for a
 * section of a text without parts, 第5条 for item 5 — and a subhead's own opening words.
 * `text` is the block's reading text; it tells a section （三） from a part 三、 and names subheads.
 */
export function readerLabel(id: string, text?: string): string {
  const block = parsed(id);
  const suffix = suffixOf(block);
  const [first = 0, second] = block.numbers;
  switch (block.kind) {
    case "paragraph":
      return marginLabel(id);
    case "division":
      if (second !== undefined) return `${chineseNumber(first)}（${chineseNumber(second)}）${suffix}`;
      return isBareSection(block, text) ? `（${chineseNumber(first)}）${suffix}` : `${chineseNumber(first)}、${suffix}`;
    case "item":
      return `第${first}条${suffix}`;
    case "subhead": {
      const words = (text ?? "").trim();
      if (!words) return `小标题${first}${suffix}`;
      return words.length > 12 ? `${words.slice(0, 11).trimEnd()}…` : words;
    }
  }
}

/** What a screen reader announces for a block: 第12段, 第二部分, 第二部分第三节, 第5条, or a subhead's words. */
export function spokenLabel(id: string, text?: string): string {
  const block = parsed(id);
  const suffix = suffixOf(block);
  const [first = 0, second] = block.numbers;
  if (block.kind === "paragraph") return `第${id.slice(1)}段`;
  if (block.kind !== "division") return readerLabel(id, text);
  if (second !== undefined) return `第${chineseNumber(first)}部分第${chineseNumber(second)}节${suffix}`;
  return isBareSection(block, text) ? `第${chineseNumber(first)}节${suffix}` : `第${chineseNumber(first)}部分${suffix}`;
}

/**
 * The accessible name of a block's margin number: what it is, spoken, and for structure the visible
 * number first, so the name contains the label a sighted user sees (WCAG 2.5.3): 第12段, §2 第二部分.
 */
export function marginName(id: string, text?: string): string {
  const spoken = spokenLabel(id, text);
  return parsed(id).kind === "paragraph" ? spoken : `${marginLabel(id)} ${spoken}`;
}

/** A CSL cite locator: citeproc prints it in an in-text citation as the style wants. */
export interface CitationLocator {
  label: "paragraph" | "section";
  locator: string;
  /** The margin number, which GB/T 7714 prints as the pinpoint: ¶12, §2-3, i5. */
  display: string;
}

/** The citation locator of a block: paragraphs and items by paragraph, divisions by section. */
export function citationLocator(id: string): CitationLocator {
  const block = parsed(id);
  const display = marginLabel(id);
  if (block.kind === "paragraph") return { label: "paragraph", locator: id.slice(1), display };
  if (block.kind === "division") return { label: "section", locator: id.slice(1), display };
  // Items (i5) and subheads (h1) have no number of their own among paragraphs: cite the id itself.
  return { label: "paragraph", locator: id, display };
}
