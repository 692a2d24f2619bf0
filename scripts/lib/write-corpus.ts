/**
 * Writing `content/texts/` so that a run killed at any moment leaves the old state or the new one,
 * never a mix: the new files are written into a staging folder beside it, then two renames swap
 * the folders. Between those renames the folder is briefly absent; the next run (or `--check`)
 * puts the old folder back before anything reads it, and clears a killed run's staging folder.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** `<slug>.md` → file content. */
export type CorpusFiles = Map<string, string>;

/** Folders a run leaves beside `outDir` while it writes: `.texts.new-<pid>`, `.texts.old-<pid>`. */
function leftovers(outDir: string, kind: "new" | "old"): string[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const prefix = `.${basename(outDir)}.${kind}-`;
  return readdirSync(parent)
    .filter((name) => name.startsWith(prefix))
    .map((name) => join(parent, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
}

/**
 * Undo what a killed run left: when the output folder is missing but an old one waits beside it,
 * put it back; remove staging and old folders. Returns a notice when it restored something.
 */
export function recoverInterruptedWrite(outDir: string): string | null {
  let notice: string | null = null;
  const [old] = leftovers(outDir, "old");
  if (!existsSync(outDir) && old) {
    renameSync(old, outDir);
    notice = `${outDir} was missing after an interrupted run; restored the previous content`;
  }
  for (const folder of [...leftovers(outDir, "new"), ...leftovers(outDir, "old")])
    rmSync(folder, { recursive: true, force: true });
  return notice;
}

/** Replace the output folder with the new files (write aside, then swap). */
export function writeCorpus(outDir: string, files: CorpusFiles): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  recoverInterruptedWrite(outDir);
  const staging = join(parent, `.${basename(outDir)}.new-${process.pid}`);
  const old = join(parent, `.${basename(outDir)}.old-${process.pid}`);
  mkdirSync(staging);
  for (const [name, content] of files) writeFileSync(join(staging, name), content);
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
}
