import { readFileSync } from "node:fs";
import { cleanLines } from "./clean-lines.ts";
import { columnUnits } from "./column-units.ts";
import { longLineUnits } from "./longline-units.ts";
import { splitDocuments } from "./segment.ts";
const f = process.argv[2]!;
const src = readFileSync(f, "utf8");
const lines = cleanLines(src);
const units = process.argv[3] === "col" ? columnUnits(lines) : longLineUnits(lines, src);
for (const s of splitDocuments(units)) {
  console.log("=== DOC", s.continuation ?? "", "paras:", s.body.filter(u=>u.type==="paragraph").length);
  for (const h of s.head) console.log("  head", h.role, h.lines.map(l=>l.text).join(" | "));
  for (const b of s.body) if (b.type === "display") console.log("  sub", b.role, b.text);
  console.log("  first:", s.body[0]?.text.slice(0, 30));
}
