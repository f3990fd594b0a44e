/**
 * The lint engine's plain-data contract: the options lint() takes and the
 * report it returns (see linter.ts for createLinter(), which runs a given
 * rule set). No `node:` imports: the engine runs in the browser too.
 */
import type { FileReport, Severity } from './types.js';
import type { Rubric } from './rubric.js';
import type { InlineProblem, UnusedDirective } from './control.js';

export type RuleSetting = Severity | [Severity, Record<string, unknown>?];

export interface LintOptions {
  /** Path reported for the document (default "<text>"). */
  path?: string;
  /** The rubric that grades the document: a shipped rubric's name or a compiled rubric (default: the linter's, "interview"). */
  rubric?: string | Rubric;
  /** Per-rule severity (and options); rules not named keep their default. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Apply `<!-- mlsd-lint ... -->` comments (default true). */
  inlineConfig?: boolean;
}

export interface LintMessage {
  rule: string;
  severity: Exclude<Severity, 'off'>;
  line: number;
  column: number;
  message: string;
}

export interface LintReport extends FileReport {
  /** The vfile messages (failing rules), as plain data. */
  messages: LintMessage[];
  /** Inline comments that could not be applied (only when any). */
  inlineProblems?: InlineProblem[];
  /** Disable comments that silenced no failure (only when any; --report-unused-disable-directives shows them). */
  unusedDirectives?: UnusedDirective[];
}

export class UnknownRuleError extends Error {
  constructor(readonly ruleId: string) {
    super(`unknown rule "${ruleId}"`);
    this.name = 'UnknownRuleError';
  }
}
