/**
 * A starting document for an ML system design (`mlsd-lint init`, and the
 * playground's "new document"): the title, the four phases as sections with
 * their time budget in the heading, and under each heading a prompt naming
 * what the rules of that phase look for.
 *
 * The prompts are HTML comments, which the document model never reads: a
 * fresh template fails only for missing content (no placeholder is found in
 * it and no rule passes on a prompt). The budget sits in the heading rather
 * than in a line below it because any visible line would make the section
 * non-empty, and an empty phase section must not count as covered.
 *
 * The prompts are generated from the metadata of the rules it is given (the
 * core imports no rule set: callers pass the shipped one, src/shipped.ts),
 * so they can never drift from what the rules check. No `node:` imports:
 * the playground uses this too.
 */
import type { RuleCatalog } from './rubric.js';
import type { RulePhase } from './types.js';
import { TIME_BUDGET, budgetLabel } from './time-budget.js';

export interface TemplateOptions {
  /** The problem, used as the title ("Design a video recommender"). */
  problem?: string;
}

export const DEFAULT_TITLE = 'ML system design';

/** The problem as a one-line title (a title spans one line in Markdown; "# Design X" given as the problem is not "# # Design X"). */
export function templateTitle(problem: string | undefined): string {
  const line = (problem ?? '').replace(/\s+/g, ' ').trim().replace(/^#+\s*/, '');
  return line === '' ? DEFAULT_TITLE : line;
}

/**
 * Text safe inside an HTML comment: "--" may not occur in one (HTML), and
 * "-->" would end it early and show the rest of the prompt as content.
 */
export function commentSafe(text: string): string {
  return text.replace(/-{2,}/g, '-').replace(/->/g, '- >');
}

/** The rule descriptions of a phase, as the lines of a prompt. */
function lookFor(rules: RuleCatalog, phase: RulePhase): string[] {
  return rules.filter((r) => r.meta.phase === phase).map((r) => `  - ${commentSafe(r.meta.description)}`);
}

function prompt(heading: string, lines: string[]): string {
  return ['<!--', heading, ...lines, '-->'].join('\n');
}

/** The Markdown text of a new design document, prompting for what `rules` look for. */
export function designTemplate(rules: RuleCatalog, options: TemplateOptions = {}): string {
  const parts = [
    `# ${templateTitle(options.problem)}`,
    prompt(
      `Write your answer under each heading; these comments are prompts and are never graded. The time in each heading is the framework's budget for a 40-minute answer. Throughout the document:`,
      lookFor(rules, 'document'),
    ),
  ];
  TIME_BUDGET.forEach((budget, i) => {
    parts.push(`## ${i + 1}. ${budget.title} (${budgetLabel(budget)})`);
    parts.push(prompt('What the rules look for here:', lookFor(rules, budget.phase)));
  });
  return `${parts.join('\n\n')}\n`;
}
