/**
 * `npm run bench:latex -- [--site dist] [--content content] [--keep]`: the edition's BibTeX
 * downloads typeset by the two Chinese LaTeX packages teachers use, as a thesis would:
 *
 * - biblatex-gb7714-2015 (biber, `style=gb7714-2015`), with `biber --validate-datamodel`;
 * - gbt7714 (BibTeX, `gbt7714-numerical`).
 *
 * Every `.bib` of the built site (`<site>/cite/*.bib`; without a build, the same files written from
 * `<content>/texts`) is cited once, in order, in one document per package; XeLaTeX (ctex) typesets
 * it and `pdftotext` reads the references back. Each reference must carry its title and the type
 * code GB/T 7714 gives it on the site: [N/OL] for a newspaper text, [R/OL] for a report, [EB/OL]
 * for any other; a newspaper text its newspaper; a date the source does not print must not look
 * printed (gbt7714 shows its `?`, biblatex-gb7714-2015 prints the `addendum`). Exit 1 on any miss.
 *
 * Needs TeX Live with both packages, biber and poppler's pdftotext; on Debian or Ubuntu:
 * `apt-get install texlive-xetex texlive-lang-chinese texlive-bibtex-extra biber poppler-utils`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readContentFolder } from "../../src/format/content-folder.ts";
import { citationDownload } from "../../src/lib/citation/downloads.ts";

const { values } = parseArgs({
  options: {
    site: { type: "string", default: "dist" },
    content: { type: "string", default: "content" },
    keep: { type: "boolean", default: false },
  },
});

/** Stop with what to install when a tool or a package is missing. */
function need(ok: boolean, what: string): void {
  if (ok) return;
  console.error(
    `bench:latex: ${what} is missing. On Debian or Ubuntu: apt-get install texlive-xetex texlive-lang-chinese texlive-bibtex-extra biber poppler-utils`,
  );
  process.exit(2);
}

function run(command: string, args: string[], cwd: string): { status: number; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

const found = (command: string) => spawnSync(command, ["--version"], { encoding: "utf8" }).status === 0;
for (const tool of ["xelatex", "biber", "bibtex", "kpsewhich"]) need(found(tool), tool);
need(spawnSync("pdftotext", ["-v"], { encoding: "utf8" }).error === undefined, "pdftotext (poppler-utils)");
for (const file of ["gb7714-2015.bbx", "gbt7714.sty", "gbt7714-numerical.bst", "ctexart.cls"])
  need(run("kpsewhich", [file], ".").output.trim() !== "", `the TeX file ${file}`);

/** One BibTeX record, its key and what the site cites it as. */
interface BibRecord {
  key: string;
  text: string;
  code: "N/OL" | "R/OL" | "EB/OL";
  title: string;
  journal?: string;
  uncertain: boolean;
}

const citeDir = join(values.site, "cite");
const files: [string, string][] = existsSync(citeDir)
  ? readdirSync(citeDir)
      .filter((name) => name.endsWith(".bib"))
      .sort()
      .map((name) => [name, readFileSync(join(citeDir, name), "utf8")])
  : readContentFolder(join(values.content, "texts")).map((doc) => [
      `${doc.frontmatter.slug}.bib`,
      citationDownload(doc.frontmatter, `https://xiangwen.example/texts/${doc.frontmatter.slug}/`, "bib"),
    ]);
console.error(
  `bench:latex: ${files.length} .bib files from ${existsSync(citeDir) ? citeDir : `${values.content}/texts (no build)`}`,
);

const field = (text: string, name: string) => new RegExp(`^  ${name} = \\{(.*)\\},$`, "mu").exec(text)?.[1];
const unbrace = (value: string) => value.replace(/\\([%&#_{}$])/g, "$1").replace(/[{}]/g, "");
const records: BibRecord[] = files.map(([name, text]) => {
  const [, type = "", key = ""] = /^@(\w+)\{([^,]+),/u.exec(text) ?? [];
  const code = type === "article" ? "N/OL" : type === "techreport" ? "R/OL" : "EB/OL";
  if (!key) throw new Error(`${name}: no BibTeX record`);
  const journal = field(text, "journal");
  return {
    key,
    text,
    code,
    title: unbrace(field(text, "title") ?? ""),
    ...(journal ? { journal: unbrace(journal) } : {}),
    uncertain: /^ {2}date = \{[^}]*\?\},$/mu.test(text),
  };
});

const dir = mkdtempSync(join(tmpdir(), "xiangwen-latex-"));
writeFileSync(join(dir, "edition.bib"), records.map((r) => r.text).join("\n"));
const cite = `\\nocite{${records.map((r) => r.key).join(",")}}`;
const documents = {
  biblatex: `\\documentclass{ctexart}\n\\usepackage[backend=biber,style=gb7714-2015]{biblatex}\n\\addbibresource{edition.bib}\n\\begin{document}\n${cite}\n\\printbibliography\n\\end{document}\n`,
  gbt7714: `\\documentclass{ctexart}\n\\usepackage{gbt7714}\n\\bibliographystyle{gbt7714-numerical}\n\\begin{document}\n${cite}\n\\bibliography{edition}\n\\end{document}\n`,
};

/** Typeset one document: LaTeX, the bibliography program, LaTeX twice; the references as text. */
function typeset(name: keyof typeof documents): { text: string; warnings: string[] } {
  writeFileSync(join(dir, `${name}.tex`), documents[name]);
  const latex = () => run("xelatex", ["-interaction=nonstopmode", "-halt-on-error", `${name}.tex`], dir);
  const steps = [
    latex,
    () => (name === "biblatex" ? run("biber", ["--validate-datamodel", name], dir) : run("bibtex", [name], dir)),
    latex,
    latex,
  ];
  const logs: string[] = [];
  for (const [k, step] of steps.entries()) {
    console.error(`bench:latex: ${name} step ${k + 1}/${steps.length}`);
    const { status, output } = step();
    logs.push(output);
    if (status !== 0 && !(name === "gbt7714" && k === 1)) {
      console.error(output.slice(-3000));
      throw new Error(`${name}: step ${k + 1} failed (exit ${status}); files kept in ${dir}`);
    }
  }
  // -layout keeps a hyphen at the end of a line (2021-04-⏎23), which the default mode drops.
  const text = run("pdftotext", ["-layout", "-enc", "UTF-8", `${name}.pdf`, "-"], dir).output;
  const warnings = logs.flatMap((log) => log.split("\n").filter((line) => /^(WARN|Warning--)/u.test(line)));
  return { text, warnings };
}

/** The references of the typeset bibliography, in order, each on one line without spaces or page heads. */
function references(text: string): string[] {
  const flat = text.replace(/\s+/gu, "").replace(/参考文献\d+/gu, "");
  return flat.split(/\[\d+\](?=\S)/u).slice(1);
}

const strip = (text: string) => text.replace(/\s+/gu, "");
/** Whether `reference` holds `text`, a character the font lacks (pdftotext's U+FFFD) standing for any. */
const holds = (reference: string, text: string) =>
  new RegExp(
    [...strip(text)].map((ch) => `(?:${ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}|\uFFFD)`).join(""),
    "u",
  ).test(reference);

/** Warnings by kind, the entry's name left out: `Invalid field 'venue' for entrytype 'online' ×3`. */
function warningKinds(warnings: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const warning of warnings) {
    const kind = warning.replace(/Entry '[^']+' \([^)]*\): /u, "").replace(/ in \S+$/u, "");
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, n]) => `${kind} ×${n}`);
}
let failures = 0;
for (const name of Object.keys(documents) as (keyof typeof documents)[]) {
  const { text, warnings } = typeset(name);
  const typesetRefs = references(text);
  const codes = new Map<string, number>();
  if (typesetRefs.length !== records.length) {
    console.log(`${name}: ${typesetRefs.length} references typeset for ${records.length} records`);
    failures++;
  }
  for (const [k, record] of records.entries()) {
    const reference = typesetRefs[k] ?? "";
    const problems = [
      !reference.includes(`[${record.code}]`) && `no [${record.code}]`,
      !holds(reference, record.title) && "title missing",
      record.journal && !holds(reference, record.journal) && "newspaper missing",
      record.uncertain && name === "gbt7714" && !/\d{4}-\d{2}-\d{2}\?/u.test(reference) && "date not marked ?",
      record.uncertain && name === "biblatex" && !reference.includes("系推定") && "no addendum",
    ].filter(Boolean);
    codes.set(record.code, (codes.get(record.code) ?? 0) + (problems.length === 0 ? 1 : 0));
    if (problems.length) {
      failures++;
      console.log(`${name}: ${record.key}: ${problems.join(", ")}\n  typeset: ${reference.slice(0, 300)}`);
    }
  }
  const summary = [...codes].map(([code, n]) => `${n} [${code}]`).join(", ");
  console.log(`${name.padEnd(9)} ${typesetRefs.length} references typeset; as cited on the site: ${summary}`);
  const missingGlyphs = (text.match(/\uFFFD/gu) ?? []).length;
  console.log(
    `${"".padEnd(9)} ${warnings.length} warnings${warnings.length ? `:\n  ${warningKinds(warnings).join("\n  ")}` : ""}`,
  );
  if (missingGlyphs)
    console.log(
      `${"".padEnd(9)} ${missingGlyphs} characters the CJK font lacks (e.g. ①: a font matter, not the record's)`,
    );
  console.log(`${"".padEnd(9)} e.g. [1] ${typesetRefs[0]?.slice(0, 160) ?? ""}`);
}
if (values.keep) console.error(`bench:latex: files kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
if (failures > 0) {
  console.error(`bench:latex: ${failures} problems`);
  process.exit(1);
}
