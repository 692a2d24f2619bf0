/**
 * The slice of citation-js's untyped API this edition uses (core 0.8, plugins csl/bibtex/ris).
 * Kept narrow on purpose: anything not declared here is not relied upon.
 */
declare module "@citation-js/core" {
  /** A register of named strings (CSL styles or locales) in a plugin's config. */
  interface Register {
    add(name: string, value: string): void;
    has(name: string): boolean;
  }
  /** Options of `Cite#format`; the CSL and BibTeX plugins read different subsets. */
  interface FormatOptions {
    format?: "text" | "html" | "object" | "string";
    spec?: "mixed" | "old" | "new";
    template?: string;
    lang?: string;
    entry?: unknown;
    type?: "string" | "json";
  }
  /** A parsed set of references; `data` holds them as CSL-JSON. */
  export class Cite {
    constructor(data: unknown);
    static async(data: unknown): Promise<Cite>;
    data: Record<string, unknown>[];
    format(format: string, options?: FormatOptions): string;
  }
  export const plugins: {
    config: {
      get(name: "@csl"): { styles: Register; locales: Register };
      get(name: "@bibtex"): {
        format: { useIdAsLabel: boolean; asciiOnly: boolean };
      };
      get(name: string): unknown;
    };
  };
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";

/** citeproc-js, the CSL processor citation-js wraps; used directly for one-entry bibliographies. */
declare module "citeproc" {
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): object | undefined;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the class is the default export's Engine
  class Engine {
    constructor(sys: Sys, style: string, lang: string, forceLang: boolean);
    opt: { development_extensions: { wrap_url_and_doi: boolean } };
    setOutputFormat(format: "html" | "text"): void;
    updateItems(ids: string[], nosort?: boolean): void;
    makeBibliography(): [object, string[]];
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
