/** Page furniture of scanned books, and what must never be taken for it. */
import { describe, expect, it } from "vitest";
import { removePageFurniture } from "../../../scripts/lib/page-furniture.ts";
import type { SourceLine } from "../../../scripts/lib/types.ts";

const lines = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ n: i + 1, text, notes: [] }));
const removed = (input: SourceLine[]) =>
  removePageFurniture(input).flatMap((line) =>
    line?.notes.length ? [`${line.notes[0]?.detail}: ${line.notes[0]?.text}`] : [],
  );

describe("removePageFurniture", () => {
  it("removes a rising sequence of page numbers in any of their printed forms", () => {
    expect(removed(lines("正文第一行，", "- 12 -", "正文第二行，", "第13页", "正文第三行。", "xiv"))).toEqual([
      "删除页码: - 12 -",
      "删除页码: 第13页",
      "删除页码: xiv",
    ]);
  });
  it("keeps a lone number line, which may be text", () => {
    expect(removed(lines("全年共开展活动", "92", "次。"))).toEqual([]);
  });
  it("takes a repeated short line next to page numbers for a running head, but not one elsewhere", () => {
    const input = lines(
      "湖南日报·新湖南客户端4月22日讯（记",
      "正文，",
      "湖南日报·新湖南客户端4月22日讯（记",
      "正文。",
      "湖南日报·新湖南客户端4月22日讯（记",
    );
    expect(removed(input)).toEqual([]);
    expect(removed(lines("书名", "正文，", "1", "书名", "正文，", "2", "书名", "正文。"))).toEqual([
      "删除书眉: 书名",
      "删除页码: 1",
      "删除书眉: 书名",
      "删除页码: 2",
      "删除书眉: 书名",
    ]);
  });
  it("removes a contents page only when it has two or more leader lines", () => {
    expect(removed(lines("目录", "第一章 总则……1", "第二章 组织……9", "正文。"))).toEqual([
      "删除目录行: 目录",
      "删除目录行: 第一章 总则……1",
      "删除目录行: 第二章 组织……9",
    ]);
    expect(removed(lines("全省共有市州……14", "正文。"))).toEqual([]);
  });
  it("removes lines of scanner noise but keeps Latin and digits", () => {
    expect(removed(lines("~ ' . ,", "APP 12306", "正文。"))).toEqual(["删除扫描噪点: ~ ' . ,"]);
  });
  it("returns new lines and leaves its input unchanged", () => {
    const input = lines("1", "正文，", "2");
    removePageFurniture(input);
    expect(input.map((l) => l.text)).toEqual(["1", "正文，", "2"]);
  });
});
