/**
 * One test document of each kind, as frontmatter validated by the shared schema, shaped on the
 * edition's real sources (speech, two resolutions, CPPCC report, newspaper texts, fragment).
 */
import { documentSchema, type DocumentFrontmatter } from "../../../src/format/schema.ts";

const common = {
  titleSupplied: false,
  dateInferred: false,
  byline: [],
  order: 0,
  aliases: {},
  apparatus: [],
};
const source = (file: string, extra: object = {}) => ({
  file,
  sha256: "0".repeat(64),
  lines: [1, 99],
  encoding: "utf-8",
  ...extra,
});

/** Access date used by every test: citations are checked for a fixed day. */
export const accessed = "2026-11-23";

/** Absolute page URL of a test document. */
export const urlOf = (doc: DocumentFrontmatter): string => `https://xiangwen.example/texts/${doc.slug}/`;

export const speech = documentSchema.parse({
  ...common,
  slug: "gong-tong-gou-jian-ren-yu-zi-ran-sheng-ming-gong-tong-ti",
  title: "共同构建人与自然生命共同体",
  subtitle: "——在“领导人气候峰会”上的讲话",
  kind: "speech",
  date: "2021-04-22",
  place: "北京",
  byline: [{ role: "中华人民共和国主席", name: "习近平" }],
  source: source("000_ea349d759deb6524.txt"),
});

export const resolution = documentSchema.parse({
  ...common,
  slug: "hunan-12-6-resolution",
  title: "中国共产党湖南省第十二届委员会第六次全体会议决议",
  kind: "resolution",
  date: "2024-04-29",
  place: "长沙",
  issuer: "中国共产党湖南省第十二届委员会",
  source: source("001_0f24566a65a87a3f.txt"),
});

/** Title supplied by the editors (the source lacks its title line). */
export const suppliedResolution = documentSchema.parse({
  ...common,
  slug: "xiangtan-12-resolution",
  title: "中国共产党湘潭市第十二届委员会全体会议决议",
  titleSupplied: true,
  kind: "resolution",
  date: "2018-06-08",
  issuer: "中国共产党湘潭市第十二届委员会",
  source: source("002_5a66071c439eaf9c.txt"),
});

export const report = documentSchema.parse({
  ...common,
  slug: "cppcc-hunan-2021-work-report",
  title: "政协湖南省委员会常务委员会工作报告",
  kind: "report",
  date: "2021-01-24",
  place: "长沙",
  issuer: "中国人民政治协商会议湖南省委员会",
  byline: [{ name: "李微微" }],
  source: source("003_9954a45cdba6c14f.txt"),
});

export const communique = documentSchema.parse({
  ...common,
  slug: "hunan-12-6-communique",
  title: "中国共产党湖南省第十二届委员会第六次全体会议公报",
  kind: "communique",
  date: "2024-04-29",
  issuer: "中国共产党湖南省第十二届委员会",
  source: source("001_0f24566a65a87a3f.txt"),
});

/** Two reporters, one with a compound surname; the sidecar gives newspaper and page. */
export const news = documentSchema.parse({
  ...common,
  slug: "hu-nan-kong-tie-lian-yun-zai-shao-shan-qi-dong",
  title: "湖南空铁联运在韶山启动",
  kind: "news",
  date: "2021-04-23",
  byline: [
    { role: "湖南日报·新湖南客户端记者", name: "刘瀚潞" },
    { role: "通讯员", name: "欧阳坚" },
  ],
  source: source("004_533e1e65b1aadefe.txt", { publication: "湖南日报", page: "1" }),
});

export const feature = documentSchema.parse({
  ...common,
  slug: "san-xiang-shu-xiang-yun-geng-nong",
  title: "三湘书香韵耕农",
  kind: "feature",
  date: "2021-04-23",
  byline: [{ role: "记者", name: "邓晶琨" }],
  source: source("004_533e1e65b1aadefe.txt", { publication: "三湘都市报", page: "A2" }),
});

/** A continuation from page 1: supplied title, no byline of its own. */
export const fragment = documentSchema.parse({
  ...common,
  slug: "shang-jie-1-ban-xian-xiang-liang-ji-dang-wei-yao-cong-ren-xuan",
  title: "上接1版：县乡两级党委要从人选",
  titleSupplied: true,
  kind: "fragment",
  date: "2021-04-23",
  source: source("004_533e1e65b1aadefe.txt", { publication: "湖南日报", page: "2" }),
});

/** Neither date nor author: the weakest case every style must still cite. */
export const other = documentSchema.parse({
  ...common,
  slug: "sao-ma-kan-shi-pin",
  title: "湖南省情简介",
  kind: "other",
  date: null,
  source: source("004_533e1e65b1aadefe.txt"),
});

/**
 * A speech as a newspaper printed it (source 000): cited by the issue date, which the page does
 * not print (the editors' date, with their evidence), the day it was delivered beside it.
 */
export const speechInNewspaper = documentSchema.parse({
  ...common,
  slug: "gong-tong-gou-jian-ren-yu-zi-ran-sheng-ming-gong-tong-ti-bao",
  title: "共同构建人与自然生命共同体",
  subtitle: "——在“领导人气候峰会”上的讲话",
  kind: "speech",
  date: "2021-04-23",
  dateInferred: true,
  dateNote: "版面未印出版日期，编者据本版内容考定。",
  eventDate: "2021-04-22",
  place: "北京",
  byline: [{ role: "中华人民共和国主席", name: "习近平" }],
  source: source("000_ea349d759deb6524.txt", { publication: "湖南日报" }),
});

/** A news report in an issue of unknown date (source 003): only the earliest day is known. */
export const undatedNews = documentSchema.parse({
  ...common,
  slug: "zhang-qing-wei-zhu-chi-zhao-kai-sheng-wei-chang-wei-hui-yi-qiang",
  title: "张庆伟主持召开省委常委会议强调 突出抓好高校毕业生等重点群体就业",
  kind: "news",
  date: null,
  dateNote: "版面未印出版日期。",
  notBefore: "2022-06-14",
  eventDate: "2022-06-14",
  eventDateNote: "年份据来源中最常出现的“2022年”推定",
  byline: [{ name: "邓晶琨" }],
  source: source("003_9954a45cdba6c14f.txt", { publication: "三湘都市报" }),
});

/** Every test document, by kind. */
export const documents = {
  speech,
  speechInNewspaper,
  resolution,
  suppliedResolution,
  report,
  communique,
  news,
  feature,
  fragment,
  undatedNews,
  other,
};
