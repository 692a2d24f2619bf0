/** Each phase of id carry-over on its own, with small hand-made documents. */
import { describe, expect, it } from "vitest";
import {
  aliasLostIds,
  assignIds,
  carryIds,
  holdsTextShare,
  keepMergedIdOnFirstPart,
  keepSplitIdOnFirstPart,
} from "../../../scripts/lib/carry-ids.ts";
import type { Block } from "../../../src/format/schema.ts";

const p = (id: string, text: string): Block => ({ id, type: "paragraph", text });
const h = (id: string, text: string): Block => ({ id, type: "heading", level: 2, text });

const first = "全会认为，过去一年全省上下坚持稳中求进工作总基调，经济社会发展取得新成绩。";
const second = "全会强调，要深入学习贯彻党的二十大精神，推动高质量发展不断取得新成效。";
const third = "全会号召，全省各级党组织和广大党员干部要团结一致，奋力谱写新篇章。";

describe("phase 2: a split keeps the old id on its first part", () => {
  it("moves the match from the second part to the first", () => {
    const old = [p("p1", first + second)];
    const fresh = [p("p1", first), p("p2", second)];
    // Alignment pairs the old block with the part it is most similar to, say the second one.
    expect(keepSplitIdOnFirstPart(old, fresh, new Map([[1, 0]]))).toEqual(new Map([[0, 0]]));
  });
  it("leaves the match alone when the predecessor holds other words", () => {
    const old = [p("p1", second)];
    const fresh = [p("p1", third), p("p2", second)];
    expect(keepSplitIdOnFirstPart(old, fresh, new Map([[1, 0]]))).toEqual(new Map([[1, 0]]));
  });
  it("does not change its input", () => {
    const aligned = new Map([[1, 0]]);
    keepSplitIdOnFirstPart([p("p1", first + second)], [p("p1", first), p("p2", second)], aligned);
    expect(aligned).toEqual(new Map([[1, 0]]));
  });
});

describe("phase 3: a merge keeps the id of its first part", () => {
  it("moves the match back over every merged predecessor", () => {
    const old = [p("p1", first), p("p2", second), p("p3", third)];
    const fresh = [p("p1", first + second + third)];
    expect(keepMergedIdOnFirstPart(old, fresh, new Map([[0, 2]]))).toEqual(new Map([[0, 0]]));
  });
  it("stops at a predecessor that is matched elsewhere or of another type", () => {
    const old = [h("h1", first), p("p1", second), p("p2", third)];
    const fresh = [h("h1", first), p("p1", second + third)];
    expect(
      keepMergedIdOnFirstPart(
        old,
        fresh,
        new Map([
          [0, 0],
          [1, 2],
        ]),
      ),
    ).toEqual(
      new Map([
        [0, 0],
        [1, 1],
      ]),
    );
  });
});

describe("phase 4: ids of new blocks", () => {
  it("carries matched ids and numbers insertions after the previous paragraph", () => {
    const old = { blocks: [p("p1", first), p("p2", third)], aliases: {} };
    const fresh = [p("p1", first), p("p2", second), p("p3", third)];
    expect(
      assignIds(
        old,
        fresh,
        new Map([
          [0, 0],
          [2, 1],
        ]),
      ),
    ).toEqual(["p1", "p1a", "p2"]);
  });
  it("never reuses an id that is an alias", () => {
    const old = { blocks: [p("p1", first)], aliases: { p1a: "p1" } };
    expect(assignIds(old, [p("p1", first), p("p2", second)], new Map([[0, 0]]))).toEqual(["p1", "p1b"]);
  });
  it("gives a new heading its structural id when free, else an insertion after it", () => {
    const old = { blocks: [h("s1", "一、总则")], aliases: {} };
    const fresh = [h("s1", "一、总则"), h("s1", "一、另一总则"), h("s2", "二、分则")];
    expect(assignIds(old, fresh, new Map([[0, 0]]))).toEqual(["s1", "s1a", "s2"]);
  });
});

describe("phase 5: aliases", () => {
  it("points a lost id at the block that holds its text, else at its neighbour", () => {
    const old = { blocks: [p("p1", first), p("p2", second), p("p3", "删去的一段话，再也找不到了。")], aliases: {} };
    const blocks = [p("p1", first + second)];
    expect(aliasLostIds(old, blocks, new Map([[0, 0]]))).toEqual({ p2: "p1", p3: "p1" });
  });
  it("follows earlier aliases to a current id, and survives a cycle", () => {
    const old = {
      blocks: [p("p1", first), p("p2", second)],
      aliases: { p0: "p2", x1: "x2", x2: "x1" } as Record<string, string>,
    };
    const blocks = [p("p1", first + second)];
    const aliases = aliasLostIds(old, blocks, new Map([[0, 0]]));
    expect(aliases).toEqual({ p0: "p1", p2: "p1", x1: "p1", x2: "p1" });
  });
});

describe("carryIds", () => {
  it("composes the phases", () => {
    const old = { blocks: [p("p1", first), p("p2", second), p("p3", third)], aliases: {} };
    const { blocks, aliases } = carryIds(old, [p("p1", first + second), p("p2", third)]);
    expect(blocks.map((b) => b.id)).toEqual(["p1", "p3"]);
    expect(aliases).toEqual({ p2: "p1" });
  });
  it("names its threshold", () => {
    expect(holdsTextShare).toBeGreaterThan(0.5);
    expect(holdsTextShare).toBeLessThan(1);
  });
});
