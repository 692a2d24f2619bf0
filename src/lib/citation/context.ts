/** The fact a citation takes from the build rather than from the document: the access date. */

/**
 * The access date of a citation: the date of the build, in China Standard Time (the edition's
 * readers' calendar), unless `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention)
 * or an explicit date is given.
 */
export function accessDate(explicit?: string, env: Record<string, string | undefined> = process.env): string {
  if (explicit) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(explicit)) throw new Error(`access date must be YYYY-MM-DD, got "${explicit}"`);
    return explicit;
  }
  const epoch = env["SOURCE_DATE_EPOCH"];
  const when = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(when);
}
