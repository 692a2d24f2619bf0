/**
 * The TEI `editorialDecl`: how the edition treats its sources, one part per kind of intervention
 * (normalisation, segmentation, interpretation, correction), each with this document's counts from
 * its apparatus, so the header states both the policy and what it did to this text.
 */
import type { ApparatusEntry, ApparatusKind } from "../../format/schema.ts";
import { summariseApparatus } from "../../lib/apparatus.ts";
import { el, type XmlElement } from "../xml.ts";

/** The parts of `editorialDecl`, the policy each states, and the apparatus kinds it counts. */
const parts: { element: string; policy: string; kinds: ApparatusKind[] }[] = [
  {
    element: "normalization",
    policy:
      "排版造成的空格（两端对齐时字间的空格、汉字与数字之间的空格）、源文件的标记（Markdown 的 #、署名前的 ■）、版面杂项（扫码看视频、续版标记、Word 书签）与跨页重印的字已删去；原文的用字与标点（包括半角标点）照录。",
    kinds: ["space", "markup", "artefact", "dedupe"],
  },
  {
    element: "segmentation",
    policy:
      "PDF 分栏的印刷行已按段落重新接排；被版面或空行断开的段落已接回；原文无分段处，仅在可靠的标志（句末加序号、称呼、署名或日期行）处分段。段落的起止依据行宽与标点推定。",
    kinds: ["reflow", "join", "break"],
  },
  {
    element: "interpretation",
    policy:
      "标题、引题、副题、电头、署名从正文移入题录；一、（一）1. 等层次标题按结构识别，并给出稳定编号（xml:id），即网页与 EPUB 中的段落编号。",
    kinds: ["heading", "metadata"],
  },
  {
    element: "correction",
    policy:
      '编者的校改以 choice/sic/corr 标出并说明理由；编者存疑而未改之处照录原文，出校勘记说明疑点（note subtype="query"）；原文无标题者由编者拟题，以 supplied 标出（网页上加〔 〕）。其余处理见 back 中的校勘记（note type="editorial"）。',
    kinds: ["emendation", "query", "supplied"],
  },
];

/** `editorialDecl` with the counts of this document's apparatus. */
export function editorialDecl(apparatus: readonly ApparatusEntry[]): XmlElement {
  const counts = summariseApparatus(apparatus);
  return el(
    "editorialDecl",
    {},
    parts.map(({ element, policy, kinds }) => {
      const done = counts.filter((c) => kinds.includes(c.kind)).map((c) => `${c.label} ${c.count} 处`);
      return el(element, {}, el("p", {}, policy, `本篇：${done.length ? done.join("，") : "无"}。`));
    }),
  );
}
