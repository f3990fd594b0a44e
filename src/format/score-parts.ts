/**
 * Pieces of the graded report shared by the formats (stylish, markdown,
 * html): wording, grouping and the text bar. Pure functions of the Score.
 */
import { PHASES, type Aggregation, type CriterionScore, type FileReport, type Phase, type Score, type ScoreFix } from '../core/types.js';
import { PHASE_BUDGET, budgetText } from '../core/phase-shares.js';

export { budgetText };

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

/** "23%": a share of the document's words, "-" where the report has none. */
export function shareLabel(share: number | undefined): string {
  return share === undefined ? '-' : `${Math.round(share * 100)}%`;
}

/** Is a phase's share inside the framework's budget for it (a phase without words is not judged)? */
export function withinBudget(phase: Phase, share: number): boolean {
  const b = PHASE_BUDGET[phase];
  return share === 0 || (share >= b.low - 0.005 && share <= b.high + 0.005);
}

/** "clarify 23% (11-29%)" per phase: where the words went beside the framework's time budget. */
export function budgetParts(file: FileReport): Array<{ phase: Phase; share: number; text: string; within: boolean }> {
  const shares = file.phaseShares;
  if (!shares || shares.words === 0) return [];
  return PHASES.map((phase) => {
    const share = shares.shares[phase];
    return { phase, share, text: `${phase} ${shareLabel(share)} (${budgetText(phase)})`, within: withinBudget(phase, share) };
  });
}

/** Mean share per phase over the files that have shares (null when none has). */
export function meanShares(files: readonly FileReport[]): Record<Phase, number> | null {
  const counted = files.filter((f) => f.phaseShares && f.phaseShares.words > 0);
  if (counted.length === 0) return null;
  return Object.fromEntries(PHASES.map((p) => [p, counted.reduce((sum, f) => sum + f.phaseShares!.shares[p], 0) / counted.length])) as Record<Phase, number>;
}
