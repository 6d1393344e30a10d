// lib/vocabulary.ts declares every closed set of values once; a module that re-exports its tokens
// becomes a second address for them, and importers drift between the two. Import them from
// "@/lib/vocabulary" where they are used.
import path from "node:path";

import { modulePath } from "./module-path.mjs";

const VOCABULARY = path.join("lib", "vocabulary");

function isVocabulary(source, file, root) {
  const resolved = modulePath(source, file, root);
  return resolved !== null && path.relative(root, resolved).replace(/\.tsx?$/, "") === VOCABULARY;
}

const noVocabularyReExport = {
  meta: {
    type: "problem",
    schema: [],
    messages: {
      reExport: 'Re-exports {{name}} from lib/vocabulary.ts: import it from "@/lib/vocabulary" where it is used.',
    },
  },
  create(context) {
    const root = context.cwd;
    const fromVocabulary = new Set();
    const check = (node) => isVocabulary(String(node.source.value), context.filename, root);
    return {
      ImportDeclaration(node) {
        if (!check(node)) return;
        for (const specifier of node.specifiers) fromVocabulary.add(specifier.local.name);
      },
      ExportAllDeclaration(node) {
        if (check(node)) context.report({ node, messageId: "reExport", data: { name: "everything" } });
      },
      ExportNamedDeclaration(node) {
        const fromSource = node.source ? check(node) : false;
        for (const specifier of node.specifiers) {
          if (fromSource || fromVocabulary.has(specifier.local.name)) {
            context.report({ node: specifier, messageId: "reExport", data: { name: specifier.local.name } });
          }
        }
      },
    };
  },
};

export default noVocabularyReExport;
