/**
 * Pieces of the graded report shared by the formats (stylish, markdown,
 * html): wording, grouping and the text bar. Pure functions of the Score.
 */
import { PHASES, type Aggregation, type CriterionScore, type Phase, type Score, type ScoreFix } from '../core/types.js';

export const AGGREGATION_LABEL: Record<Aggregation, string> = {
  'weighted-mean': 'weighted mean of phases',
  'weakest-phase': 'weakest phase',
};

/** "interview rubric, weighted mean of phases". */
export function rubricLine(score: Score): string {
  return `${score.rubric} rubric, ${AGGREGATION_LABEL[score.aggregation]}`;
}

/** Score bands for colour: good from 70, fair from 40. */
export type Tone = 'good' | 'fair' | 'poor' | 'none';

export function toneOf(value: number | null): Tone {
  if (value === null) return 'none';
  return value >= 70 ? 'good' : value >= 40 ? 'fair' : 'poor';
}

/** A ten-cell text bar for a 0-100 value ("n/a" cells for null). */
export function textBar(value: number | null, width = 10): string {
  if (value === null) return '·'.repeat(width);
  const filled = Math.round((value / 100) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** The binding must-have caps, worded; null when the total is not capped. */
export function capNote(score: Score): string | null {
  if (score.caps.length === 0 || score.total >= score.uncapped) return null;
  const cap = Math.min(...score.caps.map((c) => c.cap));
  const rules = score.caps.map((c) => c.rule).join(', ');
  const s = score.caps.length === 1 ? '' : 's';
  return `capped at ${cap}: must-have${s} ${rules} fail${s === '' ? 's' : ''} (${score.uncapped} before the cap)`;
}

/** The criteria of each phase, in rubric order (phases without criteria left out). */
export function criteriaByPhase(score: Score, quiet = false): Array<{ phase: Phase; score: number | null; criteria: CriterionScore[] }> {
  return PHASES.map((phase) => ({
    phase,
    score: score.phases[phase],
    criteria: score.criteria.filter((c) => c.phase === phase && (!quiet || c.status === 'fail')),
  })).filter((g) => g.criteria.length > 0);
}

/** "+8 → 80". */
export function gainLabel(fix: ScoreFix): string {
  return `+${fix.gain} → ${fix.total}`;
}

/** "12/12", "0/3" or "n/a". */
export function pointsLabel(c: CriterionScore): string {
  return c.earned === null ? 'n/a' : `${formatNumber(c.earned)}/${formatNumber(c.points)}`;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
