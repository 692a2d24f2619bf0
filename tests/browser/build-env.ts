/**
 * The environment for a site build started from the tests: Vitest puts Vite's own variables
 * (BASE_URL=/, MODE, NODE_ENV=test …) into process.env, and Astro would let BASE_URL override
 * the configured base path. Every build the tests start uses this environment.
 */
const vitestVariables = new Set(["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST"]);

/** process.env without Vitest's and Vite's variables. */
export function buildEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !vitestVariables.has(name) && !name.startsWith("VITEST")),
  );
}
