/** The convert CLI: progress on stderr, a clear error that changes nothing, and --check. */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixturesDir } from "./fixture.ts";
import { tempDir } from "../temp-dir.ts";

const cli = join(import.meta.dirname, "../../../scripts/convert.ts");

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
  return { code: result.status, stderr: result.stderr };
}

function workspace(): { sources: string; out: string } {
  const dir = tempDir("xiangwen-cli-");
  const sources = join(dir, "sources");
  mkdirSync(sources);
  copyFileSync(join(fixturesDir, "gbk/input.txt"), join(sources, "a.txt"));
  return { sources, out: join(dir, "content/texts") };
}

describe("npm run convert", { timeout: 30_000 }, () => {
  it("writes documents and reports progress per file", () => {
    const { sources, out } = workspace();
    const { code, stderr } = run("--sources", sources, "--out", out);
    expect(code).toBe(0);
    expect(stderr).toMatch(/a\.txt \(\d+ bytes, gb18030, long-line\) → 1 documents/);
    expect(readdirSync(out)).toEqual(["zhong-guo-gong-chan-dang-mou-mou-xian-di-yi-jie-wei-yuan-hui-di.md"]);
  });
  it("refuses a bad file, names it and leaves content/ untouched", () => {
    const { sources, out } = workspace();
    expect(run("--sources", sources, "--out", out).code).toBe(0);
    const [name = ""] = readdirSync(out);
    const before = readFileSync(join(out, name), "utf8");
    writeFileSync(join(sources, "b.txt"), readFileSync(join(fixturesDir, "bad-input/undecodable.txt")));
    const { code, stderr } = run("--sources", sources, "--out", out);
    expect(code).toBe(1);
    expect(stderr).toContain("b.txt: byte 6: is neither valid UTF-8 nor GB18030");
    expect(stderr).toContain("nothing was written");
    expect(readdirSync(out)).toEqual([name]);
    expect(readFileSync(join(out, name), "utf8")).toBe(before);
  });
  it("refuses a source that decodes but yields no document, and writes nothing", () => {
    const { sources, out } = workspace();
    // The bytes of 中文 and a cut-short character: once read as GB18030 mojibake and accepted with 0 documents.
    writeFileSync(join(sources, "b.txt"), new Uint8Array([0xe4, 0xb8, 0xad, 0xe6, 0x96, 0x87, 0xe4, 0xb8]));
    const { code, stderr } = run("--sources", sources, "--out", out);
    expect(code).toBe(1);
    expect(stderr).toMatch(/b\.txt: (yields no document|document .* has a title but no reading text)/);
    expect(stderr).toContain("nothing was written");
    expect(() => readdirSync(out)).toThrow();
  });
  it("--check passes when content/ is current and fails when it is stale", () => {
    const { sources, out } = workspace();
    run("--sources", sources, "--out", out);
    expect(run("--sources", sources, "--out", out, "--check").code).toBe(0);
    const [name = ""] = readdirSync(out);
    const file = join(out, name);
    writeFileSync(file, readFileSync(file, "utf8").replace("取得新进展", "取得新的进展")); // a hand edit
    const bare = run("--sources", sources, "--out", out, "--check");
    const { code, stderr } = bare;
    expect(code).toBe(1);
    expect(stderr).toContain(`${name}: differs from what the converter produces now`);
  });
  it("rejects unknown options with the usage line", () => {
    const { code, stderr } = run("--frobnicate");
    expect(code).toBe(2);
    expect(stderr).toContain("usage: npm run convert");
  });
});
