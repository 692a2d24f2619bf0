/** Stages return values and leave their inputs alone (inputs are deep-frozen: a write would throw). */
import { describe, expect, it } from "vitest";
import { describeDocument } from "../../../scripts/lib/describe.ts";
import { applyEmendations } from "../../../scripts/lib/emendations.ts";
import type { DraftBlock } from "../../../scripts/lib/structure.ts";
import type { TitleBlock } from "../../../scripts/lib/title-block.ts";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const news: DraftBlock = {
  type: "paragraph",
  text: "湖南日报·新湖南客户端4月22日讯（记者 陈奕樊 通讯员 程素）省人大常委会召开座谈会，取得新进展。",
  notes: [],
  lines: [1],
};

describe("describeDocument", () => {
  it("returns the reporters of a news dateline as the byline without touching the title block", () => {
    const title: TitleBlock = deepFreeze({ title: "保障“快递小哥”合法权益", byline: [], notes: [] });
    const description = describeDocument(
      title,
      deepFreeze([news]),
      deepFreeze({ text: news.text, issue: {}, latestDispatch: null }),
    );
    expect(description.byline).toEqual([
      { name: "陈奕樊", role: "记者" },
      { name: "程素", role: "通讯员" },
    ]);
    expect(title.byline).toEqual([]);
  });
});

describe("applyEmendations", () => {
  it("returns corrected blocks with a note and leaves the input as it was", () => {
    const blocks = deepFreeze([news]);
    const facts = deepFreeze({
      match: "快递",
      emendations: [{ from: "取得新进展", to: "取得了新进展", reason: "原文脱“了”字" }],
      queries: [{ at: "座谈会", note: "示例存疑" }],
    });
    const [corrected] = applyEmendations(blocks, facts, "x.yaml");
    expect(corrected?.text).toContain("取得了新进展");
    expect(corrected?.notes.map((n) => n.kind)).toEqual(["emendation", "query"]);
    expect(blocks[0]?.text).toContain("取得新进展。");
  });
});
