import path from "node:path";

/** The path an import names ("@/lib/x", "./x"), without extension; null for a package. */
export function modulePath(source, file, root) {
  if (source.startsWith("@/")) return path.join(root, source.slice(2));
  if (source.startsWith(".")) return path.resolve(path.dirname(file), source);
  return null;
}
