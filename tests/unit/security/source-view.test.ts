/**
 * The source view prints a document's source lines, read from the file its content file names: it
 * reads only inside the sources folder. A path that climbs out, an absolute path, or a link inside
 * the folder that points outside is refused with an error naming the file and the folder.
 */
import { createHash } from "node:crypto";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceLinesOf } from "../../../src/lib/source-lines.ts";
import { tempDir } from "../temp-dir.ts";

const root = tempDir("xiangwen-source-view-");
const sources = join(root, "sources");
mkdirSync(sources);
const secret = join(root, "outside-secret.txt");
writeFileSync(secret, "密码：123456\n");
const text = "第一行\n第二行\n";
writeFileSync(join(sources, "a.txt"), text);
symlinkSync(secret, join(sources, "link.txt"));
// A sources folder that is itself a link (to a folder of real sources) is fine.
symlinkSync(sources, join(root, "linked-sources"));

const sha256 = createHash("sha256").update(text).digest("hex");
const docOf = (file: string) => ({ source: { file, sha256, lines: [1, 2] as [number, number], encoding: "utf-8" } });

describe("the source view", () => {
  it("reads a source file inside the folder, also through a linked folder", () => {
    const expected = {
      lines: [
        { n: 1, text: "第一行" },
        { n: 2, text: "第二行" },
      ],
      matches: true,
    };
    expect(sourceLinesOf(docOf("a.txt"), sources)).toEqual(expected);
    expect(sourceLinesOf(docOf("a.txt"), join(root, "linked-sources"))).toEqual(expected);
  });

  it.each([
    ["a path that climbs out", "../outside-secret.txt"],
    ["a deeper climb", "sub/../../outside-secret.txt"],
    ["an absolute path", secret],
    ["a link pointing outside", "link.txt"],
  ])("refuses %s, naming the file and the folder", (_, file) => {
    expect(() => sourceLinesOf(docOf(file), sources)).toThrow(/outside the sources folder/);
    expect(() => sourceLinesOf(docOf(file), sources)).toThrow(file);
  });

  it("says a missing file is missing (null), as before", () => {
    expect(sourceLinesOf(docOf("gone.txt"), sources)).toBeNull();
  });
});
