/** The index writer: gzip files under a build folder, manifest last, older builds removed. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeSearchIndex } from "../../../scripts/search-index/write-index.ts";
import { doc, openFixtureIndex } from "./fixture.ts";

/** Every file under a folder, relative. */
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => statSync(join(dir, name)).isFile());

describe("writeSearchIndex", () => {
  it("writes gzip files under one build folder and replaces an older build", async () => {
    const first = [doc("one", "news", "2021-01-01", ["第一篇。"])];
    const { dir, index } = await openFixtureIndex(first);
    const stats = writeSearchIndex([...first, doc("two", "news", "2021-01-02", ["第二篇。"])], dir);
    const names = files(dir);
    expect(readdirSync(dir).sort()).toEqual(
      [
        (JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { build: string }).build,
        "manifest.json",
      ].sort(),
    );
    expect(readdirSync(dir)).not.toContain(index.manifest.build);
    expect(stats.files).toBe(names.length);
    expect(stats.bytes).toBe(names.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0));
    for (const name of names.filter((n) => n !== "manifest.json")) {
      expect([...readFileSync(join(dir, name)).subarray(0, 2)], name).toEqual([0x1f, 0x8b]);
    }
    expect(stats).toMatchObject({ documents: 2, blocks: 2 });
  });

  it("names the build by its content, so the same corpus gets the same folder", async () => {
    const docs = [doc("one", "news", "2021-01-01", ["第一篇。"])];
    const a = await openFixtureIndex(docs);
    const b = await openFixtureIndex(docs);
    const c = await openFixtureIndex([doc("one", "news", "2021-01-01", ["第一篇！"])]);
    expect(a.index.manifest.build).toBe(b.index.manifest.build);
    expect(c.index.manifest.build).not.toBe(a.index.manifest.build);
  });
});
