/** Typed ESLint for TypeScript, plus the Astro plugin for .astro components. */
import astro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", ".astro/", "node_modules/", "public/", "coverage/", "**/*.csl", "**/*.xml"] },
  ...tseslint.configs.recommendedTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  ...astro.configs.recommended,
  // .astro frontmatter and plain JS config files are linted without type information.
  { files: ["**/*.astro", "**/*.js", "**/*.mjs"], ...tseslint.configs.disableTypeChecked },
  { rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }] } },
);
