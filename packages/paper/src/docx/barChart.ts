import { ChartRun } from 'docx/charts';
import type { BarChart } from '../layout/Block.js';

/** Twips in a pixel at Word's 96 dpi: chart sizes are given in pixels. */
const TWIPS_PER_PIXEL = 15;
/** Room for the title and the value axis, and for each bar, in pixels. */
const CHART_FRAME = 90;
const BAR_HEIGHT = 30;
/** The dark blue of Word's default heading styles. */
const BAR_COLOUR = '2F5496';

/**
 * A native Word bar chart, as wide as the text: Word draws it from its data (kept in an embedded
 * workbook, so "Edit Data" works and the secretariat can restyle it), it scales without blur,
 * and screen readers read its alt text. The first bar is at the top, as in the ranking.
 */
export function barChart(block: BarChart, textWidth: number): ChartRun {
  return new ChartRun({
    type: 'bar',
    title: { text: block.title, font: { size: 11, bold: true } },
    legend: false,
    categories: block.bars.map((b) => b.label),
    series: [
      { name: block.valueHeader, values: block.bars.map((b) => b.value), color: BAR_COLOUR },
    ],
    // Word puts a bar chart's first category at the bottom: reversed, the ranking reads down,
    // and the value axis, crossing at the last category, stays at the foot of the chart.
    categoryAxis: { reverseOrder: true },
    valueAxis: { minimum: 0, crossesAt: 'maximum', numberFormat: '0' },
    dataLabels: { value: true },
    gapWidth: 60,
    altText: { name: block.title, title: block.title, description: block.description },
    transformation: {
      width: Math.round(textWidth / TWIPS_PER_PIXEL),
      height: CHART_FRAME + BAR_HEIGHT * block.bars.length,
    },
  });
}
