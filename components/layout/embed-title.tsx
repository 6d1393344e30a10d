/**
 * An embed shows its charts without the view's heading; this names the page for screen readers
 * (every page has one h1), and the charts' own headings stay the visible titles.
 */
export function EmbedTitle({ title }: { title: string }) {
  return <h1 className="sr-only">{title}</h1>;
}
