/**
 * The static server of `npm start`, `npm run preview` and the browser tests: the site under its
 * base path, the 404 page, MIME types, caching headers (Cache-Control, ETag, Content-Length and the
 * 304 they allow), `nosniff`, ranges, 405 for anything but GET and HEAD, and a 404 for every form of
 * path traversal (sent raw, as an attacker sends it, not as `fetch` would normalise it).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { request, type Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mimeType, startServer } from "../../scripts/serve.ts";
import { tempDir } from "./temp-dir.ts";

describe("mimeType", () => {
  it.each([
    ["a/index.html", "text/html; charset=utf-8"],
    ["pagefind/wasm.unknown.pagefind", "application/octet-stream"],
    ["pagefind/index/zh-cn_1.pf_index", "application/octet-stream"],
    ["x.wasm", "application/wasm"],
    ["data/corpus.json", "application/json; charset=utf-8"],
    ["manifest.webmanifest", "application/manifest+json"],
    ["downloads/xiangwen.epub", "application/epub+zip"],
    ["data/tei/a.xml", "application/xml; charset=utf-8"],
    ["cite/a.bib", "application/x-bibtex; charset=utf-8"],
    ["cite/a.ris", "application/x-research-info-systems; charset=utf-8"],
    ["downloads/xiangwen-site.zip", "application/zip"],
  ])("%s → %s", (path, type) => expect(mimeType(path)).toBe(type));
});

/** A raw request: the path goes on the request line exactly as given. */
function raw(
  url: string,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method: options.method ?? "GET", headers: options.headers });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    req.on("error", fail);
    req.end();
  });
}

describe("startServer", () => {
  let server: Server;
  let url: string;
  const page = "<p>甲</p>";
  const bib = "@article{a, title={甲}}\n";
  const bibBytes = Buffer.byteLength(bib);
  beforeAll(async () => {
    const root = tempDir("xiangwen-serve-");
    mkdirSync(join(root, "texts", "a"), { recursive: true });
    mkdirSync(join(root, "_astro"));
    mkdirSync(join(root, "cite"));
    writeFileSync(join(root, "texts", "a", "index.html"), page);
    writeFileSync(join(root, "_astro", "site.B1x2.css"), "body{margin:0}");
    writeFileSync(join(root, "cite", "a.bib"), bib);
    writeFileSync(join(root, "texts", "a", ".index.html.123.partial"), "half a page");
    writeFileSync(join(root, "404.html"), "<p>未找到</p>");
    ({ server, url } = await startServer({ root, port: 0, base: "/xiangwen" }));
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it("listens on a free loopback port under the base path", () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/xiangwen\/$/);
  });

  it("serves a directory's index.html with its length, validators, caching rule and nosniff", async () => {
    const response = await fetch(`${url}texts/a/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(page)));
    expect(response.headers.get("etag")).toMatch(/^(W\/)?"[^"]+"$/);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.text()).toBe(page);
  });

  it("answers a request with the ETag it gave with 304 and no body", async () => {
    const etag = (await fetch(`${url}texts/a/`)).headers.get("etag") ?? "";
    const again = await raw(url, "/xiangwen/texts/a/", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.body).toBe("");
  });

  it("lets the browser keep Astro's hashed files for a year", async () => {
    const response = await fetch(`${url}_astro/site.B1x2.css`);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-type")).toBe("text/css; charset=utf-8");
  });

  it("sends a byte range, and says when a range cannot be satisfied", async () => {
    const part = await raw(url, "/xiangwen/cite/a.bib", { headers: { range: "bytes=1-7" } });
    expect(part.status).toBe(206);
    expect(part.headers["content-range"]).toBe(`bytes 1-7/${bibBytes}`);
    expect(part.body).toBe("article");
    const tail = await raw(url, "/xiangwen/cite/a.bib", { headers: { range: "bytes=-2" } });
    expect([tail.status, tail.body]).toEqual([206, "}\n"]);
    const beyond = await raw(url, "/xiangwen/cite/a.bib", { headers: { range: "bytes=100-" } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers["content-range"]).toBe(`bytes */${bibBytes}`);
  });

  it("answers HEAD like GET without the body", async () => {
    const head = await raw(url, "/xiangwen/texts/a/", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers["content-length"]).toBe(String(Buffer.byteLength(page)));
    expect(head.body).toBe("");
  });

  it.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])(
    "refuses %s with 405 and says what is allowed",
    async (method) => {
      const response = await raw(url, "/xiangwen/texts/a/", { method });
      expect(response.status).toBe(405);
      expect(response.headers["allow"]).toBe("GET, HEAD");
      expect(response.body).not.toBe(page);
    },
  );

  it("sends a folder without its slash to the folder, so relative links hold", async () => {
    const response = await raw(url, "/xiangwen/texts/a?hl=1");
    expect(response.status).toBe(301);
    expect(response.headers["location"]).toBe("/xiangwen/texts/a/?hl=1");
    const base = await raw(url, "/xiangwen");
    expect([base.status, base.headers["location"]]).toEqual([301, "/xiangwen/"]);
  });

  it.each([
    "/xiangwen/texts/b/",
    "/texts/a/",
    "/xiangwen/..%2f..%2fetc/passwd",
    "/xiangwen/%2e%2e/%2e%2e/etc/passwd",
    "/xiangwen/../../etc/passwd",
    "/xiangwen/texts/../../../etc/passwd",
    "/xiangwen/..%5c..%5cetc%5cpasswd",
    "/xiangwen/%252e%252e%252fetc%252fpasswd",
    "/xiangwen/..%00/etc/passwd",
    "/xiangwen/texts/a/index.html%00.css",
    "/xiangwen/....//....//etc/passwd",
    "/xiangwen//etc/passwd",
    "/xiangwen/%2fetc%2fpasswd",
    "/xiangwen/%",
    "/xiangwen/texts/a/.index.html.123.partial",
    "http://127.0.0.1/xiangwen/../../etc/passwd",
  ])("answers %s with the 404 page", async (path) => {
    const response = await raw(url, path);
    expect(response.status).toBe(404);
    expect(response.body).toBe("<p>未找到</p>");
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });
});
