/**
 * The static server of the built site (`npm start`, `npm run preview`, the browser tests, the
 * screenshots): `node scripts/serve.ts [dir]` serves dist/ (or `dir`) on `PORT` (default 4321) under
 * `BASE_PATH`. Files go out through `send` (the file sender of Express's static middleware): ETag
 * and Last-Modified with 304s, Content-Length, ranges, HEAD, and a read stream closed when the
 * reader goes away or the file does. Around it, what a site needs: the base path, the 404 page,
 * the site's MIME types, Cache-Control, `nosniff`, 405 for anything but GET and HEAD, a folder
 * without its slash sent to the folder, and the 404 page for every path that leaves the folder.
 * Why this and not another server, and what it was tested against: docs/security.md.
 */
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import send from "send";
import { normaliseBase } from "../src/format/urls.ts";

const mimeTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".bib": "application/x-bibtex; charset=utf-8",
  ".ris": "application/x-research-info-systems; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".wasm": "application/wasm",
  ".epub": "application/epub+zip",
  ".zip": "application/zip",
};

/** MIME type by extension; Pagefind's `.pf_*` index files and `.pagefind` wasm are binary. */
export function mimeType(path: string): string {
  return mimeTypes[extname(path).toLowerCase()] ?? "application/octet-stream";
}

/**
 * Astro names the files of `_astro/` by a hash of their content, so a browser may keep them; every
 * other file keeps its name across builds and is checked again (a 304 when unchanged).
 */
function cacheControl(urlPath: string): string {
  return urlPath.startsWith("/_astro/") ? "public, max-age=31536000, immutable" : "no-cache";
}

/** Options of `startServer`; `base` is the path the site was built for (`BASE_PATH`). */
export interface ServeOptions {
  root: string;
  port?: number;
  base?: string;
}

/** Start serving `root` on 127.0.0.1; `port: 0` picks a free port. Resolves once listening. */
export async function startServer(options: ServeOptions): Promise<{ server: Server; url: string }> {
  const root = resolve(options.root);
  const base = normaliseBase(options.base);

  /** The site's 404 page (read each time: a rebuild may change it), or a line of text. */
  async function notFound(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const page = await readFile(join(root, "404.html")).catch(() => null);
    response.statusCode = 404;
    response.setHeader("Content-Type", page ? mimeType("404.html") : "text/plain; charset=utf-8");
    response.setHeader("Cache-Control", "no-cache");
    const body = page ?? Buffer.from("404 Not Found\n");
    response.setHeader("Content-Length", body.length);
    response.end(request.method === "HEAD" ? undefined : body);
  }

  function respond(request: IncomingMessage, response: ServerResponse): void {
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
      return void response.end("405 Method Not Allowed: this site is read-only (GET, HEAD)\n");
    }
    // The path as the request gives it, still percent-encoded (send decodes it once, and refuses
    // `..`, NUL and bad escapes); the URL parser has resolved `.` and `..` segments already.
    const { pathname, search } = new URL(request.url ?? "/", "http://localhost");
    if (`${pathname}/` === base) return redirect(response, base + search);
    if (!pathname.startsWith(base)) return void notFound(request, response);
    const sitePath = pathname.slice(base.length - 1);
    send(request, sitePath, { root, index: ["index.html"], dotfiles: "ignore", cacheControl: false })
      .on("headers", (res: ServerResponse, path: string) => {
        res.setHeader("Content-Type", mimeType(path));
        res.setHeader("Cache-Control", cacheControl(sitePath));
      })
      .on("directory", () => redirect(response, `${pathname}/${search}`))
      .on("error", (error: { status?: number; headers?: Record<string, string> }) => {
        const status = error.status ?? 500;
        // A path outside the folder (403), malformed (400) or missing (404) is simply not there.
        if (status === 400 || status === 403 || status === 404) return void notFound(request, response);
        if (response.headersSent) return void response.destroy();
        response.writeHead(status, { ...error.headers, "Content-Type": "text/plain; charset=utf-8" });
        response.end(`${status}\n`);
      })
      .pipe(response);
  }

  const server = createServer((request, response) => {
    try {
      respond(request, response);
    } catch (error) {
      console.error(error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    }
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}${base}` };
}

/** A permanent redirect to a path of this site. */
function redirect(response: ServerResponse, location: string): void {
  response.writeHead(301, { Location: location, "Content-Type": "text/plain; charset=utf-8" });
  response.end(`301 → ${location}\n`);
}

// Run as a program: serve dist/ (or the given folder) until stopped.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? "dist";
  const port = Number(process.env["PORT"] ?? 4321);
  const { url } = await startServer({ root, port, base: process.env["BASE_PATH"] ?? "/" });
  process.stdout.write(`Serving ${resolve(root)} at ${url}\n`);
}
