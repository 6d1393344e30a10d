import type { Messages } from "next-intl";

/**
 * The Training explorer's strings, from the "Training" messages: `chartSubtitle`, `atPrice`, `tooltipCost`
 * and the bar labels are templates the explorer fills, `priceClamped` too ({typed}, {min}, {max},
 * {applied}); `priceHint`, `chartFigures` and `v3CostNote` come filled by the loader
 * (lib/training/view-data.ts), with the `caveats` (which exported charts carry as footnotes).
 */
export type TrainingExplorerLabels = Pick<
  Messages["Training"],
  | "controls"
  | "priceClamped"
  | "scale"
  | "scaleLinear"
  | "scaleLog"
  | "price"
  | "priceHint"
  | "apply"
  | "chartTitle"
  | "chartSubtitle"
  | "chartFigures"
  | "chartSource"
  | "axisHours"
  | "atPrice"
  | "tooltipCost"
  | "v3Cost"
  | "v3CostNote"
  | "llamaCost"
  | "llamaCostNote"
  | "costSourceReport"
  | "costSourceWhatIf"
  | "barV3"
  | "barLlama"
  | "barOther"
  | "colRun"
  | "colGpu"
  | "colHours"
> & { caveats: string[] };
