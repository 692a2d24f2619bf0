/** Dates as the sources print them: dispatches, inferred years, and the event date a news lead states. */
import { describe, expect, it } from "vitest";
import { dispatchDate, eventDateInLead, inferDate, latestDispatch } from "../../../scripts/lib/dates.ts";
import { parseSidecar } from "../../../scripts/lib/sidecar.ts";

describe("eventDateInLead", () => {
  it("reads the month and day that open the lead, in the report's year", () => {
    expect(
      eventDateInLead(
        "湖南日报·新湖南客户端4月22日讯（记者 陈奕樊 通讯员 程素）4月21日，省人大常委会召开座谈会。",
        "2021-04-22",
      ),
    ).toBe("2021-04-21");
    expect(eventDateInLead("三湘都市报6月14日讯 6月12日，会议召开。", "2022-06-14")).toBe("2022-06-12");
  });
  it("takes the year before when the day falls after the report's", () => {
    expect(eventDateInLead("本报1月2日讯 12月31日，全省工作会议召开。", "2021-01-02")).toBe("2020-12-31");
  });
  it("reads 昨天 and 昨日 as the day before the report", () => {
    expect(eventDateInLead("本报3月1日讯（记者 甲）昨天，会议召开。", "2024-03-01")).toBe("2024-02-29");
    expect(eventDateInLead("本报3月1日讯 昨日上午，会议召开。", "2023-03-01")).toBe("2023-02-28");
  });
  it("reads 今天 and 今日 as the dispatch's own day (not the issue's: the paper may appear days later)", () => {
    expect(eventDateInLead("本报4月22日讯（记者 甲）今天，会议召开。", "2021-04-22")).toBe("2021-04-22");
    expect(eventDateInLead("三湘都市报6月14日讯 今日下午，会议召开。", "2022-06-14")).toBe("2022-06-14");
    expect(eventDateInLead("本报4月22日讯 4月22日，会议召开。", "2021-04-22")).toBe("2021-04-22");
  });
  it("gives nothing when the lead states no day, or no dateline precedes it", () => {
    expect(eventDateInLead("4月21日，会议召开。", "2021-04-22")).toBeNull();
    expect(eventDateInLead("本报4月22日讯 会议在长沙召开，4月21日报到。", "2021-04-22")).toBeNull();
  });
});

describe("inferDate", () => {
  it("takes the year of a full date with the same month and day, else the commonest year", () => {
    expect(inferDate("（2021年4月22日，北京）", 4, 22)?.date).toBe("2021-04-22");
    expect(inferDate("2020年、2021年、2021年", 6, 14)?.date).toBe("2021-06-14");
    expect(inferDate("没有年份", 6, 14)).toBeNull();
  });
});

describe("dispatchDate", () => {
  it("reads the dateline that opens a news report, its year from the source when it prints none", () => {
    const source = "（2021年4月22日，北京）";
    expect(dispatchDate("湖南日报·新湖南客户端4月22日讯（记者 甲）今天，会议召开。", source)).toEqual({
      date: "2021-04-22",
      yearNote: "年份据同一来源中的完整日期“2021年4月22日”推定",
    });
    expect(dispatchDate("本报2021年4月22日讯 会议召开。", "")).toEqual({ date: "2021-04-22" });
  });
  it("gives nothing for a paragraph that does not open with a dateline", () => {
    expect(dispatchDate("会议于4月22日召开。", "2021年")).toBeNull();
  });
});

describe("latestDispatch", () => {
  it("is the last day of a page's dispatches: the page cannot have appeared before it", () => {
    const days = [{ date: "2021-04-20" }, { date: "2021-04-22", yearNote: "n" }, { date: "2021-04-21" }];
    expect(latestDispatch(days)).toEqual({ date: "2021-04-22", yearNote: "n" });
    expect(latestDispatch([])).toBeNull();
  });
});

describe("the sidecar's issue date", () => {
  it("needs the editors' evidence, named in the error", () => {
    expect(() => parseSidecar("x.yaml", 'publication: 湖南日报\nissueDate: "2021-04-23"\n')).toThrow(
      /^x\.yaml: field dateEvidence: .*evidence/,
    );
    expect(() => parseSidecar("x.yaml", "issueDate: 2021年4月23日\ndateEvidence: 见版面\n")).toThrow(
      /field issueDate: .*YYYY-MM-DD/,
    );
  });
  it("is read with its evidence; evidence alone says why there is none", () => {
    expect(parseSidecar("x.yaml", 'issueDate: "2021-04-23"\ndateEvidence: 据版面\n')).toMatchObject({
      issueDate: "2021-04-23",
      dateEvidence: "据版面",
    });
    expect(parseSidecar("x.yaml", "dateEvidence: 版面无据可考\n").issueDate).toBeUndefined();
  });
});
