/**
 * What the build steps over a built site share: `--site DIR` (default `dist`), a refusal when no
 * site was built there, progress and errors on stderr under the step's tag, exit code 2 on failure.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

/** Run `step` on the site folder of the command line; it reports through `log`. */
export async function runSiteStep(
  tag: string,
  step: (site: string, log: (message: string) => void) => unknown,
): Promise<void> {
  const log = (message: string) => process.stderr.write(`[${tag}] ${message}\n`);
  try {
    const { values } = parseArgs({ options: { site: { type: "string", default: "dist" } } });
    const site = resolve(values.site);
    if (!existsSync(join(site, "index.html"))) throw new Error(`${site}/index.html not found: run astro build first`);
    await step(site, log);
  } catch (error) {
    log(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
