/**
 * The export step as the build runs it (`node scripts/build-exports.ts`): environment in,
 * files out (data, citation downloads, TEI, plain text, EPUB), progress on stderr, a clear refusal without a built site; and the build date rule.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDate } from "../../../src/exports/context.ts";
import { sitePaths } from "../../../src/format/urls.ts";

const root = resolve(import.meta.dirname, "../../..");
const work = mkdtempSync(join(tmpdir(), "xiangwen-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Run the CLI on a site folder with the given environment. */
function runCli(site: string, env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !["SITE_URL", "BASE_PATH"].includes(k)));
  return spawnSync(
    process.execPath,
    ["scripts/build-exports.ts", "--site", site, "--annotations", join(work, "no-annotations")],
    {
      cwd: root,
      env: { ...clean, ...env },
      encoding: "utf8",
    },
  );
}

describe("build-exports CLI", () => {
  it("writes the exports for SITE_URL + BASE_PATH at SOURCE_DATE_EPOCH's date, with progress on stderr", () => {
    const site = join(work, "site");
    mkdirSync(site);
    writeFileSync(join(site, "index.html"), "");
    const run = runCli(site, { SITE_URL: "https://x.example", BASE_PATH: "ed", SOURCE_DATE_EPOCH: "1700000000" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^\[exports\] writing TEI, plain text and EPUB for https:\/\/x\.example\/ed\/ \(2023-11-15/,
    );
    expect(run.stderr).toMatch(/\[exports\] \d+ documents → \d+ files/);
    const tei = readFileSync(join(site, sitePaths.tei("bao-zhang-kuai-di-xiao-ge-he-fa-quan-yi")), "utf8");
    expect(tei).toContain('<date when="2023-11-15" type="build">');
    expect(tei).toContain(
      '<idno type="URI">https://x.example/ed/texts/bao-zhang-kuai-di-xiao-ge-he-fa-quan-yi/</idno>',
    );
    // The JSON data and the citation downloads, for the same address.
    const slug = "bao-zhang-kuai-di-xiao-ge-he-fa-quan-yi";
    const data = JSON.parse(readFileSync(join(site, sitePaths.textData(slug)), "utf8")) as { url: string };
    expect(data.url).toBe(`https://x.example/ed/texts/${slug}/`);
    expect(readFileSync(join(site, sitePaths.citation(slug, "bib")), "utf8")).toMatch(/^@\w+\{bao_zhang_kuai_di/);
    expect(readFileSync(join(site, sitePaths.citation(slug, "ris")), "utf8")).toMatch(/^TY {2}- /);
    const csl = JSON.parse(readFileSync(join(site, sitePaths.citation(slug, "json")), "utf8")) as Array<{
      URL: string;
    }>;
    expect(csl[0]?.URL).toBe(`https://x.example/ed/texts/${slug}/`);
  });

  it("refuses to run without a built site, exit 2 and a reason", () => {
    const run = runCli(join(work, "nothing"), {});
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/index\.html not found: run astro build first/);
  });
});

describe("build date", () => {
  it("is SOURCE_DATE_EPOCH's day in China, else today's there", () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: "1700000000" })).toBe("2023-11-15");
    // 2024-05-05T20:00Z is already 6 May in Beijing.
    expect(buildDate({}, new Date("2024-05-05T20:00:00Z"))).toBe("2024-05-06");
    expect(() => buildDate({ SOURCE_DATE_EPOCH: "soon" })).toThrow(/whole seconds/);
  });
});
