import { modalityList } from "@/lib/models/query";

/** Input → output modalities as text chips, e.g. [Text] [Image] → [Text]. */
export function ModalityChips({
  inputs,
  outputs,
  name,
  labels,
}: {
  inputs: string;
  outputs: string;
  name: (code: string) => string;
  labels: { inputs: string; outputs: string };
}) {
  const chips = (codes: string, label: string) => (
    <span className="inline-flex flex-wrap gap-1">
      {/* Named in text, not aria-label: a plain span has no role to carry a name. */}
      <span className="sr-only">{label} </span>
      {modalityList(codes).map((code) => (
        <span
          key={code}
          className="rounded bg-slate-100 px-1.5 py-0.5 text-xs whitespace-nowrap text-slate-700 ring-1 ring-slate-200 ring-inset"
        >
          {name(code)}
        </span>
      ))}
    </span>
  );
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      {chips(inputs, labels.inputs)}
      <span aria-hidden="true" className="text-slate-400">
        →
      </span>
      {chips(outputs, labels.outputs)}
    </span>
  );
}
