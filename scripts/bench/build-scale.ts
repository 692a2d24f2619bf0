/**
 * `npm run bench:build -- [--sizes 15,1500,15000] [--seed 1] [--keep]`: how the cost of building
 * the edition grows with the corpus. For each N, in a scratch folder:
 *
 * 1. convert — the converter over the five real sources copied N/15 times (N documents; copies of
 *    the real files are what the converter really meets, and what main measured);
 * 2. the site's build as `npm run build:site` runs it, stage by stage (scripts/build-steps.ts) —
 *    over a synthetic edition of N documents from the synthetic-corpus
 *    generator (shared with the search benchmark: real paragraphs varied and shuffled, unique
 *    titles and dates), with source files for their source views and the real annotations.
 *
 * Each step runs as its own process under `/usr/bin/time`: wall time, CPU time and peak memory (the largest
 * resident set of the step, its helper processes included — Pagefind's indexer is one — and for
 * steps run together, what they held at once). Then the output: size on disk and files by kind, per document. Times
 * are of this machine; the ratios between the Ns are what the report is for.
 */
import { spawn } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { syntheticDocuments, writeCorpus } from "./synthetic-corpus.ts";
import type { ContentDocument } from "../../src/format/content-file.ts";
import { readIndexDocuments } from "../search-index/corpus.ts";
import { buildStages, stepCommand, stepEnv, type BuildStep } from "../build-steps.ts";
import { sampleTreeMemory } from "./tree-memory.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "15,1500,15000" },
    seed: { type: "string", default: "1" },
    keep: { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map(Number);
const root = resolve(".");
const node = process.execPath;
const time = "/usr/bin/time";
if (!existsSync(time)) {
  console.error("bench:build needs GNU time at /usr/bin/time (Debian: apt-get install time)");
  process.exit(2);
}
const log = (message: string) => process.stderr.write(`[bench:build] ${message}\n`);

interface Step {
  name: string;
  seconds: number;
  /** CPU time (user + system) of the step's processes: above `seconds`, more than one core worked. */
  cpuSeconds: number;
  peakMB: number;
  /** CPU time the virtual machine's host took from its cores meanwhile (0 on bare metal). */
  stolenSeconds?: number;
}

/**
 * CPU seconds stolen from this machine so far, all cores together: /proc/stat's `steal`, in the
 * kernel's clock ticks of 1/100 s. On a shared virtual machine it varies from minute to minute
 * (measured here: from 0 to 15 % of the cores), which is why the times of two runs differ.
 */
function stolenSoFar(): number {
  const cpu = existsSync("/proc/stat") ? (readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "") : "";
  return Number(cpu.trim().split(/\s+/)[8] ?? 0) / 100;
}

/** Run one step under /usr/bin/time; its own output goes to `<work>/<name>.log`. */
function run(name: string, args: string[], env: NodeJS.ProcessEnv, work: string): { pid: number; done: Promise<Step> } {
  log(`  ${name} …`);
  const child = spawn(time, ["-f", "TIME %e %M %U %S", ...args], {
    cwd: root,
    env: stepEnv({ ...process.env, ...env }),
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<Step>((resolve, reject) =>
    child.on("close", (code) => {
      writeFileSync(join(work, `${name}.log`), output);
      const measured = /TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(output);
      if (code !== 0 || !measured) return reject(new Error(`${name} failed (see ${join(work, `${name}.log`)})`));
      resolve({
        name,
        seconds: Number(measured[1]),
        cpuSeconds: Number(measured[3]) + Number(measured[4]),
        peakMB: Number(measured[2]) / 1024,
      });
    }),
  );
  return { pid: child.pid ?? -1, done };
}

/**
 * Run the build's stages as `npm run build:site` does (build-steps.ts): a stage's steps at the same
 * time. A stage's peak is the most its process trees held at once (sampled from /proc, helper
 * processes such as Pagefind's included), or a step's own peak if that was higher.
 */
async function runStages(stages: BuildStep[][], env: NodeJS.ProcessEnv, work: string): Promise<Step[]> {
  const measured: Step[] = [];
  for (const stage of stages) {
    const started = performance.now();
    const stolen = stolenSoFar();
    const running = stage.map((step) => run(step.name, stepCommand(step, node), env, work));
    const sampler = sampleTreeMemory(() => running.map((r) => r.pid));
    const steps = await Promise.all(running.map((r) => r.done));
    const treeMB = sampler.stop() / 1024 / 1024;
    const step = {
      name: steps.map((s) => s.name).join(" ‖ "),
      seconds: steps.length === 1 ? (steps[0]?.seconds ?? 0) : (performance.now() - started) / 1000,
      cpuSeconds: steps.reduce((sum, s) => sum + s.cpuSeconds, 0),
      peakMB: Math.max(treeMB, ...steps.map((s) => s.peakMB)),
      stolenSeconds: stolenSoFar() - stolen,
    };
    const each =
      steps.length > 1
        ? ` [${steps.map((s) => `${s.name} ${s.seconds.toFixed(1)} s, ${s.cpuSeconds.toFixed(1)} s CPU`).join("; ")}]`
        : "";
    log(
      `  ${step.name}: ${step.seconds.toFixed(1)} s (${step.cpuSeconds.toFixed(1)} s CPU), ${step.peakMB.toFixed(0)} MB peak, ${step.stolenSeconds.toFixed(1)} s stolen${each}`,
    );
    measured.push(step);
  }
  return measured;
}

/** Bytes and files below a folder, by top-level part of the site. */
function outputOf(dir: string): { bytes: number; files: number; parts: Map<string, { bytes: number; files: number }> } {
  const parts = new Map<string, { bytes: number; files: number }>();
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const size = statSync(path).size;
    const relative = path.slice(dir.length + 1);
    const part = relative.includes("/") ? (relative.split("/")[0] ?? "") : "(root)";
    const sum = parts.get(part) ?? { bytes: 0, files: 0 };
    parts.set(part, { bytes: sum.bytes + size, files: sum.files + 1 });
    bytes += size;
    files += 1;
  }
  return { bytes, files, parts };
}

/** The five real sources copied until they make about n documents (the five make 15). */
function copiedSources(n: number, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const real = readdirSync("sources").filter((f) => f.endsWith(".txt") || f.endsWith(".yaml"));
  const copies = Math.max(1, Math.round(n / 15));
  for (let c = 0; c < copies; c++)
    for (const file of real) copyFileSync(join("sources", file), join(dir, `${String(c).padStart(5, "0")}-${file}`));
}

/** Source files for the synthetic documents' source views: each names its file and line range. */
function syntheticSources(documents: readonly ContentDocument[], dir: string): void {
  mkdirSync(dir, { recursive: true });
  const lines = new Map<string, number>();
  for (const doc of documents) {
    const {
      file,
      lines: [, last],
    } = doc.frontmatter.source;
    lines.set(file, Math.max(lines.get(file) ?? 0, last));
  }
  const paragraph = real[0]?.blocks[0]?.text ?? "湘文";
  for (const [file, count] of lines)
    writeFileSync(
      join(dir, basename(file)),
      Array.from({ length: count }, (_, k) => (k % 3 === 2 ? "" : paragraph)).join("\n"),
    );
}

/** The real edition, read once: the synthetic corpora are made from it. */
const real = readIndexDocuments("content/texts");
const report: string[] = [];
for (const n of sizes) {
  const work = join(tmpdir(), "xiangwen-bench", `build-${n}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  log(`N = ${n} in ${work}`);

  copiedSources(n, join(work, "copied-sources"));
  const [convert] = await runStages(
    [
      [
        {
          name: "convert",
          args: ["scripts/convert.ts", "--sources", join(work, "copied-sources"), "--out", join(work, "converted")],
        },
      ],
    ],
    {},
    work,
  );
  const converted = readdirSync(join(work, "converted")).filter((f) => f.endsWith(".md")).length;

  const content = join(work, "content");
  const synthetic = syntheticDocuments(real, n, Number(values.seed));
  writeCorpus(synthetic, join(content, "texts"));
  for (const file of ["glossary.yaml", "people.yaml", "bodies.yaml"])
    cpSync(join("content", file), join(content, file));
  syntheticSources(synthetic, join(work, "sources"));
  const site = join(work, "dist");
  const env = {
    XIANGWEN_CONTENT_DIR: join(content, "texts"),
    XIANGWEN_ANNOTATIONS_DIR: content,
    XIANGWEN_SOURCES_DIR: join(work, "sources"),
    SITE_URL: "https://example.org",
  };
  if (!convert) throw new Error("convert: no measurement");
  const steps = [convert, ...(await runStages(buildStages(site), env, work))];
  const output = outputOf(site);
  const total = steps.reduce((sum, s) => sum + s.seconds, 0);
  const cpu = steps.reduce((sum, s) => sum + s.cpuSeconds, 0);
  const peak = Math.max(...steps.map((s) => s.peakMB));
  const stolen = steps.reduce((sum, s) => sum + (s.stolenSeconds ?? 0), 0);
  const section = [
    `N = ${n.toLocaleString("en")} (converter: ${converted} documents from ${Math.max(1, Math.round(n / 15)) * 5} copied sources)`,
    ...steps.map(
      (s) =>
        `  ${s.name.padEnd(26)} ${s.seconds.toFixed(1).padStart(7)} s ${s.cpuSeconds.toFixed(1).padStart(7)} s CPU ${s.peakMB.toFixed(0).padStart(6)} MB peak ${(s.stolenSeconds ?? 0).toFixed(1).padStart(6)} s stolen`,
    ),
    `  ${"total".padEnd(26)} ${total.toFixed(1).padStart(7)} s ${cpu.toFixed(1).padStart(7)} s CPU ${peak.toFixed(0).padStart(6)} MB peak ${stolen.toFixed(1).padStart(6)} s stolen   (${((total / n) * 1000).toFixed(1)} ms per document)`,
    `  output ${(output.bytes / 1e6).toFixed(0)} MB in ${output.files.toLocaleString("en")} files (${(output.bytes / n / 1024).toFixed(0)} KB and ${(output.files / n).toFixed(1)} files per document):`,
    ...[...output.parts]
      .sort((a, b) => b[1].bytes - a[1].bytes)
      .map(
        ([part, { bytes, files }]) =>
          `    ${part.padEnd(14)} ${(bytes / 1e6).toFixed(1).padStart(8)} MB ${files.toLocaleString("en").padStart(8)} files`,
      ),
  ];
  console.log(section.join("\n"));
  report.push(...section);
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
console.log(`\n${report.join("\n")}`);
