/**
 * Debian's validators, run from the tests: `jing` (RELAX NG, for TEI against tei_all.rng) and
 * `epubcheck` (a Java jar; Debian installs it as /usr/bin/epubcheck → epubcheck.jar). Both are
 * JVMs, so jing gets every file in one run and epubcheck runs at most two at a time.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";

/** The TEI schema shared with the project (`../shared/schemas` beside the repository), or TEI_SCHEMA. */
export const teiSchema = resolve(
  process.env["TEI_SCHEMA"] ?? join(import.meta.dirname, "../../../shared/schemas/tei_all.rng"),
);

/** A program on the PATH, or an error that says how to install it. */
function onPath(name: string, pkg: string): string {
  for (const dir of (process.env["PATH"] ?? "").split(delimiter)) {
    const path = join(dir, name);
    if (existsSync(path)) return path;
  }
  throw new Error(`${name} not found on PATH: apt-get install ${pkg}`);
}

/** Run a program; resolve with its exit code and output (never reject on a non-zero exit). */
function run(file: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(file, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** What jing said: exit code and its error lines (the Debian wrapper's classpath warnings dropped). */
export interface JingResult {
  code: number;
  errors: string[];
}

/** Validate files against a RELAX NG schema in one jing run. */
export async function runJing(schema: string, files: readonly string[]): Promise<JingResult> {
  if (!existsSync(schema)) throw new Error(`TEI schema not found at ${schema} (set TEI_SCHEMA)`);
  const { code, stdout, stderr } = await run(onPath("jing", "jing"), [schema, ...files]);
  const lines = `${stdout}\n${stderr}`
    .split("\n")
    .filter((line) => line.trim() && !/^\[warning\] .*jing: Unable to locate/.test(line));
  return { code, errors: lines };
}

/** epubcheck's verdict on one file. */
export interface EpubcheckResult {
  file: string;
  fatals: number;
  errors: number;
  warnings: number;
  /** `SEVERITY(ID) path: message` of every message, for the failure report. */
  messages: string[];
}

interface EpubcheckJson {
  checker: { nFatal: number; nError: number; nWarning: number };
  messages: { ID: string; severity: string; message: string; locations: { path: string; line: number }[] }[];
}

/** The command that starts epubcheck: the jar through java (fast-start flags), or a wrapper script. */
function epubcheckCommand(): { file: string; args: string[] } {
  const found = realpathSync(onPath("epubcheck", "epubcheck"));
  const isJar = readFileSync(found).subarray(0, 2).toString("latin1") === "PK";
  // C1-only JIT and the serial collector halve a short run's start-up on two cores.
  return isJar
    ? {
        file: onPath("java", "default-jre-headless"),
        args: ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", found],
      }
    : { file: found, args: [] };
}

/** Check EPUBs with epubcheck, `parallel` JVMs at a time, reading its JSON report. */
export async function runEpubcheck(files: readonly string[], parallel = 2): Promise<EpubcheckResult[]> {
  const command = epubcheckCommand();
  const dir = mkdtempSync(join(tmpdir(), "xiangwen-epubcheck-"));
  const results: EpubcheckResult[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const k = next++;
      const file = files[k] ?? "";
      const report = join(dir, `${k}.json`);
      const { stdout, stderr } = await run(command.file, [...command.args, file, "--json", report, "-q"]);
      if (!existsSync(report)) throw new Error(`epubcheck wrote no report for ${file}:\n${stdout}${stderr}`);
      const json = JSON.parse(readFileSync(report, "utf8")) as EpubcheckJson;
      results[k] = {
        file,
        fatals: json.checker.nFatal,
        errors: json.checker.nError,
        warnings: json.checker.nWarning,
        messages: json.messages.map(
          (m) => `${m.severity}(${m.ID}) ${m.locations.map((l) => `${l.path}:${l.line}`).join(", ")}: ${m.message}`,
        ),
      };
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(parallel, files.length) }, worker));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
