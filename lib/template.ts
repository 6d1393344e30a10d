/**
 * Fills "{name}" placeholders of a message that a server component handed to a client component
 * (the client provider carries no messages, so client views interpolate their own strings).
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string) =>
    key in values ? String(values[key]) : placeholder,
  );
}
