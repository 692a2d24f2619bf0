import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  inlineHashes,
  withContentSecurityPolicy,
} from "../../../src/offline/content-security-policy.ts";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const page = `<!doctype html><html><head><meta charset="utf-8"><title>x</title><script>boot()</script><style>p{color:red}</style><script type="application/ld+json">{"a":1}</script><script type="module" src="a.js"></script></head><body><script type="module">run()</script></body></html>`;

describe("the Content-Security-Policy of a page", () => {
  it("hashes exactly the inline scripts and styles that run, not JSON data or external scripts", () => {
    expect(inlineHashes(page)).toEqual({ scripts: [hash("boot()"), hash("run()")], styles: [hash("p{color:red}")] });
  });

  it("allows only the site itself and those hashes, never 'unsafe-inline'", () => {
    const policy = contentSecurityPolicy(inlineHashes(page));
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash("boot()")} ${hash("run()")}`);
    expect(policy).toContain(`style-src 'self' ${hash("p{color:red}")}`);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-inline");
  });

  it("goes right after the charset, before any script or style, once", () => {
    const html = withContentSecurityPolicy(page);
    expect(html.indexOf('<meta charset="utf-8"><meta http-equiv="content-security-policy"')).toBeGreaterThan(0);
    expect(() => withContentSecurityPolicy(html)).toThrow(/CSP already/);
  });
});
