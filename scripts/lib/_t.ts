import { readFileSync } from "node:fs";
import { cleanLines } from "./clean-lines.ts";
import { columnUnits } from "./column-units.ts";
const f = process.argv[2]!;
const units = columnUnits(cleanLines(readFileSync(f, "utf8")));
for (const u of units) console.log(u.type === "display" ? `  [${u.role}${u.continuation ? " " + u.continuation : ""}] ${u.text}` : `P ${u.lines[0]!.n}-${u.lines.at(-1)!.n}: ${u.text.slice(0, 30)}…${u.text.slice(-12)}`);
