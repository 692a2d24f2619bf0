import { readFileSync } from "node:fs";
import { cleanLines } from "./clean-lines.ts";
import { longLineUnits } from "./longline-units.ts";
const f = process.argv[2]!;
const src = readFileSync(f, "utf8");
const units = longLineUnits(cleanLines(src), src);
for (const u of units) console.log(u.type === "display" ? `  [${u.role}${u.continuation ? " " + u.continuation : ""}] ${u.text.slice(0,50)}` : `P ${u.lines[0]!.n}-${u.lines.at(-1)!.n}: ${u.text.slice(0, 30)}…${u.text.slice(-12)} ${u.notes.map(n=>n.kind).join(",")}`);
