/**
 * The rubric scorer: rule results in, a graded Score out.
 *
 * - A criterion is n/a when none of its rules applies (n/a or off); it then
 *   leaves its phase's denominator. Otherwise it earns its points when all
 *   (all-of) or one (any-of) of its applicable rules pass, else nothing.
 * - A phase scores 100 x earned / possible over its applicable criteria
 *   (null when none applies).
 * - The total is the weighted mean of the phases' scores, or the weakest
 *   phase, over the phases with a score and a weight above 0; each failed
 *   must-have caps it. The band is the verdict for the rounded total.
 * - Fixes: greedily, the change (a failing criterion's rules, or a failed
 *   must-have) that raises the total most, then the next given the first
 *   (see fixesFor).
 */
import { PHASES, type CriterionScore, type Phase, type RuleResult, type Score, type ScoreCap, type ScoreFix, type Status } from './types.js';
import type { Rubric, RubricCriterion } from './rubric.js';

type RuleStatus = Status | 'off';

interface Evaluation {
  criteria: Array<{ status: Status; earned: number | null }>;
  phases: Record<Phase, number | null>;
  uncapped: number;
  /** The weighted mean of the phases, whatever the aggregation (ranks fixes the total does not separate). */
  mean: number;
  caps: ScoreCap[];
  total: number;
}

const EPSILON = 1e-9;

function applicable(s: RuleStatus): boolean {
  return s === 'pass' || s === 'fail';
}

function criterionStatus(c: RubricCriterion, statusOf: (rule: string) => RuleStatus): Status {
  const statuses = c.rules.map(statusOf).filter(applicable);
  if (statuses.length === 0) return 'n/a';
  const met = c.mode === 'any-of' ? statuses.includes('pass') : statuses.every((s) => s === 'pass');
  return met ? 'pass' : 'fail';
}

function weightedMean(rubric: Rubric, phases: Record<Phase, number | null>): number | null {
  let sum = 0;
  let weights = 0;
  for (const p of PHASES) {
    const s = phases[p];
    if (s === null || rubric.weights[p] <= 0) continue;
    sum += rubric.weights[p] * s;
    weights += rubric.weights[p];
  }
  return weights > 0 ? sum / weights : null;
}

function phaseScores(earned: Record<Phase, number>, possible: Record<Phase, number>): Record<Phase, number | null> {
  const phases = {} as Record<Phase, number | null>;
  for (const p of PHASES) phases[p] = possible[p] > 0 ? (100 * earned[p]) / possible[p] : null;
  return phases;
}

function evaluate(rubric: Rubric, statusOf: (rule: string) => RuleStatus): Evaluation {
  const criteria = rubric.criteria.map((c) => {
    const status = criterionStatus(c, statusOf);
    return { status, earned: status === 'n/a' ? null : status === 'pass' ? c.points : 0 };
  });
  const earned = { clarify: 0, data: 0, model: 0, production: 0 };
  const possible = { clarify: 0, data: 0, model: 0, production: 0 };
  rubric.criteria.forEach((c, i) => {
    const e = criteria[i]!.earned;
    if (e === null) return;
    earned[c.phase] += e;
    possible[c.phase] += c.points;
  });
  const phases = phaseScores(earned, possible);
  const caps = rubric.mustHaves.filter((m) => statusOf(m.rule) === 'fail').map((m) => ({ rule: m.rule, cap: m.cap }));
  return { criteria, ...totalsOf(rubric, phases, caps) };
}

/** The total from phase scores and failing caps (a loop, not Math.min(...caps): a long list would overflow the stack). */
function totalsOf(rubric: Rubric, phases: Record<Phase, number | null>, caps: ScoreCap[]): Omit<Evaluation, 'criteria'> {
  const counted = PHASES.filter((p) => phases[p] !== null && rubric.weights[p] > 0).map((p) => phases[p]!);
  const mean = weightedMean(rubric, phases) ?? 0;
  const uncapped = counted.length === 0 ? 0 : rubric.aggregation === 'weakest-phase' ? Math.min(...counted) : mean;
  let total = uncapped;
  for (const c of caps) total = Math.min(total, c.cap);
  return { phases, uncapped, mean, caps, total };
}

type ResultsByRule = ReadonlyMap<string, RuleResult>;

function statusLookup(byRule: ResultsByRule, passing: ReadonlySet<string> = new Set()): (rule: string) => RuleStatus {
  return (rule) => {
    const r = byRule.get(rule);
    if (!r || r.severity === 'off') return 'off';
    return passing.has(rule) && r.status === 'fail' ? 'pass' : r.status;
  };
}

interface Candidate {
  criteria: string[];
  rules: string[];
}

/** Candidate changes: each failing criterion's rules to fix, and each failed must-have outside them. */
function candidates(rubric: Rubric, byRule: ResultsByRule, base: Evaluation): Candidate[] {
  const statusOf = statusLookup(byRule);
  const out: Candidate[] = [];
  // criteria that the same rules complete are one change (a linear pass: keyed by their rule set)
  const byRules = new Map<string, Candidate>();
  rubric.criteria.forEach((c, i) => {
    if (base.criteria[i]!.status !== 'fail') return;
    const failing = c.rules.filter((r) => statusOf(r) === 'fail');
    const rules = c.mode === 'any-of' ? failing.slice(0, 1) : failing;
    const key = [...rules].sort().join(' ');
    const same = byRules.get(key);
    if (same) same.criteria.push(c.id);
    else {
      const candidate = { criteria: [c.id], rules };
      byRules.set(key, candidate);
      out.push(candidate);
    }
  });
  const inCandidates = new Set(out.flatMap((o) => o.rules));
  for (const cap of base.caps) if (!inCandidates.has(cap.rule)) out.push({ criteria: [], rules: [cap.rule] });
  return out;
}

/**
 * Scores of "the current state plus these rules passing", computed from
 * the criteria those rules touch only (an index from rule to criteria), so
 * that weighing every candidate change costs the size of the rubric once,
 * not once per candidate (10,000 criteria: linear, not quadratic).
 */
class TrialScorer {
  private readonly criteriaOf = new Map<string, number[]>();
  private passing = new Set<string>();
  private current!: Evaluation;
  private earned!: Record<Phase, number>;
  private possible!: Record<Phase, number>;
  /** Per criterion, under the current state: its applicable rules that fail, and that pass. */
  private failing!: Int32Array;
  private passed!: Int32Array;
  /** Scratch per trial: how many of a criterion's failing rules the trial makes pass. */
  private readonly hits: Int32Array;

  constructor(
    private readonly rubric: Rubric,
    private readonly byRule: ResultsByRule,
  ) {
    rubric.criteria.forEach((c, i) => {
      for (const r of c.rules) {
        let list = this.criteriaOf.get(r);
        if (!list) this.criteriaOf.set(r, (list = []));
        list.push(i);
      }
    });
    this.hits = new Int32Array(rubric.criteria.length);
  }

  /** Make `passing` the current state (a full evaluation). */
  reset(passing: ReadonlySet<string>): Evaluation {
    this.passing = new Set(passing);
    const statusOf = statusLookup(this.byRule, this.passing);
    this.current = evaluate(this.rubric, statusOf);
    this.earned = { clarify: 0, data: 0, model: 0, production: 0 };
    this.possible = { clarify: 0, data: 0, model: 0, production: 0 };
    this.failing = new Int32Array(this.rubric.criteria.length);
    this.passed = new Int32Array(this.rubric.criteria.length);
    this.rubric.criteria.forEach((c, i) => {
      for (const r of c.rules) {
        const s = statusOf(r);
        if (s === 'fail') this.failing[i]!++;
        else if (s === 'pass') this.passed[i]!++;
      }
      const e = this.current.criteria[i]!.earned;
      if (e === null) return;
      this.earned[c.phase] += e;
      this.possible[c.phase] += c.points;
    });
    return this.current;
  }

  /** The totals with `extra` rules passing as well. */
  trial(extra: readonly string[]): Omit<Evaluation, 'criteria'> {
    const added = new Set<string>();
    for (const rule of extra) {
      const r = this.byRule.get(rule);
      if (r && r.severity !== 'off' && r.status === 'fail' && !this.passing.has(rule)) added.add(rule);
    }
    const touched: number[] = [];
    for (const rule of added) {
      for (const i of this.criteriaOf.get(rule) ?? []) {
        if (this.hits[i] === 0) touched.push(i);
        this.hits[i]!++;
      }
    }
    const earned = { ...this.earned };
    for (const i of touched) {
      const c = this.rubric.criteria[i]!;
      const hits = this.hits[i]!;
      this.hits[i] = 0;
      // a touched criterion has a failing rule, so it is applicable before and after
      const met = c.mode === 'any-of' ? this.passed[i]! + hits > 0 : this.failing[i]! - hits === 0;
      earned[c.phase] += (met ? c.points : 0) - this.current.criteria[i]!.earned!;
    }
    const caps = this.current.caps.filter((c) => !added.has(c.rule));
    return totalsOf(this.rubric, phaseScores(earned, this.possible), caps);
  }
}

/** Index groups of a given size out of n, in order. */
function* groupsOf(n: number, size: number, from = 0): Generator<number[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= n - size; i++) for (const rest of groupsOf(n, size - 1, i + 1)) yield [i, ...rest];
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 0; i < k; i++) r = (r * (n - i)) / (i + 1);
  return r;
}

/** Most evaluations one step of the fix search may spend on groups (keeps large custom rubrics fast). */
const GROUP_BUDGET = 5000;

/**
 * The changes that raise the total most, best first. Each step weighs
 * every candidate change and every pair of them (triples too when nothing
 * smaller helps: lifting one cap, or one of two tied weakest phases, alone
 * changes nothing) by the points gained per change (at least one whole
 * point in all), takes the best group and merges it into one fix. Where nothing raises the total, the change
 * that raises the weighted mean most is listed (gain 0) so the advice
 * still points at the weakest spot.
 */
function fixesFor(rubric: Rubric, byRule: ResultsByRule, base: Evaluation, max = 3): ScoreFix[] {
  const remaining = candidates(rubric, byRule, base);
  const passing = new Set<string>();
  const scorer = new TrialScorer(rubric, byRule);
  let current: Omit<Evaluation, 'criteria'> = scorer.reset(passing);
  const fixes: ScoreFix[] = [];
  const tryGroup = (group: number[]) => scorer.trial(group.flatMap((i) => remaining[i]!.rules));
  type Totals = Omit<Evaluation, 'criteria'>;
  const better = (a: Totals, b: Totals | undefined) =>
    !b || a.total > b.total + EPSILON || (Math.abs(a.total - b.total) <= EPSILON && a.mean > b.mean + EPSILON);

  while (fixes.length < max && remaining.length > 0) {
    let chosen: { group: number[]; evaluation: Totals; rate: number } | undefined;
    for (let size = 1; size <= 3 && !(size === 3 && chosen) && binomial(remaining.length, size) <= GROUP_BUDGET; size++) {
      for (const group of groupsOf(remaining.length, size)) {
        const evaluation = tryGroup(group);
        if (Math.round(evaluation.total) - Math.round(current.total) < 1) continue;
        const rate = (evaluation.total - current.total) / size;
        const sameRate = chosen !== undefined && Math.abs(rate - chosen.rate) <= EPSILON;
        const preferred = !chosen || rate > chosen.rate + EPSILON || (sameRate && size === chosen.group.length && better(evaluation, chosen.evaluation));
        if (preferred) chosen = { group, evaluation, rate };
      }
    }
    if (!chosen) {
      remaining.forEach((_, i) => {
        const evaluation = tryGroup([i]);
        if (evaluation.mean - current.mean > EPSILON && better(evaluation, chosen?.evaluation)) chosen = { group: [i], evaluation, rate: 0 };
      });
    }
    if (!chosen) break;
    const merged = chosen.group.map((i) => remaining[i]!);
    for (const i of [...chosen.group].reverse()) remaining.splice(i, 1);
    const rules = merged.flatMap((m) => m.rules);
    for (const r of rules) passing.add(r);
    // the chosen state, evaluated in full (the trial's sums are only used to compare)
    const next = scorer.reset(passing);
    fixes.push({
      rules: rules.map((rule) => ({ rule, phase: byRule.get(rule)!.phase, message: byRule.get(rule)!.message ?? '' })),
      criteria: merged.flatMap((m) => m.criteria),
      gain: Math.round(next.total) - Math.round(current.total),
      total: Math.round(next.total),
    });
    current = next;
  }
  return fixes;
}

function bandOf(rubric: Rubric, total: number): string {
  return (rubric.bands.find((b) => b.min <= total) ?? rubric.bands[rubric.bands.length - 1]!).label;
}

/** Grade rule results with a compiled rubric (a linter resolves rubric names: createLinter().rubric()). */
export function scoreResults(results: readonly RuleResult[], rubric: Rubric): Score {
  const byRule: ResultsByRule = new Map(results.map((r) => [r.rule, r]));
  const statusOf = statusLookup(byRule);
  const base = evaluate(rubric, statusOf);
  const evidenceOf = new Map(results.map((r) => [r.rule, r.evidence]));
  // A rule that did not run (turned off) is left out of the breakdown, like
  // it is left out of the results; a criterion none of whose rules ran too.
  const criteria: CriterionScore[] = rubric.criteria.flatMap((c, i) => {
    const ran = c.rules.flatMap((rule) => {
      const status = statusOf(rule);
      return status === 'off' ? [] : [{ rule, status, evidence: evidenceOf.get(rule) ?? [] }];
    });
    if (ran.length === 0) return [];
    const { earned, status } = base.criteria[i]!;
    return [{ id: c.id, title: c.title, phase: c.phase, mode: c.mode, points: c.points, earned, status, rules: ran }];
  });
  const phases = {} as Score['phases'];
  for (const p of PHASES) phases[p] = base.phases[p] === null ? null : Math.round(base.phases[p]!);
  const total = Math.round(base.total);
  return {
    total,
    phases,
    rubric: rubric.id,
    aggregation: rubric.aggregation,
    band: bandOf(rubric, total),
    uncapped: Math.round(base.uncapped),
    caps: base.caps,
    criteria,
    fixes: fixesFor(rubric, byRule, base),
  };
}
