// A client component ("use client") must not import a module that imports "server-only": Next would
// fail the build anyway, but only for modules it reaches, and with a stack far from the import.
// Type-only imports are fine (erased before bundling).
import { existsSync, readFileSync } from "node:fs";

import { modulePath } from "./module-path.mjs";

const EXTENSIONS = ["", ".ts", ".tsx", ".js", ".mjs", "/index.ts", "/index.tsx"];
const SERVER_ONLY = /^import\s+["']server-only["'];?$/m;
const serverOnlyCache = new Map();

function resolveSource(source, file, root) {
  const base = modulePath(source, file, root);
  if (!base) return null;
  const found = EXTENSIONS.map((extension) => base + extension).find(
    (candidate) => existsSync(candidate) && !candidate.endsWith("/"),
  );
  return found ?? null;
}

function isServerOnly(file) {
  if (!serverOnlyCache.has(file)) serverOnlyCache.set(file, SERVER_ONLY.test(readFileSync(file, "utf8")));
  return serverOnlyCache.get(file);
}

const noServerModuleInClient = {
  meta: {
    type: "problem",
    schema: [],
    messages: {
      serverModule:
        "A client component imports {{source}}, a server-only module. Pass what it needs as props from a server component.",
    },
  },
  create(context) {
    const isClient = context.sourceCode.ast.body.some(
      (node) => node.type === "ExpressionStatement" && node.directive === "use client",
    );
    if (!isClient) return {};
    const root = context.cwd;
    return {
      ImportDeclaration(node) {
        if (node.importKind === "type" || node.source.value === "server-only") return;
        if (node.specifiers.length > 0 && node.specifiers.every((specifier) => specifier.importKind === "type")) return;
        const source = String(node.source.value);
        if (source === "next-intl/server" || source === "next/headers") {
          context.report({ node, messageId: "serverModule", data: { source } });
          return;
        }
        const file = resolveSource(source, context.filename, root);
        if (file && isServerOnly(file)) context.report({ node, messageId: "serverModule", data: { source } });
      },
    };
  },
};

export default noServerModuleInClient;
