/**
 * The shipped rule set bound into the core: the linter the CLI, the API,
 * the scripts and the tests use by default, and the rubric helpers over the
 * same rules. The core (src/core) takes the rules it runs; this is where
 * the shipped ones are passed in.
 */
import { rules } from '../rules/index.js';
import { createLinter } from './core/linter.js';
import type { LintOptions, LintReport } from './core/engine.js';
import { RUBRIC_FILES, type Rubric } from './core/rubric.js';
import { LEXICON_FILES } from './core/lexicons.js';
import { markValidated } from './core/schemas.js';

// the shipped lexicons and rubrics are validated by the tests, not on every start-up
for (const file of [...LEXICON_FILES, ...RUBRIC_FILES]) markValidated(file.data);

/** A linter running every shipped rule, with the shipped lexicons and the interview rubric. */
export const shippedLinter = createLinter({ rules });

/** Lint one Markdown document with the shipped rules. */
export function lint(text: string, options: LintOptions = {}): LintReport {
  return shippedLinter.lint(text, options);
}

/** Validate and compile rubric data against the shipped rules (throws RubricError). */
export function compileRubric(data: unknown, source: string): Rubric {
  return shippedLinter.compileRubric(data, source);
}

/** A shipped rubric by name, compiled against the shipped rules (throws RubricError for an unknown name). */
export function getRubric(name: string): Rubric {
  return shippedLinter.rubric(name);
}
