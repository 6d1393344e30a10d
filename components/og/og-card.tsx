import { BRAND_ACCENT, CHART_PALETTES } from "@/lib/charts/tokens";
import { barShare, type OgCard } from "@/lib/og/card";
import {
  BAR_MARGIN,
  FACT_COLUMNS,
  FACT_GAP,
  FACT_PAD,
  factTile,
  fitLabel,
  layoutColumns,
  layoutFacts,
  layoutOgCard,
  LEGEND_GAP,
  LEGEND_SWATCH,
  OG_CARD,
  OG_CONTENT_WIDTH,
  type OgLayout,
  type OgTextBlock,
} from "@/lib/og/layout";

const ROW_LABEL_WIDTH = 280;
const ROW_TEXT_WIDTH = 150;
// The charts' light palette: previews look like the charts and their exports.
const { ink: INK, muted: MUTED, grid: GRID } = CHART_PALETTES.light;
const FAINT = "#64748b";
const ACCENT = BRAND_ACCENT;

/**
 * Text with "→" drawn as a small arrow: neither Inter's Latin subset nor the CJK fallback font has
 * the glyph, and a missing glyph makes Satori try to download a font.
 */
function Words({ text, size }: { text: string; size: number }) {
  const parts = text.split("→");
  return (
    <div style={{ display: "flex", flexWrap: "wrap", alignItems: "center" }}>
      {parts.flatMap((part, index) => [
        ...(index > 0
          ? [
              <svg
                key={`arrow-${index}`}
                width={size * 0.9}
                height={size * 0.6}
                viewBox="0 0 18 12"
                style={{ margin: `0 ${size * 0.25}px` }}
              >
                <path d="M0 6h15M11 1l5 5-5 5" stroke="currentColor" strokeWidth="1.8" fill="none" />
              </svg>,
            ]
          : []),
        <span key={index}>{part.trim()}</span>,
      ])}
    </div>
  );
}

/** A text block drawn line by line as the layout broke it (a line never wraps on its own). */
function Lines({ block, color, weight }: { block: OgTextBlock; color?: string; weight?: number }) {
  return (
    // Satori reads every style value it is given: leave out the ones not set.
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        ...(color ? { color } : {}),
        ...(weight ? { fontWeight: weight } : {}),
      }}
    >
      {block.lines.map((line, index) => (
        <div
          key={index}
          style={{
            display: "flex",
            height: block.lineHeight,
            fontSize: block.fontSize,
            lineHeight: `${block.lineHeight}px`,
            whiteSpace: "nowrap",
          }}
        >
          <Words text={line} size={block.fontSize} />
        </div>
      ))}
    </div>
  );
}

/** The legend in the row under the subtitle: always on the card, above the bars it explains. */
function Legend({ layout }: { layout: OgLayout["legend"] }) {
  return (
    <div style={{ display: "flex", flexDirection: "column", fontSize: layout.fontSize, color: MUTED }}>
      {layout.rows.map((row, rowIndex) => (
        <div key={rowIndex} style={{ display: "flex", height: layout.lineHeight, alignItems: "center" }}>
          {row.map((entry) => (
            <div
              key={entry.label}
              style={{ display: "flex", alignItems: "center", marginRight: LEGEND_GAP, whiteSpace: "nowrap" }}
            >
              {entry.color ? (
                <div style={{ width: LEGEND_SWATCH, height: LEGEND_SWATCH, background: entry.color, marginRight: 6 }} />
              ) : null}
              {entry.label}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

/** The link-preview picture of an OgCard, for next/og's ImageResponse: flexbox only, inline styles, laid out by lib/og/layout.ts. */
export function OgCardImage({ card }: { card: OgCard }) {
  const layout = layoutOgCard(card);
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: "#ffffff",
        padding: `${OG_CARD.padTop}px ${OG_CARD.padX}px ${OG_CARD.padBottom}px`,
        fontFamily: "Inter, CJK",
        color: INK,
      }}
    >
      <Lines block={layout.kicker} color={ACCENT} weight={600} />
      <div style={{ display: "flex", marginTop: 4 }}>
        <Lines block={layout.title} weight={600} />
      </div>
      <div style={{ display: "flex", marginTop: 6 }}>
        <Lines block={layout.subtitle} color={MUTED} />
      </div>
      <div style={{ display: "flex", marginTop: layout.gap }}>
        <Legend layout={layout.legend} />
      </div>
      <div
        style={{
          display: "flex",
          height: layout.chart.height,
          marginTop: layout.gap,
          alignItems: "flex-end",
          overflow: "hidden",
        }}
      >
        {card.layout === "facts" ? (
          <Facts facts={card.facts ?? []} chart={layout.chart} />
        ) : card.groups.length === 0 ? (
          <div
            style={{
              display: "flex",
              flexGrow: 1,
              height: "100%",
              alignItems: "center",
              justifyContent: "center",
              fontSize: 26,
              color: FAINT,
            }}
          >
            {card.empty ?? ""}
          </div>
        ) : card.layout === "rows" ? (
          <Rows card={card} chart={layout.chart} />
        ) : (
          <Columns card={card} chart={layout.chart} />
        )}
      </div>
      <div style={{ display: "flex", marginTop: layout.gap }}>
        <Lines block={layout.source} color={FAINT} />
      </div>
    </div>
  );
}

type ChartBox = OgLayout["chart"];

// The "note" origin badge of the pages (components/ui/source-badge.tsx), in the card's light palette.
const BADGE = { background: "#eff6ff", color: "#1e40af", border: "#bfdbfe" };

/** One item's figures as tiles, three to a row, each with its origin's badge beside its label. */
function Facts({ facts, chart }: { facts: NonNullable<OgCard["facts"]>; chart: ChartBox }) {
  const tile = factTile(chart.height, facts.length);
  const tiles = layoutFacts(facts, tile.width, tile.height);
  return (
    <div style={{ display: "flex", flexWrap: "wrap", flexGrow: 1, height: "100%", alignContent: "flex-start" }}>
      {tiles.map((fact, index) => (
        <div
          key={index}
          style={{
            display: "flex",
            flexDirection: "column",
            width: tile.width,
            height: tile.height,
            padding: FACT_PAD,
            marginRight: index % FACT_COLUMNS === FACT_COLUMNS - 1 ? 0 : FACT_GAP,
            marginBottom: index < tiles.length - FACT_COLUMNS ? FACT_GAP : 0,
            border: `1px solid ${GRID}`,
            borderRadius: 10,
            overflow: "hidden",
          }}
        >
          <div style={{ display: "flex", alignItems: "center", height: fact.label.height }}>
            <Lines block={fact.label} color={MUTED} />
            <div
              style={{
                display: "flex",
                marginLeft: 10,
                padding: "1px 8px",
                width: fact.badge.width,
                fontSize: fact.badge.fontSize,
                fontWeight: 600,
                whiteSpace: "nowrap",
                color: BADGE.color,
                background: BADGE.background,
                border: `1px solid ${BADGE.border}`,
                borderRadius: 4,
              }}
            >
              {fact.badge.text}
            </div>
          </div>
          <div style={{ display: "flex", marginTop: 8 }}>
            <Lines block={fact.value} weight={600} />
          </div>
          {fact.qualifier ? (
            <div style={{ display: "flex", marginTop: 6 }}>
              <Lines block={fact.qualifier} color={FAINT} />
            </div>
          ) : null}
        </div>
      ))}
    </div>
  );
}

function Columns({ card, chart }: { card: OgCard; chart: ChartBox }) {
  const totals = card.groups.map((group) =>
    card.stacked
      ? group.bars.reduce((sum, bar) => sum + Math.max(0, bar.value), 0)
      : Math.max(...group.bars.map((bar) => bar.value)),
  );
  const max = Math.max(...totals, 0);
  const { columns, barWidth, valueWidth, valueSize, labelSize } = layoutColumns(card, chart);
  const px = (value: number) => Math.round(barShare(value, max) * chart.barHeight);
  return (
    <div style={{ display: "flex", flexDirection: "column", flexGrow: 1 }}>
      <div style={{ display: "flex", alignItems: "flex-end", borderBottom: `2px solid ${FAINT}` }}>
        {card.groups.map((group, groupIndex) => (
          <div
            key={group.label}
            style={{
              display: "flex",
              justifyContent: "center",
              alignItems: "flex-end",
              flexGrow: columns[groupIndex]!.weight,
              flexBasis: 0,
            }}
          >
            {card.stacked ? (
              <div style={{ display: "flex", flexDirection: "column-reverse", width: "56%" }}>
                {group.bars.map((bar, index) => (
                  <div key={index} style={{ display: "flex", height: px(bar.value), background: bar.color }} />
                ))}
              </div>
            ) : (
              group.bars.map((bar, index) => {
                const low = bar.low ?? 0;
                const text = columns[groupIndex]!.texts[index];
                return (
                  <div
                    key={index}
                    style={{
                      display: "flex",
                      flexDirection: "column",
                      alignItems: "center",
                      margin: `0 ${BAR_MARGIN}px`,
                      width: barWidth,
                    }}
                  >
                    {text ? (
                      // As wide as the layout measured it for (wider than a narrow bar), centred over the bar.
                      <div
                        style={{
                          display: "flex",
                          justifyContent: "center",
                          width: valueWidth,
                          fontSize: valueSize,
                          color: MUTED,
                          marginBottom: 4,
                          whiteSpace: "nowrap",
                        }}
                      >
                        {text}
                      </div>
                    ) : null}
                    {/* A range floats from its low end: the part below it is empty, not spent. */}
                    <div
                      style={{
                        display: "flex",
                        width: "100%",
                        height: Math.max(1, px(bar.value) - px(low)),
                        background: bar.color,
                      }}
                    />
                    {low > 0 ? (
                      <div
                        style={{ display: "flex", width: "100%", height: px(low), borderLeft: `1px dashed ${GRID}` }}
                      />
                    ) : null}
                  </div>
                );
              })
            )}
          </div>
        ))}
      </div>
      <div style={{ display: "flex", marginTop: 8 }}>
        {columns.map((column, index) => (
          <div
            key={index}
            style={{
              display: "flex",
              justifyContent: "center",
              flexGrow: column.weight,
              flexBasis: 0,
              fontSize: labelSize,
              color: MUTED,
              whiteSpace: "nowrap",
            }}
          >
            {column.label}
          </div>
        ))}
      </div>
    </div>
  );
}

function Rows({ card, chart }: { card: OgCard; chart: ChartBox }) {
  const values = card.groups.flatMap((group) => group.bars.map((bar) => bar.value)).filter((value) => value > 0);
  const max = Math.max(...values, 0);
  const min = Math.min(...values, max);
  const rowHeight = Math.min(56, Math.floor(chart.height / card.groups.length));
  const fontSize = rowHeight < 26 ? 13 : 18;
  const dot = Math.max(8, Math.min(18, rowHeight - 10));
  const barSpace = OG_CONTENT_WIDTH - ROW_LABEL_WIDTH - ROW_TEXT_WIDTH - 24;
  return (
    <div style={{ display: "flex", flexDirection: "column", flexGrow: 1 }}>
      {card.groups.map((group) => {
        const bar = group.bars[0];
        return (
          <div key={group.label} style={{ display: "flex", alignItems: "center", height: rowHeight, fontSize }}>
            <div
              style={{
                display: "flex",
                width: ROW_LABEL_WIDTH,
                justifyContent: "flex-end",
                paddingRight: 12,
                color: MUTED,
              }}
            >
              {fitLabel(group.label, fontSize, ROW_LABEL_WIDTH - 12)}
            </div>
            {card.log ? (
              // On a log axis a value is a dot on a guide line: a bar's length would mean nothing without a zero.
              <div style={{ display: "flex", alignItems: "center" }}>
                <div
                  style={{
                    display: "flex",
                    width: Math.max(0, (bar ? Math.round(barShare(bar.value, max, true, min) * barSpace) : 0) - dot),
                    borderTop: `2px dashed ${GRID}`,
                  }}
                />
                <div
                  style={{
                    display: "flex",
                    width: dot,
                    height: dot,
                    borderRadius: dot,
                    background: bar?.color ?? FAINT,
                  }}
                />
              </div>
            ) : (
              <div
                style={{
                  display: "flex",
                  height: Math.max(6, rowHeight - 8),
                  width: bar ? Math.round(barShare(bar.value, max, false, min) * barSpace) : 0,
                  background: bar?.color ?? FAINT,
                }}
              />
            )}
            <div style={{ display: "flex", paddingLeft: 10, color: INK }}>{bar?.text ?? ""}</div>
          </div>
        );
      })}
    </div>
  );
}
