/**
 * The framework's time budget for a 40-minute answer: clarify 5-10 minutes,
 * data 10, model 10-15, production 10. One table for the template headings
 * (`mlsd-lint init`) and the playground's practice clock. The interview
 * rubric weighs the phases by the midpoints of these ranges.
 */
import type { Phase } from './types.js';

export interface PhaseBudget {
  phase: Phase;
  /** The section heading a template gives the phase. */
  title: string;
  minMinutes: number;
  maxMinutes: number;
}

export const TIME_BUDGET: readonly PhaseBudget[] = [
  { phase: 'clarify', title: 'Clarify the problem', minMinutes: 5, maxMinutes: 10 },
  { phase: 'data', title: 'Data', minMinutes: 10, maxMinutes: 10 },
  { phase: 'model', title: 'Model', minMinutes: 10, maxMinutes: 15 },
  { phase: 'production', title: 'Production', minMinutes: 10, maxMinutes: 10 },
];

/** "5-10 minutes", "10 minutes". */
export function budgetLabel(budget: Pick<PhaseBudget, 'minMinutes' | 'maxMinutes'>): string {
  const range = budget.minMinutes === budget.maxMinutes ? `${budget.maxMinutes}` : `${budget.minMinutes}-${budget.maxMinutes}`;
  return `${range} minute${budget.maxMinutes === 1 ? '' : 's'}`;
}
