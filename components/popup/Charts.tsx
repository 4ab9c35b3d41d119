import type { Figure } from '../../lib/plan/schema';
import { anchorId } from '../../lib/search/anchors';
import { useDataset } from '../common/dataset-context';
import { useI18n } from '../common/i18n-context';
import { StatusTag } from '../common/StatusTag';

/** One bar: which figure, and how to draw it. */
interface BarSpec {
  figureId: string;
  labelKey: string;
  /** actual: a measured level; target: a goal of the plan; comparison: another country. */
  tone: 'actual' | 'target' | 'comparison';
}

interface Bar extends BarSpec {
  figure: Figure;
  value: number;
}

interface ChartProps {
  id: string;
  titleKey: string;
  descKey: string;
  groups: { labelKey?: string; bars: BarSpec[] }[];
  /** Fixed scale maximum (1 for ratios); otherwise the largest value. */
  max?: number;
  noteKey?: string;
}

const WIDTH = 360;
/** Each bar's label sits on its own line above the bar, so long English labels never squeeze it. */
const LABEL_H = 15;
const BAR_H = 14;
const GAP = 8;
const GROUP_HEAD = 18;

/** About how wide a value label is drawn at 11px: CJK glyphs are square, Latin ones narrower. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 11 : 6.6;
  return width;
}

function amountOf(figure: Figure | undefined): number | null {
  return figure && figure.value.kind === 'amount' ? figure.value.value : null;
}

/**
 * A horizontal bar chart drawn from dataset figures, as inline SVG: colours from CSS variables,
 * text in currentColor, a title and description for assistive technology, and the same data as a
 * visually hidden table.
 */
function BarChart({ id, titleKey, descKey, groups, max, noteKey }: ChartProps) {
  const { t, lang } = useI18n();
  const { lookup } = useDataset();
  const resolved = groups
    .map((group) => ({
      ...group,
      bars: group.bars.flatMap((spec): Bar[] => {
        const figure = lookup.figure(spec.figureId);
        const value = amountOf(figure);
        return figure && value !== null ? [{ ...spec, figure, value }] : [];
      }),
    }))
    .filter((group) => group.bars.length > 0);
  if (resolved.length === 0) return null;
  const all = resolved.flatMap((g) => g.bars);
  const scaleMax = max ?? Math.max(...all.map((b) => b.value));
  // The widest scale at which every bar still has room for its value label on its right.
  const room = WIDTH - 6;
  const barArea = Math.min(
    room - 40,
    ...all.map((b) => (room - textWidth(b.figure.display[lang])) / (b.value / scaleMax)),
  );
  let y = 4;
  const rows: preact.JSX.Element[] = [];
  for (const group of resolved) {
    if (group.labelKey) {
      rows.push(
        <text key={`${group.labelKey}-head`} x={0} y={y + 12} class="pl-chart__group">
          {t(group.labelKey)}
        </text>,
      );
      y += GROUP_HEAD;
    }
    for (const bar of group.bars) {
      const w = Math.max(2, (bar.value / scaleMax) * barArea);
      rows.push(
        <g key={`${group.labelKey ?? ''}${bar.figureId}`} class={`pl-chart__row pl-chart__row--${bar.tone}`}>
          <text x={0} y={y + LABEL_H - 4} class="pl-chart__label">
            {t(bar.labelKey)}
          </text>
          <rect x={0} y={y + LABEL_H} width={barArea} height={BAR_H} rx={3} class="pl-chart__track" />
          <rect x={0} y={y + LABEL_H} width={w} height={BAR_H} rx={3} class="pl-chart__bar" />
          <text x={w + 5} y={y + LABEL_H + BAR_H - 3} class="pl-chart__value">
            {bar.figure.display[lang]}
          </text>
        </g>,
      );
      y += LABEL_H + BAR_H + GAP;
    }
  }
  const height = y;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const statuses = [...new Set(all.map((b) => b.figure.status))];
  return (
    <figure class="pl-card pl-chart" id={anchorId('chart', id)} tabIndex={-1}>
      <figcaption class="pl-chart__caption">
        <span class="pl-chart__title">{t(titleKey)}</span>
        <span class="pl-chart__statuses">
          {statuses.map((status) => (
            <StatusTag key={status} status={status} />
          ))}
        </span>
      </figcaption>
      <svg
        class="pl-chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        aria-label={t(titleKey)}
      >
        <title id={titleId}>{t(titleKey)}</title>
        <desc id={descId}>{t(descKey)}</desc>
        {rows}
      </svg>
      <p class="pl-chart__legend-text" aria-hidden="true">
        <span class="pl-chart__key pl-chart__key--actual" /> {t('chart_key_actual')}
        <span class="pl-chart__key pl-chart__key--target" /> {t('chart_key_target')}
        <span class="pl-chart__key pl-chart__key--comparison" /> {t('chart_key_comparison')}
      </p>
      {noteKey ? <p class="pl-note">{t(noteKey)}</p> : null}
      <table class="pl-visually-hidden">
        <caption>{t(titleKey)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart_col_item')}</th>
            <th scope="col">{t('chart_col_value')}</th>
            <th scope="col">{t('chart_col_status')}</th>
          </tr>
        </thead>
        <tbody>
          {resolved.flatMap((group) =>
            group.bars.map((bar) => (
              <tr key={`${group.labelKey ?? ''}${bar.figureId}`}>
                <th scope="row">
                  {group.labelKey ? `${t(group.labelKey)} ` : ''}
                  {t(bar.labelKey)}
                </th>
                <td>{bar.figure.display[lang]}</td>
                <td>
                  <StatusTag status={bar.figure.status} />
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </figure>
  );
}

/** 生成AI利用率: Japan's FY2024 level, the 5割 and 8割 targets, the US and China. */
export function UsageChart() {
  return (
    <BarChart
      id="usage"
      titleKey="chart_usage_title"
      descKey="chart_usage_desc"
      max={1}
      noteKey="chart_usage_note"
      groups={[
        {
          bars: [
            { figureId: 'genai-use-2024', labelKey: 'chart_usage_japan', tone: 'actual' },
            { figureId: 'genai-use-first', labelKey: 'chart_usage_first', tone: 'target' },
            { figureId: 'genai-use-future', labelKey: 'chart_usage_future', tone: 'target' },
            { figureId: 'genai-use-us', labelKey: 'chart_country_us', tone: 'comparison' },
            { figureId: 'genai-use-cn', labelKey: 'chart_country_cn', tone: 'comparison' },
          ],
        },
      ]}
    />
  );
}

/** Private AI investment by country, 2023 and 2024 (Stanford AI Index). */
export function InvestmentChart() {
  const year = (y: number): BarSpec[] => [
    { figureId: `private-ai-${y}-us`, labelKey: 'chart_country_us', tone: 'comparison' },
    { figureId: `private-ai-${y}-cn`, labelKey: 'chart_country_cn', tone: 'comparison' },
    { figureId: `private-ai-${y}-jp`, labelKey: 'chart_country_jp', tone: 'actual' },
  ];
  return (
    <BarChart
      id="investment"
      titleKey="chart_investment_title"
      descKey="chart_investment_desc"
      noteKey="chart_investment_note"
      groups={[
        { labelKey: 'chart_year_2024', bars: year(2024) },
        { labelKey: 'chart_year_2023', bars: year(2023) },
      ]}
    />
  );
}
