/**
 * The programmatic API (`import { lint, grade } from 'mlsd-lint'`). Plain
 * data in and out, the objects of the JSON report; nothing here or below
 * imports `node:` modules, so it runs in the browser (a test walks the
 * import graph to keep it so). `lint`, `grade` and the rubric helpers run
 * the shipped rules; `createLinter` runs the rules you give it.
 */
import { scoreResults } from './core/score.js';
import { lint as lintShipped, shippedLinter } from './shipped.js';
import type { FileReport, Score } from './core/types.js';
import type { Rubric } from './core/rubric.js';
import type { LintOptions, LintReport } from './core/engine.js';
import { assertRuleSettings } from './config/resolve.js';

export { compileRubric, getRubric } from './shipped.js';
export { UnknownRuleError } from './core/engine.js';
export { InvalidRuleSettingError } from './config/resolve.js';

/**
 * Lint one Markdown document with the shipped rules. Rule settings are
 * checked as a configuration file's are (an invalid severity throws
 * InvalidRuleSettingError, an unknown rule UnknownRuleError), never run at
 * a default.
 */
export function lint(text: string, options: LintOptions = {}): LintReport {
  assertRuleSettings(options.rules);
  return lintShipped(text, options);
}
export type { LintOptions, LintReport, LintMessage, RuleSetting } from './core/engine.js';
export { createLinter } from './core/linter.js';
export type { Linter, LinterSetup } from './core/linter.js';
export { defineRule } from './core/rule.js';
export type { Rule, RuleMeta, RuleContext, RuleOutcome } from './core/rule.js';
export { summarize } from './core/report.js';
export type { Report, Summary } from './core/report.js';
export type { Evidence, FileReport, Phase, RulePhase, RuleResult, Score, Severity, Status } from './core/types.js';
export { rules } from '../rules/index.js';
export { configSchema, formatProblem, parseRuleFlag, resolveConfig, settingsFor, validateConfig, withRuleFlags } from './config/resolve.js';
export type { ConfigData, ConfigLoad, ConfigProblem, ConfigSource, FileSettings, ResolvedConfig } from './config/resolve.js';

export { rubricNames, RubricError } from './core/rubric.js';
export type { Rubric } from './core/rubric.js';

/** The score of one file's results under a rubric (default: interview), as in the JSON report. */
export function grade(report: Pick<FileReport, 'results'>, rubric?: Rubric): Score {
  return scoreResults(report.results, shippedLinter.rubric(rubric));
}
