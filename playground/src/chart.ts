/**
 * The phase chart, inline SVG: per phase a bar of its score (0-100) and,
 * under it, the phase's share of the time budget (midpoints of 5-10, 10,
 * 10-15 and 10 minutes) and, after a practice run, the share of the time
 * actually spent. Drawn with a viewBox, so it scales to the panel.
 */
import { PHASES, type Phase, type PhaseScores } from '../../src/core/types.js';
import { TIME_BUDGET } from '../../src/core/time-budget.js';
import { toneOf } from '../../src/format/score-parts.js';
import { svg } from './dom.js';

const WIDTH = 480;
const LABEL = 92;
const TRACK = WIDTH - LABEL - 44;
const ROW = 54;

/** Each phase's share (0-1) of the framework's 40 minutes, by range midpoints. */
export function budgetShares(): Record<Phase, number> {
  const mid = TIME_BUDGET.map((b) => (b.minMinutes + b.maxMinutes) / 2);
  const sum = mid.reduce((a, b) => a + b, 0);
  return Object.fromEntries(TIME_BUDGET.map((b, i) => [b.phase, mid[i]! / sum])) as Record<Phase, number>;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function phaseChart(scores: PhaseScores, spentShares?: Record<Phase, number>): SVGSVGElement {
  const shares = budgetShares();
  const height = PHASES.length * ROW + 8;
  const chart = svg('svg', { class: 'chart', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': 'chart-title' });
  const described = PHASES.map((p) => `${p} ${scores[p] ?? 'n/a'}`).join(', ');
  chart.appendChild(svg('title', { id: 'chart-title' }, `Phase scores: ${described}`));
  PHASES.forEach((phase, i) => {
    const y = 4 + i * ROW;
    const score = scores[phase];
    chart.appendChild(svg('text', { x: 0, y: y + 14, class: 'label' }, phase));
    chart.appendChild(svg('rect', { x: LABEL, y, width: TRACK, height: 18, rx: 3, class: 'track' }));
    chart.appendChild(svg('rect', { x: LABEL, y, width: ((score ?? 0) / 100) * TRACK, height: 18, rx: 3, class: `bar ${toneOf(score)}`, 'data-phase': phase }));
    chart.appendChild(svg('text', { x: LABEL + TRACK + 6, y: y + 14, class: 'value' }, score === null ? 'n/a' : String(score)));
    // the time shares: budget, then spent when known
    chart.appendChild(svg('rect', { x: LABEL, y: y + 23, width: shares[phase] * TRACK, height: 5, class: 'share budget' }));
    let note = `time budget ${percent(shares[phase])}`;
    if (spentShares) {
      chart.appendChild(svg('rect', { x: LABEL, y: y + 30, width: spentShares[phase] * TRACK, height: 5, class: 'share spent' }));
      note += `, spent ${percent(spentShares[phase])}`;
    }
    chart.appendChild(svg('text', { x: LABEL, y: y + 47, class: 'note' }, note));
  });
  return chart;
}
