/**
 * Killing the converter while it writes leaves content/ with the old files or the new ones, never
 * a mix: the real CLI converts a couple of hundred sources and is killed (SIGKILL) at moments spread
 * over its write phase; afterwards the folder holds exactly one complete state, or is restored to
 * the old one by the next run.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recoverInterruptedWrite } from "../../../scripts/lib/write-corpus.ts";
import { tempDir } from "../temp-dir.ts";

const cli = join(import.meta.dirname, "../../../scripts/convert.ts");
const sourceCount = 120;

/** A source file of one short resolution; `version` changes its wording. */
function source(k: number, version: number): string {
  return [
    `中国共产党某某县第${k}届委员会第${version}次全体会议决议`,
    `（2023年3月${(k % 28) + 1}日中国共产党某某县第${k}届委员会第${version}次全体会议通过）`,
    `中国共产党某某县第${k}届委员会第${version}次全体会议于2023年3月${(k % 28) + 1}日在某某举行。`,
    `全会认为，过去一年全县各项工作取得新进展，第${version}轮改革任务全面完成。`,
  ].join("\n");
}

/** Every file of a folder as one comparable string (null when the folder is missing). */
function snapshot(dir: string): string | null {
  try {
    return JSON.stringify(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), "utf8")]));
  } catch {
    return null;
  }
}

/** Run the CLI; when `delay` is given, kill it that many ms after it says it starts writing. */
function run(sources: string, out: string, delay?: number): Promise<void> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, "--sources", sources, "--out", out], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    let armed = false;
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (delay === undefined || armed || !stderr.includes("convert: writing")) return;
      armed = true;
      setTimeout(() => child.kill("SIGKILL"), delay);
    });
    child.on("exit", () => done());
  });
}

describe("a converter killed while it writes", { timeout: 120_000 }, () => {
  it("leaves the old content or the new, never a mix", async () => {
    const dir = tempDir("xiangwen-kill-");
    const sources = join(dir, "sources");
    const out = join(dir, "content/texts");
    const saved = join(dir, "saved");
    mkdirSync(sources);
    const writeSources = (version: number) => {
      for (let k = 0; k < sourceCount; k++)
        writeFileSync(join(sources, `s${String(k).padStart(4, "0")}.txt`), source(k, version));
    };
    writeSources(1);
    await run(sources, out);
    const old = snapshot(out);
    cpSync(out, saved, { recursive: true });
    writeSources(2);
    // The new state: what a run that is not killed makes from the old content.
    cpSync(out, join(dir, "probe"), { recursive: true });
    await run(sources, join(dir, "probe"));
    const fresh = snapshot(join(dir, "probe"));
    expect(old).not.toBeNull();
    expect(fresh).not.toBe(old);
    const outcomes: string[] = [];
    for (const delay of [0, 1, 2, 3, 5, 8, 12, 20, 40]) {
      await run(sources, out, delay);
      let now = snapshot(out);
      let outcome = now === old ? "old" : now === fresh ? "new" : now === null ? "missing" : "mix";
      if (outcome === "missing") {
        expect(recoverInterruptedWrite(out)).toMatch(/restored the previous content/);
        now = snapshot(out);
        outcome = now === old ? "restored" : "mix";
      }
      expect(outcome, `killed ${delay} ms into the write`).not.toBe("mix");
      outcomes.push(`${delay} ms: ${outcome}`);
      if (outcome === "new") {
        rmSync(out, { recursive: true });
        cpSync(saved, out, { recursive: true });
      }
    }
    // At least one kill landed before the swap, or the test would prove little.
    expect(
      outcomes.some((o) => /old|restored/.test(o)),
      outcomes.join(", "),
    ).toBe(true);
  });
});
