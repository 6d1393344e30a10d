/**
 * The rating with its definition on hover and on keyboard focus (or a tap, which focuses it),
 * done in CSS so the Summary ships no client JavaScript. Printed, the definition follows inline.
 * `helpLabel` is read after the rating by screen readers, with its own brackets ("（评级含义）", " (what the rating means)").
 */
export function RatingWithMeaning({
  rating,
  meaning,
  helpLabel,
}: {
  rating: string;
  meaning: string;
  helpLabel: string;
}) {
  return (
    <span className="group relative inline-block">
      <span
        tabIndex={0}
        aria-describedby="rating-meaning"
        data-testid="rating"
        className="cursor-help rounded font-semibold text-emerald-800 underline decoration-dotted underline-offset-4 focus-visible:outline-2 focus-visible:outline-accent"
      >
        {rating}
        <span className="sr-only">{helpLabel}</span>
      </span>
      <span
        id="rating-meaning"
        role="tooltip"
        data-testid="rating-meaning"
        className="invisible absolute top-full left-0 z-20 mt-2 w-72 max-w-[80vw] rounded-md border border-slate-200 bg-white p-3 text-xs leading-relaxed font-normal text-slate-700 opacity-0 shadow-lg transition-opacity group-focus-within:visible group-focus-within:opacity-100 group-hover:visible group-hover:opacity-100 print:visible print:static print:mt-1 print:block print:w-auto print:max-w-none print:border-0 print:p-0 print:opacity-100 print:shadow-none"
      >
        {meaning}
      </span>
    </span>
  );
}
