/**
 * Fills "{name}" placeholders in a message a server component read with t.raw(). For client
 * components, which get their strings as props (the client provider carries no messages) and
 * need a value only known after an interaction; the value is already formatted by lib/format.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
