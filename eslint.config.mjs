import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

import noServerModuleInClient from "./eslint/no-server-module-in-client.mjs";
import noVocabularyReExport from "./eslint/no-vocabulary-re-export.mjs";

// The generated Prisma clients: only the data layer (lib/db), the seed and the scripts that must use them.
const GENERATED_CLIENTS = {
  group: ["**/generated/prisma", "**/generated/prisma/**", "**/generated/prisma-pg", "**/generated/prisma-pg/**"],
  message: "Only lib/db/ talks to Prisma: add a loader there.",
};
// lib/ is the domain and data layer: it never reaches up into pages or components.
const UI_LAYERS = {
  group: ["@/components/**", "@/app/**", "**/components/**", "**/app/**", "!next/**"],
  message: "lib/ never imports components/ or app/: move the shared type or function into lib/.",
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", { patterns: [GENERATED_CLIENTS] }],
    },
  },
  {
    files: ["lib/**"],
    ignores: ["lib/db/**", "lib/seed/**", "lib/testing/**", "lib/generated/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [GENERATED_CLIENTS, UI_LAYERS] }] },
  },
  {
    files: ["lib/db/**", "lib/seed/**", "lib/testing/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [UI_LAYERS] }] },
  },
  {
    // Scripts and the Prisma configs run outside Next and may open the generated clients directly.
    files: ["scripts/**", "prisma/**", "prisma*.config.ts", "e2e/**", "bench/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Components take server actions as props (the page passes them), like the Capex save.
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            GENERATED_CLIENTS,
            {
              group: ["@/app/**", "**/app/**", "!next/**"],
              message: "Components get server actions as props from their page.",
            },
          ],
        },
      ],
    },
  },
  {
    plugins: {
      boundaries: {
        rules: {
          "no-server-module-in-client": noServerModuleInClient,
          "no-vocabulary-re-export": noVocabularyReExport,
        },
      },
    },
    rules: { "boundaries/no-server-module-in-client": "error", "boundaries/no-vocabulary-re-export": "error" },
  },
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      "next-env.d.ts",
      "playwright-report/**",
      "test-results/**",
    ],
  },
];

export default config;
