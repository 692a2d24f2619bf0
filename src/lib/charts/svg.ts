/** Small helpers for charts drawn as SVG at build time (no chart library, no script in the page). */

/** Escape text for SVG/HTML content and attribute values. */
export function escapeSvg(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A number with at most one decimal, for coordinates. */
export const n = (value: number): string => String(Math.round(value * 10) / 10);

/** The colour (a CSS custom property, so dark mode applies) of each document kind. */
export const kindColours: Record<string, string> = {
  speech: "var(--chart-1)",
  resolution: "var(--chart-2)",
  report: "var(--chart-3)",
  communique: "var(--chart-4)",
  news: "var(--chart-5)",
  feature: "var(--chart-6)",
  fragment: "var(--chart-7)",
  other: "var(--chart-8)",
};
