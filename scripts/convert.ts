/**
 * `npm run convert -- [--sources DIR] [--out DIR] [--no-sidecars] [--check]`: turn the raw sources
 * into `content/texts/<slug>.md`. Progress goes to stderr; errors name file, place and reason.
 */
import { parseArgs } from "node:util";
import { diffCorpus } from "./lib/corpus.ts";
import { convertCorpusInParallel } from "./lib/convert-parallel.ts";
import { recoverInterruptedWrite, writeCorpus } from "./lib/write-corpus.ts";
import { ConvertError } from "./lib/errors.ts";
import { readPreviousContent } from "./lib/previous-content.ts";

const usage = "usage: npm run convert -- [--sources DIR] [--out DIR] [--no-sidecars] [--check]";

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        sources: { type: "string", default: "sources" },
        out: { type: "string", default: "content/texts" },
        "no-sidecars": { type: "boolean", default: false },
        check: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    console.error(`convert: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.error(usage);
    return 0;
  }
  const started = performance.now();
  const recovered = recoverInterruptedWrite(values.out);
  if (recovered) console.error(`convert: notice: ${recovered}`);
  let files;
  try {
    files = await convertCorpusInParallel({
      sourcesDir: values.sources,
      useSidecars: !values["no-sidecars"],
      previous: readPreviousContent(values.out),
      onSource: (summary) => console.error(`convert: ${summary}`),
      onNotice: (notice) => console.error(`convert: notice: ${notice}`),
    });
  } catch (error) {
    if (!(error instanceof ConvertError)) throw error;
    console.error(`convert: error: ${error.message}\nconvert: nothing was written.`);
    return 1;
  }
  const elapsed = () => `${Math.round(performance.now() - started)} ms`;
  if (values.check) {
    const problems = diffCorpus(values.out, files);
    for (const problem of problems) console.error(`convert: stale: ${values.out}/${problem}`);
    console.error(
      problems.length
        ? `convert: ${values.out} is stale; run npm run convert`
        : `convert: ${values.out} is up to date (${files.size} documents, ${elapsed()})`,
    );
    return problems.length ? 1 : 0;
  }
  console.error(`convert: writing ${files.size} documents to ${values.out} (converted in ${elapsed()})`);
  writeCorpus(values.out, files);
  console.error(`convert: wrote ${files.size} documents to ${values.out} (${elapsed()})`);
  return 0;
}

process.exitCode = await main();
