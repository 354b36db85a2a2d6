// A bar chart as inline SVG, stacked (one bar per category, a segment per series) or grouped
// (bars side by side per category). The SVG is one image named by its figure's heading; the
// numbers themselves are in the figure's table, so nothing is only visible in the picture.
import { niceScale } from './scale.ts';

export interface BarSeries {
  key: string;
  label: string;
  colour: string;
  /** One value per category; null draws no bar (nothing to show, e.g. no beds known). */
  values: readonly (number | null)[];
}

interface BarChartProps {
  /** Ids of the figure's heading and description, which name and describe the image. */
  labelledBy: string;
  describedBy?: string;
  /** The chart's name (its heading's text), as the SVG's own title. */
  title: string;
  /** Short labels under the axis ("jan"), and the full names used in the tooltips. */
  categories: readonly string[];
  categoryNames: readonly string[];
  series: readonly BarSeries[];
  layout: 'stacked' | 'grouped';
  formatValue: (value: number) => string;
  /** The scale reaches at least this (100 % for occupancy), so small values do not look full. */
  minimumTop?: number;
}

const WIDTH = 720;
const HEIGHT = 300;
const MARGIN = { top: 12, right: 8, bottom: 28, left: 72 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;

interface Bar {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
  title: string;
}

function barsOf({ categories, categoryNames, series, layout, formatValue }: BarChartProps, top: number): Bar[] {
  const band = PLOT_WIDTH / Math.max(1, categories.length);
  const heightOf = (value: number) => (value / top) * PLOT_HEIGHT;
  const bars: Bar[] = [];
  categories.forEach((_, index) => {
    const name = categoryNames[index] ?? '';
    const start = MARGIN.left + index * band;
    if (layout === 'stacked') {
      const width = band * 0.64;
      let base = MARGIN.top + PLOT_HEIGHT;
      for (const s of series) {
        const value = s.values[index];
        if (value === null || value === undefined || value <= 0) continue;
        const height = heightOf(value);
        base -= height;
        bars.push({
          key: `${s.key}-${index}`,
          x: start + (band - width) / 2,
          y: base,
          width,
          height,
          colour: s.colour,
          title: `${name}, ${s.label}: ${formatValue(value)}`,
        });
      }
      return;
    }
    const groupWidth = band * 0.76;
    const width = groupWidth / Math.max(1, series.length);
    series.forEach((s, position) => {
      const value = s.values[index];
      if (value === null || value === undefined || value <= 0) return;
      const height = heightOf(value);
      const x = start + (band - groupWidth) / 2 + position * width;
      bars.push({
        key: `${s.key}-${index}`,
        x,
        y: MARGIN.top + PLOT_HEIGHT - height,
        width,
        height,
        colour: s.colour,
        title: `${name}, ${s.label}: ${formatValue(value)}`,
      });
    });
  });
  return bars;
}

function maximumOf({ categories, series, layout }: BarChartProps): number {
  const valueAt = (s: BarSeries, index: number) => Math.max(0, s.values[index] ?? 0);
  return Math.max(
    0,
    ...categories.map((_, index) =>
      layout === 'stacked' ? series.reduce((sum, s) => sum + valueAt(s, index), 0) : Math.max(0, ...series.map((s) => valueAt(s, index))),
    ),
  );
}

export function BarChart(props: BarChartProps) {
  const { labelledBy, describedBy, title, categories, formatValue, minimumTop = 0 } = props;
  const scale = niceScale(Math.max(maximumOf(props), minimumTop));
  const band = PLOT_WIDTH / Math.max(1, categories.length);
  const yOf = (value: number) => MARGIN.top + PLOT_HEIGHT - (value / scale.top) * PLOT_HEIGHT;
  return (
    <svg
      className="nr-chart__image"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      focusable="false"
    >
      <title>{title}</title>
      <g className="nr-chart__grid">
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={yOf(tick)} y2={yOf(tick)} />
            <text x={MARGIN.left - 8} y={yOf(tick)} textAnchor="end" dominantBaseline="middle">
              {formatValue(tick)}
            </text>
          </g>
        ))}
      </g>
      {barsOf(props, scale.top).map((bar) => (
        <rect key={bar.key} className="nr-chart__bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={bar.colour}>
          <title>{bar.title}</title>
        </rect>
      ))}
      <line className="nr-chart__axis" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={MARGIN.top + PLOT_HEIGHT} y2={MARGIN.top + PLOT_HEIGHT} />
      {categories.map((category, index) => (
        <text key={category} className="nr-chart__category" x={MARGIN.left + (index + 0.5) * band} y={HEIGHT - 8} textAnchor="middle">
          {category}
        </text>
      ))}
    </svg>
  );
}

/** The series' names and colours, for charts with more than one. */
export function ChartLegend({ label, series }: { label: string; series: readonly Pick<BarSeries, 'key' | 'label' | 'colour'>[] }) {
  return (
    <ul className="nr-chart__legend" aria-label={label}>
      {series.map((s) => (
        <li key={s.key} className="nr-chart__legend-item">
          {/* An SVG swatch: its colour is an attribute, which the CSP allows where a style would not be. */}
          <svg className="nr-chart__swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <rect x="0.5" y="0.5" width="15" height="15" fill={s.colour} />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
