/**
 * Shared setup of a browser test file: one static server on a free loopback port serving
 * dist/, one Chromium, and a guard that records (and blocks) any request to another host.
 */
import { resolve } from "node:path";
import type { Server } from "node:http";
import type { Browser, BrowserContext, BrowserContextOptions } from "playwright-core";
import { startServer } from "../../scripts/serve.ts";
import { launchChromium } from "./find-chromium.ts";

/** The built site the tests run against. */
export const distDir = resolve(import.meta.dirname, "../../dist");
/** axe-core's browser bundle, injected into pages for accessibility checks. */
export const axePath = resolve(import.meta.dirname, "../../node_modules/axe-core/axe.min.js");

/** A running site + browser for one test file. */
export interface Harness {
  browser: Browser;
  /** `http://127.0.0.1:<port>/` */
  baseUrl: string;
  /** URLs of requests that tried to leave the loopback host (blocked). */
  externalRequests: string[];
  /** A new browser context with the loopback guard installed. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

const loopbackHosts = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Which built site to serve: dist/ at / unless a test built another one (e.g. under a base path). */
export interface HarnessOptions {
  root?: string;
  base?: string;
}

/** Start the server and Chromium; call `close()` in afterAll. */
export async function openHarness(options: HarnessOptions = {}): Promise<Harness> {
  const { server, url } = await startServer({ root: options.root ?? distDir, port: 0, base: options.base ?? "/" });
  const browser = await launchChromium();
  const externalRequests: string[] = [];
  return {
    browser,
    baseUrl: url,
    externalRequests,
    async newContext(options = {}) {
      const context = await browser.newContext(options);
      await context.route("**/*", (route) => {
        const requestUrl = new URL(route.request().url());
        const local = requestUrl.protocol === "data:" || loopbackHosts.has(requestUrl.hostname);
        if (local) return route.continue();
        externalRequests.push(requestUrl.href);
        return route.abort();
      });
      return context;
    },
    async close() {
      await browser.close();
      await closeServer(server);
    },
  };
}

/** Stop the static server. */
function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}
