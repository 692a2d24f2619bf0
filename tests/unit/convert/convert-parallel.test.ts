/**
 * The converter on worker threads (what `npm run convert` runs) writes exactly what the one-thread
 * converter writes, carried ids included, and refuses a bad source the same way.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { convertCorpusInParallel } from "../../../scripts/lib/convert-parallel.ts";
import { convertCorpus } from "../../../scripts/lib/corpus.ts";
import { ConvertError } from "../../../scripts/lib/errors.ts";
import { readPreviousContent } from "../../../scripts/lib/previous-content.ts";
import { fixturesDir } from "./fixture.ts";

const work = mkdtempSync(join(tmpdir(), "convert-parallel-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const forced = { threads: 2, from: 0 }; // workers even for the edition's five sources

describe("converting on worker threads", () => {
  test("gives the files the one-thread converter gives, ids carried from the previous content", async () => {
    const options = { sourcesDir: "sources", useSidecars: true, previous: readPreviousContent("content/texts") };
    const parallel = await convertCorpusInParallel(options, forced);
    expect(parallel.size).toBeGreaterThan(10);
    expect([...parallel]).toEqual([...convertCorpus(options)]);
  }, 60_000);

  test("reports each source as it is converted", async () => {
    const lines: string[] = [];
    await convertCorpusInParallel({ sourcesDir: "sources", useSidecars: true, onSource: (l) => lines.push(l) }, forced);
    const names = readdirSync("sources").filter((name) => name.endsWith(".txt"));
    expect(lines).toHaveLength(names.length);
    for (const name of names) expect(lines.some((line) => line.startsWith(`${name} (`))).toBe(true);
  }, 60_000);

  test("refuses a bad source with the ConvertError that names it", async () => {
    const sources = join(work, "bad");
    cpSync("sources", sources, { recursive: true });
    writeFileSync(join(sources, "b.txt"), readFileSync(join(fixturesDir, "bad-input/undecodable.txt")));
    const run = convertCorpusInParallel({ sourcesDir: sources, useSidecars: true }, forced);
    await expect(run).rejects.toThrow(ConvertError);
    await expect(convertCorpusInParallel({ sourcesDir: sources, useSidecars: true }, forced)).rejects.toThrow(
      "b.txt: byte 6: is neither valid UTF-8 nor GB18030",
    );
  }, 60_000);
});
