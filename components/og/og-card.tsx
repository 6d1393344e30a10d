import { BRAND_ACCENT, CHART_PALETTES } from "@/lib/charts/tokens";
import { barShare, type OgCard } from "@/lib/og/card";

const WIDTH = 1200;
const PAD_X = 56;
const CHART_HEIGHT = 300; // the tallest bar, in px
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

/** The link-preview picture of an OgCard, for next/og's ImageResponse: flexbox only, inline styles. */
export function OgCardImage({ card }: { card: OgCard }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: "#ffffff",
        padding: `40px ${PAD_X}px 32px`,
        fontFamily: "Inter, CJK",
        color: INK,
      }}
    >
      <div style={{ display: "flex", fontSize: 20, fontWeight: 600, color: ACCENT }}>{card.kicker}</div>
      <div
        style={{
          display: "flex",
          fontSize: card.title.length > 44 ? 34 : 42,
          fontWeight: 600,
          marginTop: 6,
          lineHeight: 1.15,
        }}
      >
        <Words text={card.title} size={card.title.length > 44 ? 34 : 42} />
      </div>
      <div style={{ display: "flex", fontSize: 22, color: MUTED, marginTop: 8, lineHeight: 1.3 }}>
        <Words text={card.subtitle} size={22} />
      </div>
      <div style={{ display: "flex", flexGrow: 1, marginTop: 20, alignItems: "flex-end" }}>
        {card.groups.length === 0 ? (
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
          <Rows card={card} />
        ) : (
          <Columns card={card} />
        )}
      </div>
      <div
        style={{
          display: "flex",
          justifyContent: "space-between",
          alignItems: "flex-end",
          marginTop: 16,
          fontSize: 16,
          color: FAINT,
        }}
      >
        <div style={{ display: "flex", maxWidth: 760 }}>{card.source}</div>
        <div style={{ display: "flex" }}>
          {card.legend.map((entry) => (
            <div key={entry.label} style={{ display: "flex", alignItems: "center", marginLeft: 18 }}>
              <div style={{ width: 14, height: 14, background: entry.color, marginRight: 6 }} />
              {entry.label}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

function Columns({ card }: { card: OgCard }) {
  const totals = card.groups.map((group) =>
    card.stacked
      ? group.bars.reduce((sum, bar) => sum + Math.max(0, bar.value), 0)
      : Math.max(...group.bars.map((bar) => bar.value)),
  );
  const max = Math.max(...totals, 0);
  const labelSize = card.groups.length > 10 ? 13 : 18;
  return (
    <div style={{ display: "flex", flexDirection: "column", flexGrow: 1 }}>
      <div style={{ display: "flex", alignItems: "flex-end", borderBottom: `2px solid ${FAINT}` }}>
        {card.groups.map((group) => (
          <div
            key={group.label}
            style={{ display: "flex", justifyContent: "center", alignItems: "flex-end", flexGrow: 1, flexBasis: 0 }}
          >
            {card.stacked ? (
              <div style={{ display: "flex", flexDirection: "column-reverse", width: "56%" }}>
                {group.bars.map((bar, index) => (
                  <div
                    key={index}
                    style={{
                      display: "flex",
                      height: Math.round(barShare(bar.value, max) * CHART_HEIGHT),
                      background: bar.color,
                    }}
                  />
                ))}
              </div>
            ) : (
              group.bars.map((bar, index) => (
                <div
                  key={index}
                  style={{
                    display: "flex",
                    flexDirection: "column",
                    alignItems: "center",
                    margin: "0 3px",
                    width: `${Math.floor(84 / group.bars.length)}%`,
                    maxWidth: 200,
                  }}
                >
                  {bar.text ? (
                    <div style={{ display: "flex", fontSize: 14, color: MUTED, marginBottom: 4 }}>{bar.text}</div>
                  ) : null}
                  <div
                    style={{
                      display: "flex",
                      width: "100%",
                      height: Math.max(1, Math.round(barShare(bar.value, max) * CHART_HEIGHT)),
                      background: bar.color,
                    }}
                  />
                </div>
              ))
            )}
          </div>
        ))}
      </div>
      <div style={{ display: "flex", marginTop: 8 }}>
        {card.groups.map((group) => (
          <div
            key={group.label}
            style={{
              display: "flex",
              justifyContent: "center",
              flexGrow: 1,
              flexBasis: 0,
              fontSize: labelSize,
              color: MUTED,
            }}
          >
            {group.label}
          </div>
        ))}
      </div>
    </div>
  );
}

function Rows({ card }: { card: OgCard }) {
  const values = card.groups.flatMap((group) => group.bars.map((bar) => bar.value)).filter((value) => value > 0);
  const max = Math.max(...values, 0);
  const min = Math.min(...values, max);
  const rowHeight = Math.min(56, Math.floor((CHART_HEIGHT + 40) / card.groups.length));
  const fontSize = rowHeight < 26 ? 13 : 18;
  const dot = Math.max(8, Math.min(18, rowHeight - 10));
  const barSpace = WIDTH - 2 * PAD_X - ROW_LABEL_WIDTH - ROW_TEXT_WIDTH - 24;
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
              {group.label}
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
