import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Server } from "node:http";
import { mimeType, startServer } from "../../scripts/serve.ts";
import { tempDir } from "./temp-dir.ts";

describe("mimeType", () => {
  it.each([
    ["a/index.html", "text/html; charset=utf-8"],
    ["pagefind/wasm.unknown.pagefind", "application/octet-stream"],
    ["pagefind/index/zh-cn_1.pf_index", "application/octet-stream"],
    ["x.wasm", "application/wasm"],
    ["data/corpus.json", "application/json; charset=utf-8"],
  ])("%s → %s", (path, type) => expect(mimeType(path)).toBe(type));
});

describe("startServer", () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const root = tempDir("xiangwen-serve-");
    mkdirSync(join(root, "texts", "a"), { recursive: true });
    writeFileSync(join(root, "texts", "a", "index.html"), "<p>甲</p>");
    writeFileSync(join(root, "404.html"), "<p>未找到</p>");
    ({ server, url } = await startServer({ root, port: 0, base: "/xiangwen" }));
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it("listens on a free loopback port under the base path", () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/xiangwen\/$/);
  });

  it("serves a directory's index.html", async () => {
    const response = await fetch(`${url}texts/a/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await response.text()).toBe("<p>甲</p>");
  });

  it("answers missing files and paths outside the base with the 404 page", async () => {
    for (const path of [`${url}texts/b/`, url.replace("/xiangwen/", "/texts/a/"), `${url}..%2f..%2fetc/passwd`]) {
      const response = await fetch(path);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe("<p>未找到</p>");
    }
  });
});
