/**
 * One style for the repository, checked by `npm test` (format:check). Imports are grouped (Node
 * built-ins, packages, then the app's own `@/` modules, then relative ones) and sorted; Tailwind
 * classes are sorted by the Tailwind plugin, which must come last.
 * @type {import("prettier").Config}
 */
const config = {
  printWidth: 120,
  plugins: ["@ianvs/prettier-plugin-sort-imports", "prettier-plugin-tailwindcss"],
  importOrder: ["<BUILTIN_MODULES>", "<THIRD_PARTY_MODULES>", "", "^@/(.*)$", "", "^[.]"],
  importOrderTypeScriptVersion: "5.0.0",
  tailwindStylesheet: "./app/globals.css",
};

export default config;
