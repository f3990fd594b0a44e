/**
 * The interim score (until the rubric scorer lands): the share of passing
 * applicable rules, overall and per phase, 0-100. Rules that are n/a or
 * turned off leave the denominator.
 */
import { PHASES, type PhaseScores, type RuleResult, type Score } from './types.js';

function share(results: readonly RuleResult[]): number | null {
  const applicable = results.filter((r) => r.status !== 'n/a' && r.severity !== 'off');
  if (applicable.length === 0) return null;
  return Math.round((100 * applicable.filter((r) => r.status === 'pass').length) / applicable.length);
}

export function scoreResults(results: readonly RuleResult[]): Score {
  const phases = {} as PhaseScores;
  for (const p of PHASES) phases[p] = share(results.filter((r) => r.phase === p));
  return { total: share(results) ?? 0, phases };
}
