/**
 * Plain, serialisable data shared by the core, the CLI and the reports.
 * Nothing here may hold functions, Maps or class instances: results travel
 * as JSON (CLI, cache, web playground).
 */

export const PHASES = ['clarify', 'data', 'model', 'production'] as const;
export type Phase = (typeof PHASES)[number];
export type RulePhase = Phase | 'document';

export type Status = 'pass' | 'fail' | 'n/a';
export type Severity = 'error' | 'warn' | 'off';

/** One place in the document that shows (or, for a failure, is about) a rule. */
export interface Evidence {
  /** 1-based line in the original file (front matter included). */
  line: number;
  /** 1-based column. */
  column: number;
  /** The sentence (or heading) quoted, whitespace collapsed. */
  text: string;
}

export interface RuleResult {
  rule: string;
  phase: RulePhase;
  status: Status;
  severity: Severity;
  /** Why the rule failed and how to fix it; null on pass and n/a. */
  message: string | null;
  evidence: Evidence[];
  /** Where a failure is reported (its vfile message): failures only. */
  line?: number;
  column?: number;
}

export interface PhaseScores {
  clarify: number | null;
  data: number | null;
  model: number | null;
  production: number | null;
}

export interface Score {
  /** 0-100. */
  total: number;
  /** 0-100 per phase, null where no rule of the phase applies. */
  phases: PhaseScores;
  // --- rubric scorer (issue 4): the full breakdown ---
  /** Id of the rubric that graded the document. */
  rubric: string;
  aggregation: Aggregation;
  /** The verdict of the band the total falls in. */
  band: string;
  /** The total before must-have caps. */
  uncapped: number;
  /** Failed must-haves; the lowest cap bounds the total. */
  caps: ScoreCap[];
  criteria: CriterionScore[];
  /** The changes that would raise the total most, best first (at most 3). */
  fixes: ScoreFix[];
}

/** How a rubric turns phase scores into the total. */
export type Aggregation = 'weighted-mean' | 'weakest-phase';

export interface CriterionScore {
  id: string;
  title: string;
  phase: Phase;
  mode: 'all-of' | 'any-of';
  /** Points possible. */
  points: number;
  /** Points earned; null when the criterion is n/a (it leaves the denominator). */
  earned: number | null;
  status: Status;
  /** Its rules that ran, with their status and evidence (a criterion none of whose rules ran is left out). */
  rules: Array<{ rule: string; status: Status; evidence: Evidence[] }>;
}

export interface ScoreCap {
  rule: string;
  cap: number;
}

export interface ScoreFix {
  /** The rules to make pass, each with its phase and what to add (its failure message). */
  rules: Array<{ rule: string; phase: RulePhase; message: string }>;
  /** Ids of the rubric criteria the change completes (none for a must-have outside the criteria). */
  criteria: string[];
  /** How much the total rises with this change (made after the ones listed before it). */
  gain: number;
  /** The total once this change and the ones before it are made. */
  total: number;
}

/** A rule that threw while checking a document: an internal error, reported instead of its result. */
export interface RuleError {
  rule: string;
  /** The error's message. */
  message: string;
}

/** The time budget of a file: where its words went (src/core/phase-shares.ts). */
export interface PhaseShareReport {
  /** Words counted for the budget: the body text of the phases' sections (phase-balance). */
  words: number;
  /** Each phase's share of the counted words, 0-1 (0 where no section is about the phase). */
  shares: Record<Phase, number>;
}

export interface FileReport {
  path: string;
  results: RuleResult[];
  score: Score;
  /** Each phase's share of the document's words; set by lint() (optional for reports built by hand). */
  phaseShares?: PhaseShareReport;
  /** Rules silenced by `<!-- mlsd-lint disable -->` comments (left out of results); only when any. */
  disabledInline?: string[];
  /** What each inline comment silenced: rule, the comment's line, its reason (issue 15); only when any. */
  suppressions?: Suppression[];
  /** Comments that silenced no failure: only with --report-unused-disable-directives, and only when any. */
  unusedDirectives?: UnusedDirective[];
  /** Rules that threw on this document (no result, so not scored); only when any. */
  ruleErrors?: RuleError[];
}

/** A disable comment that silenced no failure (ESLint's "unused eslint-disable directive"). */
export interface UnusedDirective {
  line: number;
  column: number;
  message: string;
}

/**
 * One rule silenced by one inline comment, kept so that no report can hide
 * it: a grade raised by a comment is always visible beside the grade.
 */
export interface Suppression {
  rule: string;
  /** Where the comment that silenced it stands. */
  line: number;
  column: number;
  /** The comment's verb: disable, ignore, disable-next-line or disable-file. */
  directive: string;
  /** The text after " -- " in the comment; null when it gives none. */
  reason: string | null;
  /** "result": the rule's whole result is left out (and not graded); "lines": a failure lost some of its lines but is still reported. */
  scope: 'result' | 'lines';
  /** The result before it was silenced. */
  status: Status;
  severity: Severity;
  /** The failure's message (failures only, else null). */
  message: string | null;
  /** The failing lines this comment silenced (empty when the failure had none: something missing). */
  lines: number[];
  /** The must-have cap the rule carries in the rubric that graded the document (only for a must-have). */
  cap?: number;
}
