/**
 * Simplified or traditional characters for the reading text, through OpenCC (opencc-js, loaded only
 * when a reader asks for traditional). Only the text of the blocks changes: ids, margin numbers,
 * links and the page around them stay, and switching back restores the printed text exactly.
 */

type Convert = (text: string) => string;

const original = new WeakMap<Text, string>();
let toTraditional: Promise<Convert> | undefined;

/** The text nodes of the reading text (not margin numbers, marks or notes). */
function readingTextNodes(): Text[] {
  const nodes: Text[] = [];
  for (const block of document.querySelectorAll(".reading > [id]")) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest(".block-number, .block-mark, .block-menu, .alias-anchor")
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  }
  return nodes;
}

/** Show the reading text in traditional characters (true) or as printed (false). */
export async function applyScript(traditional: boolean): Promise<void> {
  const reading = document.querySelector(".reading");
  if (!reading) return;
  if (traditional) {
    toTraditional ??= import("opencc-js/cn2t").then((OpenCC) => OpenCC.Converter({ from: "cn", to: "t" }));
    const convert = await toTraditional;
    for (const node of readingTextNodes()) {
      if (!original.has(node)) original.set(node, node.data);
      node.data = convert(original.get(node) ?? node.data);
    }
    reading.setAttribute("lang", "zh-Hant");
  } else {
    for (const node of readingTextNodes()) {
      const printed = original.get(node);
      if (printed !== undefined) node.data = printed;
    }
    reading.removeAttribute("lang");
  }
}
