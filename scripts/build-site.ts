/**
 * `npm run build:site [-- --site DIR]`: build the site from `content/` into `dist/`, stage by stage
 * as build-steps.ts lists them (the steps of a stage at the same time).
 * Each step's output is shown as it comes; the first step that fails stops the build, named.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";
import { buildStages, stepCommand, stepEnv, type BuildStep } from "./build-steps.ts";

const { values } = parseArgs({ options: { site: { type: "string", default: "dist" } } });
const log = (message: string) => process.stderr.write(`[build] ${message}\n`);

/** Steps still running: stopped when another step of their stage fails. */
const running = new Set<ChildProcess>();

/** Run one step; resolves with its seconds, rejects naming it. */
function run(step: BuildStep): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const [command = process.execPath, ...args] = stepCommand(step);
    const child = spawn(command, args, { stdio: "inherit", env: stepEnv() });
    running.add(child);
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      running.delete(child) && code === 0
        ? resolve((performance.now() - started) / 1000)
        : reject(new Error(`${step.name} failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

try {
  for (const stage of buildStages(values.site)) {
    const seconds = await Promise.all(stage.map(run));
    log(stage.map((step, k) => `${step.name} ${seconds[k]?.toFixed(1)} s`).join(", "));
  }
} catch (error) {
  log(`error: ${error instanceof Error ? error.message : String(error)}`);
  for (const child of running) child.kill();
  process.exitCode = 1;
}
