/**
 * One fixture folder per converter quirk: the whole conversion — every output field — is compared
 * with `expected.json`, and each quirk also has explicit assertions below. A missing expectation
 * fails; `UPDATE=1 npm run test:unit` writes (or rewrites) them after a deliberate change.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertSource } from "../../../scripts/lib/convert-source.ts";
import { convertFixture, fixturesDir, summarise } from "./fixture.ts";

const folders = readdirSync(fixturesDir).filter((name) => existsSync(join(fixturesDir, name, "input.txt")));

describe("fixtures match their expected output", () => {
  it.each(folders)("%s", (name) => {
    const actual = summarise(convertFixture(name));
    const expectedPath = join(fixturesDir, name, "expected.json");
    if (process.env["UPDATE"] === "1") writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    if (!existsSync(expectedPath)) {
      throw new Error(
        `${name}/expected.json is missing: check the output, then write it with UPDATE=1 npm run test:unit`,
      );
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
  });
});

const docs = (name: string) => convertFixture(name);
const texts = (name: string, k = 0) => docs(name)[k]?.blocks.map((b) => b.text) ?? [];

describe("encodings and line ends", () => {
  const title = "中国共产党某某县第一届委员会第二次全体会议决议";
  it.each(["bom-utf8", "gbk", "utf16-bom", "crlf", "cr-only"])("%s decodes to the same document", (name) => {
    const [doc] = docs(name);
    expect(doc?.frontmatter.title).toBe(title);
    expect(doc?.frontmatter.date).toBe("2023-03-05");
    expect(doc?.blocks.map((b) => b.text)).toEqual([
      "中国共产党某某县第一届委员会第二次全体会议于2023年3月5日在某某举行。",
      "全会认为，过去一年全县各项工作取得新进展。",
    ]);
  });
  it("records the encoding", () => {
    expect(docs("gbk")[0]?.frontmatter.source.encoding).toBe("gb18030");
    expect(docs("bom-utf8")[0]?.frontmatter.source.encoding).toBe("utf-8-bom");
    expect(docs("utf16-bom")[0]?.frontmatter.source.encoding).toBe("utf-16le");
  });
});

describe("column text", () => {
  it("reflows printed lines into paragraphs at the inferred paragraph ends", () => {
    const paragraphs = texts("column-reflow");
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toBe(
      "很高兴在“世界地球日”到来之际出席领导人气候峰会，感谢拜登总统的邀请。借此机会，我愿同大家就气候变化问题深入交换意见，共商应对气候变化挑战之策，共谋人与自然和谐共生之道。",
    );
    expect(paragraphs[2]?.startsWith("——坚持人与自然和谐共生。“万物各得其和以生")).toBe(true);
  });
  it("removes letter-spacing and spaces around digits but keeps names apart", () => {
    const all = docs("spaced-characters")
      .flatMap((d) => d.blocks.map((b) => b.text))
      .join("\n");
    expect(all).toContain("——坚持绿色发展。绿水青山就是金山银山。");
    expect(all).toContain("乘坐G9695次党史红色旅游专列抵达韶山南高铁站");
    expect(all).toContain("东航APP或铁路12306");
    expect(all).not.toMatch(/\p{Script=Han} \p{Script=Han}/u);
  });
});

describe("text without line breaks", () => {
  it("supplies paragraph breaks at reliable cues only, records each, and keeps every character", () => {
    const [doc] = docs("line-less-text");
    expect(doc?.frontmatter).toMatchObject({
      title: "关于加强基层治理体系和治理能力现代化建设的决定",
      dateline: "（2021年4月28日中共某某县委第五次全体会议通过）",
      kind: "resolution",
      date: "2021-04-28",
    });
    expect(doc?.blocks.map((b) => b.text)).toEqual([
      "为深入贯彻落实中央决策部署，加强基层治理体系和治理能力现代化建设，现作出如下决定。",
      "一、总体要求坚持党的全面领导，坚持以人民为中心，力争用5年左右时间，建立起基层治理体系。",
      "二、重点任务",
      "（一）完善党全面领导基层治理制度。健全党委统一领导的工作机制。",
      "（二）加强基层政权治理能力建设。增强乡镇行政执行能力。",
      "1.健全议事协调机制。县级成立领导小组，统筹推进基层治理工作。领导小组组成如下：",
      "组长：张某某 县委书记",
      "副组长：李某某 县长",
      "成员：王某某、赵某某。",
      "（本文原标题：关于加强基层治理的决定）",
      "中共某某县委员会",
      "2021年4月28日",
    ]);
    const breaks = doc?.frontmatter.apparatus.filter((a) => a.kind === "break") ?? [];
    expect(breaks.length).toBe(13);
    expect(new Set(breaks.map((a) => a.detail.replace(/^编者在此分段：/, "")))).toEqual(
      new Set([
        "标题后接副题或日期行",
        "句末后接序号（一、 （一） 1. 第X条）",
        "部分标题与其第一节连排（二、重点任务（一）…）",
        "成员名单（组长：…）",
        "原标题注（（本文原标题：…））",
        "文末署名与日期",
      ]),
    );
  });
  it("separates a glued title, subtitle, dateline and salutation, and numbered heads after sentence ends", () => {
    const [doc] = docs("glued-headings");
    expect(doc?.frontmatter).toMatchObject({
      title: "共同构建人与自然生命共同体",
      subtitle: "——在“领导人气候峰会”上的讲话",
      dateline: "（2021年4月22日，北京）",
      kind: "speech",
    });
    expect(doc?.blocks.map((b) => `${b.id} ${b.runIn ?? b.text.slice(0, 12)}`)).toEqual([
      "p1 尊敬的拜登总统，各位同事",
      "p2 很高兴在“世界地球日”到",
      "p3 人类进入工业文明时代以来",
      "s1 一、坚持人与自然和谐共生。",
      "s2 二、坚持绿色发展。",
      "s3 三、坚持系统治理。",
      "p4 谢谢大家。",
    ]);
  });
});

describe("OCR'd books", () => {
  it("moves page numbers, running heads, contents lines and noise to the apparatus; paragraphs run on across pages", () => {
    const [doc] = docs("ocr-book");
    const texts = doc?.blocks.map((b) => b.text) ?? [];
    expect(texts).toHaveLength(3);
    expect(texts[1]).toContain("各级人民代表大会和人民政府依法行使职权");
    expect(texts[2]).toContain("民族区域自治制度以及基层群众自治制度");
    const removed = doc?.frontmatter.apparatus
      .filter((a) => a.kind === "artefact")
      .map((a) => `${a.detail}: ${a.text}`);
    expect(removed).toEqual([
      "删除目录行: 目  录",
      "删除目录行: 第一章  概述………………………………1",
      "删除目录行: 第二章  人民代表大会…………………15",
      "删除目录行: 第三章  政治协商…………………………37",
      "删除扫描噪点: ～ ' . ，",
      "删除页码: · 1 ·",
      "删除书眉: 湖南省志·政治志",
      "删除页码: · 2 ·",
      "删除书眉: 第一章  概述",
      "删除扫描噪点: | | |",
      "删除页码: · 3 ·",
    ]);
  });
});

describe("damaged files", () => {
  it("reads UTF-8 cut short in its last character as UTF-8 and records the dropped bytes", () => {
    const [doc] = docs("truncated-utf8");
    expect(doc?.frontmatter.source.encoding).toBe("utf-8");
    expect(doc?.frontmatter.title).toBe("中共某某县委员会关于加强基层治理的决定");
    expect(doc?.frontmatter.apparatus.at(-1)).toMatchObject({
      block: doc?.blocks.at(-1)?.id,
      kind: "artefact",
      detail: "删除文件末尾不完整的 UTF-8 字符（字节 e4 b8）",
    });
  });
  it("refuses a source that decodes but yields no document, naming it", () => {
    const bytes = readFileSync(join(fixturesDir, "bad-input", "truncated-no-document.txt"));
    expect(() => convertSource("truncated-no-document.txt", bytes, null)).toThrow(
      /^truncated-no-document\.txt: (yields no document|document .* has a title but no reading text)/,
    );
  });
});

describe("dates", () => {
  it("keeps the report's date and adds the event date its lead states", () => {
    const [stated, yesterday] = docs("event-date");
    expect(stated?.frontmatter).toMatchObject({ date: "2021-04-22", eventDate: "2021-04-21", kind: "news" });
    expect(yesterday?.frontmatter).toMatchObject({
      title: "全省春耕生产全面展开",
      date: "2021-04-22",
      eventDate: "2021-04-21",
    });
  });
});

describe("paragraph ends in column text", () => {
  it("starts a paragraph after a full sentence-ending line when the next line is indented by even half an em", () => {
    const paragraphs = texts("paragraph-end-after-sentence");
    expect(paragraphs.find((t) => t.startsWith("湖南“空铁联运”是由"))?.endsWith("前往韶山等地。")).toBe(true);
    expect(paragraphs.some((t) => t.startsWith("对购买“空铁联运”服务产品的旅客"))).toBe(true);
    expect(paragraphs).toHaveLength(5);
  });
  it("reads a sentence-ending line that is followed by an indented line as its paragraph's last line", () => {
    const paragraphs = texts("paragraph-own-last-line");
    const digital = paragraphs.find((t) => t.startsWith("10万本正版电子书"));
    expect(digital?.endsWith("越来越多的爱书人享受着数字阅读带来的便利。掌上的“私人书童”，吸引更多人参与阅读。")).toBe(
      true,
    );
    expect(paragraphs.some((t) => t.startsWith("掌上的"))).toBe(false);
  });
  it("does not break after a paragraph's first line on a faint indent (an ellipsis mid-sentence)", () => {
    expect(texts("paragraph-own-last-line")).toContainEqual(
      expect.stringMatching(/^在社区巷弄，在乡村农家，在学校园地……不同形式的“图书馆”/),
    );
  });
});

describe("newspaper pages", () => {
  it("attaches a headline printed after its body to that body", () => {
    const [first, second] = docs("headline-after-body");
    expect(first?.frontmatter.title).toBe("保障“快递小哥”合法权益");
    expect(first?.frontmatter.subtitle).toBe("省人大常委会召开快递从业人员合法权益保障专题调研座谈会");
    expect(first?.blocks[0]?.text).toMatch(/^湖南日报·新湖南客户端4月22日讯（记者 陈奕樊 通讯员 程素）/);
    expect(first?.frontmatter.byline).toEqual([
      { name: "陈奕樊", role: "记者" },
      { name: "程素", role: "通讯员" },
    ]);
    expect(second?.frontmatter.title).toBe("湖南“空铁联运”在韶山启动");
    expect(second?.blocks[0]?.text).toContain("空铁");
  });
  it("gives headlines gathered at the end of the page to the articles whose words they share", () => {
    const result = docs("gathered-headlines");
    expect(result.map((d) => d.frontmatter.title)).toEqual([
      "共同构建人与自然生命共同体",
      "三湘书香韵更浓",
      "比学赶超 争先进位 推动“三高四新”战略落地生根",
    ]);
    const [speech, feature, news] = result;
    expect(speech?.frontmatter.subtitle).toBe("——在“领导人气候峰会”上的讲话");
    expect(speech?.frontmatter.byline).toEqual([{ name: "习近平", role: "中华人民共和国主席" }]);
    expect(speech?.frontmatter.place).toBe("北京");
    expect(feature?.frontmatter.byline).toEqual([{ name: "刘瀚潞", role: "湖南日报·新湖南客户端记者" }]);
    expect(news?.frontmatter.kicker).toBe("吴桂英在长沙市一季度重点工作拉练点评中强调");
    expect(result.map((d) => d.frontmatter.kind)).toEqual(["speech", "feature", "news"]);
  });
  it("records every headline line under the part of the title block it became", () => {
    const moved = (doc: ReturnType<typeof docs>[number] | undefined) =>
      doc?.frontmatter.apparatus.filter((a) => a.kind === "metadata").map((a) => [a.detail, a.text]);
    const [first, second] = docs("headline-after-body");
    // Two printed lines: the first the title, the second the subtitle; each cited by its own line.
    expect(moved(first)).toEqual([
      ["源第53行的标题移入题录", "保障“快递小哥”合法权益"],
      ["源第54行的副题移入题录", "省人大常委会召开快递从业人员合法权益保障专题调研座谈会"],
    ]);
    expect(moved(second)?.slice(0, 2)).toEqual([
      ["源第108行的标题移入题录", "湖南“空铁联运”在韶山启动"],
      ["源第109行的副题移入题录", "飞机票和高铁票可“一单支付”"],
    ]);
    // Under a kicker, a title printed over two lines is joined with a space: both lines and the space recorded.
    const news = docs("gathered-headlines")[2];
    expect(moved(news)).toEqual([
      ["源第117行的引题移入题录", "吴桂英在长沙市一季度重点工作拉练点评中强调"],
      [
        "源第119–120行的标题移入题录（分2行印刷，合为一行，行间补一空格）",
        "比学赶超 争先进位 推动“三高四新”战略落地生根",
      ],
    ]);
  });
  it("records the space it supplies between the two printed lines of a couplet subhead", () => {
    const feature = docs("paragraph-own-last-line")[0];
    const heading = feature?.blocks.find((b) => b.text === "数字阅读塑造风尚 一屏万卷一触即达");
    expect(feature?.frontmatter.apparatus.find((a) => a.kind === "heading" && a.block === heading?.id)?.detail).toBe(
      "源第29–30行分2行印刷的标题合为一行，行间补一空格",
    );
  });
  it("makes continuation fragments their own documents with a supplied title", () => {
    const result = docs("fragment");
    expect(result.map((d) => d.frontmatter.kind)).toEqual(["fragment", "fragment"]);
    expect(result[0]?.frontmatter.titleSupplied).toBe(true);
    expect(result[0]?.frontmatter.title).toBe("上接1版③：许达哲强调，要开展好党史学习教育");
    expect(result[0]?.blocks[0]?.text.startsWith("许达哲强调")).toBe(true);
    expect(result[0]?.frontmatter.apparatus.some((a) => a.kind === "artefact" && a.text?.includes("▲"))).toBe(true);
  });
});

describe("structure", () => {
  it("joins a part heading printed over two lines", () => {
    const heading = docs("two-line-heading")[0]?.blocks.find((b) => b.type === "heading");
    expect(heading).toEqual({
      id: "s1",
      type: "heading",
      level: 2,
      text: "一、2020年：发挥优势、履职尽责，在大战大考中贡献了政协力量",
    });
    // Joined directly (the first line wraps mid-phrase): no space supplied, none recorded.
    expect(docs("two-line-heading")[0]?.frontmatter.apparatus.find((a) => a.kind === "heading")?.detail).toBe(
      "源第9–10行分2行印刷的标题合为一行",
    );
  });
  it("keeps a run-in （二） head inside its paragraph, as printed, with the section's id", () => {
    const blocks = docs("run-in-section")[0]?.blocks ?? [];
    const s2 = blocks.find((b) => b.id === "s2");
    expect(s2).toMatchObject({ type: "paragraph", runIn: "（二）全面贯彻新发展理念，增强服务高质量发展的实效。" });
    expect(s2?.text.startsWith(`${s2.runIn}聚焦我省“十三五”规划重点目标任务`)).toBe(true);
    // A head on a full column line followed by more column text is run-in too.
    expect(blocks.find((b) => b.id === "s1")).toMatchObject({
      type: "paragraph",
      runIn: "（一）切实加强思想引领，筑牢政治共同体意识。",
    });
    expect(blocks.filter((b) => b.type === "heading")).toEqual([]);
  });
  it("keeps a head the body runs on from on the same line inside its paragraph; a head alone on its line is a heading", () => {
    const blocks = docs("run-in-line")[0]?.blocks ?? [];
    expect(blocks.map((b) => `${b.id} ${b.type}${b.runIn ? ` ${b.runIn}` : ""}`)).toEqual([
      "p1 paragraph",
      "s1 heading",
      "i1 paragraph 1.提高政治站位。",
      "i2 heading",
      "p2 paragraph",
      "i3 paragraph 3.健全责任体系。",
    ]);
    expect(blocks.find((b) => b.id === "i1")?.text.startsWith("1.提高政治站位。推动长江经济带发展")).toBe(true);
  });
  it("makes stand-alone heads of column text headings: a short head line, and a head after a sentence end", () => {
    const blocks = docs("standalone-head")[0]?.blocks ?? [];
    expect(blocks.filter((b) => b.type === "heading").map((b) => `${b.id} ${b.text}`)).toEqual([
      "s3 （三）加强自身建设。",
      "s4 （四）深化协商民主，提升建言资政水平。",
    ]);
    expect(blocks.some((b) => b.runIn)).toBe(false);
    expect(blocks[0]?.text.endsWith("聚焦重点任务开展协商议政。")).toBe(true);
  });
  it("keeps 一是…二是… as prose", () => {
    expect(docs("yishi-prose")[0]?.blocks.every((b) => b.type === "paragraph")).toBe(true);
  });
  it("reads Markdown headings: article titles and ### subheads", () => {
    const result = docs("markdown-headings");
    expect(result).toHaveLength(2);
    expect(result[0]?.blocks.filter((b) => b.type === "heading").map((b) => `${b.id} ${b.text}`)).toEqual([
      "h1 “送政策、解难题、优服务”",
      "h2 突出“三个全覆盖”",
    ]);
  });
});

describe("artefacts and repairs", () => {
  it("removes 扫码看视频 and Word bookmarks into the apparatus", () => {
    const [doc] = docs("artefacts");
    const all = doc?.blocks.map((b) => b.text).join("") ?? "";
    expect(all).not.toContain("扫码看视频");
    expect(all).not.toContain("bookmark");
    expect(doc?.frontmatter.apparatus.filter((a) => a.kind === "artefact").map((a) => a.text)).toEqual([
      "扫码看视频",
      "[bookmark: _GoBack]",
    ]);
  });
  it("joins a paragraph broken across a page and keeps a doubled character once", () => {
    const [doc] = docs("duplicated-break-character");
    const text = doc?.blocks.map((b) => b.text).join("\n") ?? "";
    expect(text).toContain("各级各部门要深刻理解行动的重要意义");
    expect(text).toContain("省委副书记、省长毛伟明");
    expect(doc?.frontmatter.apparatus.find((a) => a.kind === "dedupe")?.text).toBe("门");
  });
  it("supplies a missing title, marked as supplied", () => {
    const [doc] = docs("missing-title");
    expect(doc?.frontmatter.titleSupplied).toBe(true);
    expect(doc?.frontmatter.title).toBe("中国共产党湘潭市第十二届委员会第五次全体会议决议");
    expect(doc?.frontmatter.date).toBe("2018-06-08");
    expect(doc?.frontmatter.issuer).toBe("中国共产党湘潭市第十二届委员会");
    expect(doc?.blocks.find((b) => b.id === "i1")).toMatchObject({ type: "paragraph", runIn: "1.提高政治站位。" });
  });
  it("applies sidecar facts and emendations", () => {
    const [doc] = docs("sidecar-facts");
    expect(doc?.facts?.slug).toBe("mou-xian-jue-yi");
    expect(doc?.frontmatter.source.publication).toBe("某某日报");
    expect(doc?.frontmatter.source.page).toBe("2");
    expect(doc?.blocks[1]?.text).toBe("全会认为，过去一年全县各项工作取得了新进展。");
    expect(doc?.frontmatter.apparatus.find((a) => a.kind === "emendation")).toMatchObject({
      text: "取得新进展",
      replacement: "取得了新进展",
    });
  });
  it("keeps a doubted reading as printed and records the editors' note (存疑)", () => {
    const [doc] = docs("sidecar-facts");
    expect(doc?.blocks[0]?.text).toContain("在某某举行");
    expect(doc?.frontmatter.apparatus.find((a) => a.kind === "query")).toEqual({
      block: doc?.blocks[0]?.id,
      kind: "query",
      detail: "存疑：“在某某举行”照录原文。地名“某某”疑有脱字（示例存疑）。",
      text: "在某某举行",
    });
  });
});
