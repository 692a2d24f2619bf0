import { describe, expect, it } from "vitest";
import { hasHan, parseQuery } from "../../../src/search/query.ts";

describe("parseQuery", () => {
  it("splits on spaces (ASCII and ideographic): every word must occur", () => {
    expect(parseQuery("  湖南  发展\u3000生态 ")).toEqual(["湖南", "发展", "生态"]);
  });

  it("keeps a quoted phrase whole, spaces inside included, with ASCII, curly and corner quotes", () => {
    expect(parseQuery('"世界 地球日" 气候')).toEqual(["世界 地球日", "气候"]);
    expect(parseQuery("“碳达峰 碳中和”")).toEqual(["碳达峰 碳中和"]);
    expect(parseQuery("「長株潭」 『三高 四新』")).toEqual(["長株潭", "三高 四新"]);
  });

  it("takes an unclosed quote to the end, and drops empty or blank phrases", () => {
    expect(parseQuery('湖南 "发展 生态')).toEqual(["湖南", "发展 生态"]);
    expect(parseQuery('"" " " 湖南')).toEqual(["湖南"]);
    expect(parseQuery("   ")).toEqual([]);
  });

  it("matches mixed Chinese, Latin, digits and symbols literally", () => {
    expect(parseQuery("2030年 G9695 RCEP 4×4 1-5月")).toEqual(["2030年", "G9695", "RCEP", "4×4", "1-5月"]);
  });

  it("drops a repeated term (Latin case and NFC ignored) and normalises to NFC", () => {
    expect(parseQuery("RCEP rcep Rcep")).toEqual(["RCEP"]);
    expect(parseQuery("e\u0301té")).toEqual(["\u00e9té"]);
  });

  it("knows which terms need the traditional→simplified table", () => {
    expect(hasHan("碳達峰")).toBe(true);
    expect(hasHan("RCEP 4×4")).toBe(false);
  });
});
