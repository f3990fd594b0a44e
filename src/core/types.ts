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
}

export interface FileReport {
  path: string;
  results: RuleResult[];
  score: Score;
  /** Rules silenced by `<!-- mlsd-lint disable -->` comments (left out of results); only when any. */
  disabledInline?: string[];
}
