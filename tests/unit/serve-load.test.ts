/**
 * The static server under load, as `npm start` meets it: a thousand downloads given up half way
 * (a reader closing the tab), and files replaced or removed while they are being served (dist/
 * rebuilt under a running server). The server runs as its own process with room for only 256 open
 * files, so a descriptor kept per download would exhaust it well before the thousandth; it must
 * neither exit nor hold more descriptors at the end than at the start (counted in /proc, as on
 * Linux, where CI runs).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "./temp-dir.ts";

const root = resolve(import.meta.dirname, "../..");
const openFileLimit = 256;
const abortedDownloads = 1000;
const rounds = 200;
const atOnce = 20;
/** Big enough that a download is still being sent when the reader gives up. */
const big = Buffer.alloc(4 * 2 ** 20, "湘文");

let site: string;
let server: ChildProcess;
let url: string;
let exited: string | null = null;

beforeAll(async () => {
  site = tempDir("xiangwen-serve-load-");
  writeFileSync(join(site, "big.epub"), big);
  writeFileSync(join(site, "404.html"), "<p>未找到</p>");
  for (const name of ["renamed", "removed", "rewritten"]) writeFileSync(join(site, `${name}.txt`), "甲".repeat(50_000));
  server = spawn(
    "sh",
    ["-c", `ulimit -n ${openFileLimit} && exec "$0" scripts/serve.ts "$1"`, process.execPath, site],
    {
      cwd: root,
      env: { ...process.env, PORT: "0", BASE_PATH: "/" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stderr = "";
  server.stderr?.on("data", (chunk: Buffer) => (stderr += String(chunk)));
  server.on("exit", (code, signal) => (exited = `exit ${code ?? signal}: ${stderr}`));
  url = await new Promise<string>((done, fail) => {
    let stdout = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      stdout += String(chunk);
      const found = / at (http:\S+)/.exec(stdout);
      if (found?.[1]) done(found[1]);
    });
    server.on("exit", () => fail(new Error(exited ?? "server exited")));
  });
});

afterAll(() => {
  server?.kill();
});

/** The number of open descriptors of the server process. */
const descriptors = (): number => readdirSync(`/proc/${server.pid}/fd`).length;

/** GET a path and give up after the first chunk of the body. */
function abortedDownload(path: string): Promise<void> {
  return new Promise((done, fail) => {
    const request = get(`${url}${path}`, { agent: false }, (response) => {
      if (response.statusCode !== 200) fail(new Error(`${path}: ${response.statusCode}`));
      response.once("data", () => request.destroy());
    });
    request.on("close", () => done());
    request.on("error", (error) => ((error as NodeJS.ErrnoException).code === "ECONNRESET" ? done() : fail(error)));
  });
}

/** GET a path to the end: its status, or the error the connection ended with. */
function download(path: string): Promise<string> {
  return new Promise((done) => {
    const request = get(`${url}${path}`, { agent: false }, (response) => {
      response.resume();
      response.on("end", () => done(String(response.statusCode)));
      response.on("error", (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
    });
    request.on("error", (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
  });
}

/** Run `count` tasks, `atOnce` at a time. */
async function inBatches<T>(count: number, task: (n: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += atOnce) {
    const batch = Array.from({ length: Math.min(atOnce, count - start) }, (_, k) => task(start + k));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}

describe("the server under load", { timeout: 600_000 }, () => {
  it("survives a thousand aborted downloads without keeping a descriptor for any", async () => {
    expect(await download("big.epub")).toBe("200");
    const before = descriptors();
    await inBatches(abortedDownloads, () => abortedDownload("big.epub"));
    expect(exited).toBeNull();
    expect(await download("big.epub")).toBe("200");
    // The last batch may still be closing (a socket and a file each); a leak would be one per download.
    expect(descriptors() - before).toBeLessThan(3 * atOnce);
  });

  it("survives files replaced, removed and rewritten while they are served", async () => {
    // Another process changes the three files as fast as it can, the way a build rewrites dist/.
    const changer = spawn(
      process.execPath,
      [
        "-e",
        `const fs = require("node:fs"), path = require("node:path");
        const at = (name) => path.join(process.argv[1], name);
        for (let round = 0; ; round++) {
          const text = (round % 2 ? "乙" : "甲").repeat(40000 + (round % 100) * 10);
          fs.writeFileSync(at(".next"), text);
          fs.renameSync(at(".next"), at("renamed.txt"));
          fs.rmSync(at("removed.txt"));
          fs.writeFileSync(at("removed.txt"), text);
          fs.writeFileSync(at("rewritten.txt"), text);
        }`,
        site,
      ],
      { stdio: "ignore" },
    );
    try {
      const before = descriptors();
      const names = ["renamed.txt", "removed.txt", "rewritten.txt"];
      const statuses = new Set(await inBatches(rounds * names.length, (n) => download(names[n % 3] ?? "")));
      expect(exited).toBeNull();
      expect(await download("renamed.txt")).toBe("200");
      // Served, or not there at that instant; a response may also be cut short when its file changed
      // under it (a connection error on this side, never an error status).
      expect([...statuses].filter((status) => /^\d+$/.test(status) && status !== "200" && status !== "404")).toEqual(
        [],
      );
      expect(statuses).toContain("200");
      expect(descriptors() - before).toBeLessThan(3 * atOnce);
    } finally {
      changer.kill();
    }
  });
});
