/**
 * Random and mutated converter inputs, and the property every one must satisfy: the converter
 * either returns documents — which account for every source character (it checks that itself),
 * validate, read back from their content files exactly and render to exactly that text through
 * the site's Markdown plugins — or refuses with a ConvertError that
 * names the file. Anything else (a TypeError, a hang, a document that reads back differently) is a
 * crash. Shared by the unit test (a few hundred cases) and `npm run bench:fuzz` (ten thousand).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { convertSource } from "../lib/convert-source.ts";
import { emitDocument } from "../lib/emit.ts";
import { ConvertError } from "../lib/errors.ts";
import { readContentFile, splitContentFile } from "../../src/format/content-file.ts";
import { renderedBlocks } from "./rendered-text.ts";

const root = join(import.meta.dirname, "../..");
const sources = readdirSync(join(root, "sources"))
  .filter((name) => name.endsWith(".txt"))
  .map((name) => readFileSync(join(root, "sources", name)));
const gbk = readFileSync(join(root, "tests/fixtures/gbk/input.txt"));

/** Pieces of real and hostile text: Han, Chinese punctuation, markup, id look-alikes, controls. */
const tokens = [
  ..."湖南省委全会决议强调发展人民政协坚持习近平新时代中国特色社会主义思想",
  ..."，。、；：？！“”‘’（）《》——……·",
  "一、",
  "（二）",
  "3.",
  "第五条",
  "二是",
  "4月22日讯",
  "（2021年4月22日，北京）",
  "——在会上的讲话",
  "记者 甲乙",
  "■",
  "▲ ▲（上接1版③）",
  "扫码看视频",
  "[bookmark: _GoBack]",
  "# ",
  "## ",
  "---",
  "***",
  "{#p1}",
  "{#s2-3}",
  " {#i5}",
  '<strong class="run-in">',
  "</strong>",
  "<b>",
  "&amp;",
  "\\",
  "*",
  "_",
  "`",
  "[x](y)",
  "|",
  "~",
  "&",
  ">",
  "- ",
  "+ ",
  "1) ",
  "key: value",
  '"',
  "'",
  "%",
  "#",
  "12",
  "2030年",
  "G9695",
  " ",
  "  ",
  "\t",
  "\u3000",
  "\u00a0",
  "\n",
  "\n\n",
  "\r\n",
  "\r",
  "\u0001",
  "\u0000",
  "\ufeff",
  "\u200b",
  "😀",
];

/** UTF-16 with a byte order mark. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = [littleEndian ? 0xff : 0xfe, littleEndian ? 0xfe : 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.push(...(littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return new Uint8Array(bytes);
}

const tokenText = fc.array(fc.constantFrom(...tokens), { minLength: 0, maxLength: 400 }).map((parts) => parts.join(""));
const encoded = tokenText.chain((text) =>
  fc.constantFrom(
    new TextEncoder().encode(text),
    new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
    utf16(text, true),
    utf16(text, false),
  ),
);
const realSource = fc.constantFrom(...sources, gbk);
/** A real source with bytes flipped, cut, spliced or repeated, lines dropped or doubled. */
const mutated = fc
  .tuple(
    realSource,
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat(255),
        fc.constantFrom("flip", "cut", "insert", "dropLine", "dropLine", "doubleLine", "doubleLine", "splice"),
      ),
      { maxLength: 6 },
    ),
  )
  .map(([bytes, edits]) => {
    let out = Uint8Array.from(bytes);
    for (const [at, value, edit] of edits) {
      const k = out.length ? at % out.length : 0;
      if (edit === "flip") out[k] = value;
      else if (edit === "cut") out = out.subarray(0, k);
      else if (edit === "insert") out = new Uint8Array([...out.subarray(0, k), value, ...out.subarray(k)]);
      else if (edit === "splice")
        out = new Uint8Array([...out.subarray(0, k), ...gbk.subarray(0, value), ...out.subarray(k)]);
      else {
        const lines = new TextDecoder().decode(out).split("\n");
        const line = k % Math.max(1, lines.length);
        lines.splice(line, edit === "dropLine" ? 1 : 0, ...(edit === "doubleLine" ? [lines[line] ?? ""] : []));
        out = new TextEncoder().encode(lines.join("\n"));
      }
    }
    return out;
  });
/** Mixed encodings: UTF-8 text followed by GBK bytes, or the other way round. */
const mixed = fc.tuple(tokenText, fc.nat(gbk.length), fc.boolean()).map(([text, cut, first]) => {
  const utf8 = new TextEncoder().encode(text);
  const gb = gbk.subarray(0, cut);
  return new Uint8Array(first ? [...gb, ...utf8] : [...utf8, ...gb]);
});
const onlyPunctuation = fc
  .array(fc.constantFrom(..."，。、；：？！“”（）《》——……·.,;:!?()"), { minLength: 1, maxLength: 300 })
  .map((p) => new TextEncoder().encode(p.join("")));
const truncatedUtf8 = fc.tuple(tokenText, fc.integer({ min: 1, max: 3 })).map(([text, cut]) => {
  const bytes = new TextEncoder().encode(`${text}中`);
  return bytes.subarray(0, bytes.length - cut);
});
const randomBytes = fc.uint8Array({ maxLength: 2000 });

/** Every kind of input, weighted toward the realistic ones. */
export const converterInputs = fc.oneof(
  { arbitrary: mutated, weight: 4 },
  { arbitrary: encoded, weight: 3 },
  { arbitrary: mixed, weight: 1 },
  { arbitrary: truncatedUtf8, weight: 1 },
  { arbitrary: onlyPunctuation, weight: 1 },
  { arbitrary: randomBytes, weight: 1 },
);

/** One megabyte on one line: a real paragraph repeated (slow, so it is a case of its own). */
export function oneMegabyteLine(): Uint8Array {
  const paragraph = new TextDecoder().decode(sources[sources.length - 1]).split("\n")[3] ?? "中文。";
  return new TextEncoder().encode(paragraph.repeat(Math.ceil(1_000_000 / Buffer.byteLength(paragraph))));
}

/** The property: documents that validate and read back exactly, or a ConvertError naming the file. */
export function convertsOrRefuses(bytes: Uint8Array, onRefusal?: (reason: string) => void): "converted" | "refused" {
  let documents;
  try {
    documents = convertSource("fuzz.txt", bytes, null).documents;
  } catch (error) {
    if (!(error instanceof ConvertError && error.file === "fuzz.txt" && error.reason)) throw error;
    onRefusal?.(error.reason);
    return "refused";
  }
  documents.forEach((doc, k) => {
    const frontmatter = { slug: `fuzz-${k}`, ...doc.frontmatter };
    const file = emitDocument(frontmatter, doc.blocks);
    const back = readContentFile(file);
    if (JSON.stringify(back.blocks) !== JSON.stringify(doc.blocks)) {
      throw new Error(`document ${k} reads back differently from its content file`);
    }
    const shown = JSON.stringify(renderedBlocks(splitContentFile(file).body));
    if (shown !== JSON.stringify(doc.blocks.map((b) => ({ id: b.id, text: b.text })))) {
      throw new Error(
        `document ${k}: the page would show other text than the content file holds: ${shown.slice(0, 300)}`,
      );
    }
  });
  return "converted";
}
