/**
 * The phase chart, inline SVG: per phase a bar of its score (0-100) and,
 * under it, the time budget as the reports draw it (src/core/phase-shares.ts):
 * the framework's range of shares shaded, the share of the document's words
 * as a thin bar and, after a practice run, the share of the time actually
 * spent as another. Drawn with a viewBox, so it scales to the panel.
 */
import { PHASES, type Phase, type PhaseScores } from '../../src/core/types.js';
import { PHASE_BUDGET, budgetText } from '../../src/core/phase-shares.js';
import { toneOf } from '../../src/format/score-parts.js';
import { svg } from './dom.js';

const WIDTH = 480;
const LABEL = 92;
const TRACK = WIDTH - LABEL - 44;
const ROW = 54;

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export interface ChartShares {
  /** Each phase's share of the document's words (the report's phaseShares), when any are counted. */
  words?: Record<Phase, number>;
  /** Each phase's share of the practice time, after a run. */
  time?: Record<Phase, number>;
}

export function phaseChart(scores: PhaseScores, shares: ChartShares = {}): SVGSVGElement {
  const height = PHASES.length * ROW + 8;
  const chart = svg('svg', { class: 'chart', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': 'chart-title' });
  const described = PHASES.map((p) => `${p} ${scores[p] ?? 'n/a'}`).join(', ');
  chart.appendChild(svg('title', { id: 'chart-title' }, `Phase scores: ${described}`));
  PHASES.forEach((phase, i) => {
    const y = 4 + i * ROW;
    const score = scores[phase];
    const budget = PHASE_BUDGET[phase];
    chart.appendChild(svg('text', { x: 0, y: y + 14, class: 'label' }, phase));
    chart.appendChild(svg('rect', { x: LABEL, y, width: TRACK, height: 18, rx: 3, class: 'track' }));
    chart.appendChild(svg('rect', { x: LABEL, y, width: ((score ?? 0) / 100) * TRACK, height: 18, rx: 3, class: `bar ${toneOf(score)}`, 'data-phase': phase }));
    chart.appendChild(svg('text', { x: LABEL + TRACK + 6, y: y + 14, class: 'value' }, score === null ? 'n/a' : String(score)));
    // the budget's range of shares, then the shares measured
    chart.appendChild(svg('rect', { x: LABEL + budget.low * TRACK, y: y + 22, width: (budget.high - budget.low) * TRACK, height: 14, class: 'share budget' }));
    const notes = [`budget ${budgetText(phase)}`];
    if (shares.words) {
      chart.appendChild(svg('rect', { x: LABEL, y: y + 24, width: shares.words[phase] * TRACK, height: 4, class: 'share words' }));
      notes.unshift(`words ${percent(shares.words[phase])}`);
    }
    if (shares.time) {
      chart.appendChild(svg('rect', { x: LABEL, y: y + 30, width: shares.time[phase] * TRACK, height: 4, class: 'share spent' }));
      notes.push(`time ${percent(shares.time[phase])}`);
    }
    chart.appendChild(svg('text', { x: LABEL, y: y + 47, class: 'note' }, notes.join(' · ')));
  });
  return chart;
}
