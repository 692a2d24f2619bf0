/** `npm run search` (scripts/search.ts) on an index written into a temporary site folder. */
import { execFileSync, spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { doc, openFixtureIndex } from "./fixture.ts";

const root = resolve(import.meta.dirname, "../../..");
const { dir } = await openFixtureIndex([
  doc("climate", "speech", "2021-04-22", ["碳达峰碳达峰，碳中和。", "一、总体要求"]),
  doc("meeting", "news", "2022-06-14", ["积极稳妥推进碳达峰碳中和。"], "b.txt"),
]);
const site = dirname(dir);

/** Run the CLI; returns its exit code and output. */
function search(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(root, "scripts/search.ts"), "--site", site, ...args], {
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each case starts Node processes: generous time on a busy 2-core machine.
describe("npm run search", { timeout: 30_000 }, () => {
  it("prints every hit as JSON with url, slug, block, label, title, kind, date and excerpt; exit 0", () => {
    const { status, stdout } = search("--json", "碳達峰");
    expect(status).toBe(0);
    const hits = JSON.parse(stdout) as Record<string, unknown>[];
    expect(hits.map((h) => `${String(h["slug"])}#${String(h["block"])}`)).toEqual(["climate#p1", "meeting#p1"]);
    expect(hits[0]).toMatchObject({
      match: "exact",
      url: "/texts/climate/#p1",
      label: "¶1",
      title: "climate 标题",
      kind: "speech",
      date: "2021-04-22",
      occurrences: 2,
      excerpt: "<mark>碳达峰碳达峰</mark>，碳中和。",
    });
  });

  it("streams one JSON object per line with --jsonl, and filters", () => {
    const lines = search("--jsonl", "--kind", "news", "碳达峰").stdout.trim().split("\n");
    expect(lines.map((line) => (JSON.parse(line) as { slug: string }).slug)).toEqual(["meeting"]);
    expect(search("--jsonl", "--source", "b.txt", "--year", "2021", "碳达峰").status).toBe(1);
  });

  it("says in Chinese when a query was too long, and what it searched", () => {
    const long = search("积极稳妥推进碳达峰碳中和。积极稳妥推进碳达峰碳中和。");
    expect(long.status).toBe(0);
    expect(long.stderr).toContain("search: 检索词过长，只查找了“积极稳妥推进碳达峰碳中和”（一次最多查找 12 个字）。");
    expect(long.stdout).toMatch(/^“积极稳妥推进碳达峰碳中和”：1 处/);
  });

  it("says plainly when nothing is found (exit 1) and reports errors (exit 2)", () => {
    const none = search("量子计算");
    expect(none.status).toBe(1);
    expect(none.stdout.trim()).toBe("没有找到“量子计算”。");
    expect(search("--kind", "poem", "碳达峰").status).toBe(2);
    expect(search().stderr).toContain("no query given");
    const missing = spawnSync(
      process.execPath,
      [join(root, "scripts/search.ts"), "--site", join(site, "nowhere"), "x"],
      {
        encoding: "utf8",
      },
    );
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("run npm run build first");
  });

  it("prints readable hits with the label, kind and date in Chinese and the match in 【】", () => {
    const text = execFileSync(process.execPath, [join(root, "scripts/search.ts"), "--site", site, "总体"], {
      encoding: "utf8",
    });
    expect(text).toContain("“总体”：1 处，1 篇文献");
    expect(text).toContain("1. climate 标题 一、（讲话，2021年4月22日）");
    expect(text).toContain("一、【总体】要求");
  });
});
