/**
 * The lint engine: Markdown text in, a plain serialisable report out. It
 * runs the rules as a unified pipeline (the same plugins as the remark-lint
 * preset), so the CLI, the API and `.remarkrc` users get identical results.
 * No `node:` imports: the engine runs in the browser too.
 */
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
type VFileMessage = VFile['messages'][number];
import { rules } from '../../rules/index.js';
import { stripBom, withMarkdownSyntax } from './parse.js';
import { scoreResults } from './score.js';
import { documentFor } from './rule.js';
import { phaseShareReport } from './phase-shares.js';
import mlsdLintInlineControl, { INLINE_PROBLEM, type InlineProblem } from './control.js';
import type { FileReport, RuleResult, Severity } from './types.js';
import type { Rubric } from './rubric.js';

export type RuleSetting = Severity | [Severity, Record<string, unknown>?];

export interface LintOptions {
  /** Path reported for the document (default "<text>"). */
  path?: string;
  /** The rubric that grades the document: a shipped rubric's name or a compiled rubric (default "interview"). */
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
}

export class UnknownRuleError extends Error {
  constructor(readonly ruleId: string) {
    super(`unknown rule "${ruleId}"`);
    this.name = 'UnknownRuleError';
  }
}

const processors = new Map<string, Processor>();

function processorFor(settings: Readonly<Record<string, RuleSetting>>, inline = true): Processor {
  const key = JSON.stringify([settings, inline]);
  let processor = processors.get(key);
  if (!processor) {
    for (const id of Object.keys(settings)) if (!rules.some((r) => r.meta.id === id)) throw new UnknownRuleError(id);
    const p = withMarkdownSyntax(unified());
    for (const rule of rules) {
      const setting = settings[rule.meta.id];
      const config = setting === undefined ? undefined : Array.isArray(setting) ? setting : [setting];
      p.use(rule.plugin, config);
    }
    if (inline) p.use(mlsdLintInlineControl);
    processor = p.freeze() as unknown as Processor;
    if (processors.size > 32) processors.clear();
    processors.set(key, processor);
  }
  return processor;
}

function toMessage(m: VFileMessage): LintMessage {
  return {
    rule: m.ruleId ?? 'unknown',
    severity: m.fatal ? 'error' : 'warn',
    line: m.line ?? 1,
    column: m.column ?? 1,
    message: m.reason,
  };
}

/** Lint one Markdown document. */
export function lint(text: string, options: LintOptions = {}): LintReport {
  const processor = processorFor(options.rules ?? {}, options.inlineConfig ?? true);
  const file = new VFile({ path: options.path ?? '<text>', value: stripBom(text) });
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  const recorded = file.data.mlsdLint?.results ?? {};
  const results: RuleResult[] = [];
  for (const rule of rules) {
    const r = recorded[rule.meta.id];
    if (r) results.push(r);
  }
  const { disabledInline, inlineProblems } = file.data.mlsdLint ?? {};
  return {
    path: options.path ?? '<text>',
    results,
    score: scoreResults(results, options.rubric),
    // the document model the rules shared (built here when every rule is off)
    phaseShares: phaseShareReport(documentFor(tree as Root, file)),
    ...(disabledInline ? { disabledInline } : {}),
    messages: file.messages.filter((m) => m.ruleId !== INLINE_PROBLEM).map(toMessage),
    ...(inlineProblems ? { inlineProblems } : {}),
  };
}
