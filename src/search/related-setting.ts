/**
 * Whether the edition builds Pagefind's index for the related results (相关结果, the optional word
 * matches beside the exact hits). Pagefind's indexer keeps the whole index in memory while it
 * builds: measured with the synthetic edition (`npm run bench:build`), the index step held 2.2 GB at
 * 1,500 documents and 15.8 GB at 15,000, and took 225 s of the 303. The exact search finds every
 * passage at any size without it, so the related results are built up to `relatedResultsUpTo`
 * documents; `XIANGWEN_RELATED=on` or `off` decides instead.
 */

/** Largest edition built with related results unless told otherwise (≈ 2.5 GB for the step, measured at 1,500). */
export const relatedResultsUpTo = 2000;

/** The setting's name, for messages. */
export const relatedSetting = "XIANGWEN_RELATED";

/** Whether an edition of `documents` documents builds related results under `env`. */
export function relatedResultsBuilt(documents: number, env: Record<string, string | undefined>): boolean {
  const value = env[relatedSetting]?.trim().toLowerCase() ?? "";
  if (value === "on") return true;
  if (value === "off") return false;
  if (value !== "") throw new Error(`${relatedSetting} must be "on" or "off", not "${env[relatedSetting]}"`);
  return documents <= relatedResultsUpTo;
}

/** Why an edition has no related results, for the build log and the search CLI. */
export function relatedResultsSkipped(documents: number): string {
  return `related results (Pagefind) not built: ${documents.toLocaleString("en")} documents, more than ${relatedResultsUpTo.toLocaleString("en")} (${relatedSetting}=on builds them anyway)`;
}
