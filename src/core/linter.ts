/**
 * createLinter(): the core runs the rules it is given. A linter is a rule
 * set (with optional lexicons and a default rubric) bound into a unified
 * pipeline, the same plugins as the remark-lint preset, so the CLI, the API
 * and `.remarkrc` users get identical results. The shipped rule set is bound
 * outside the core (src/shipped.ts); nothing here imports rules/.
 * No `node:` imports: this runs in the browser too.
 */
import { unified, type Processor } from 'unified';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { stripBom, withMarkdownSyntax } from './parse.js';
import { scoreResults } from './score.js';
import { phaseShareReport } from './phase-shares.js';
import mlsdLintInlineControl, { INLINE_PROBLEM } from './control.js';
import { compileLexicons, type CompiledLexicon } from './lexicon.js';
import { documentFor, isRuleErrorMessage, useLexicon, type Rule } from './rule.js';
import { compileRubric, resolveRubric, type Rubric } from './rubric.js';
import { UnknownRuleError, type LintMessage, type LintOptions, type LintReport, type RuleSetting } from './engine.js';
import type { RuleResult } from './types.js';

type VFileMessage = VFile['messages'][number];

export interface LinterSetup {
  /** The rules to run, in the order the report lists them. */
  rules: readonly Rule[];
  /** Lexicon files ({ name, data } with data as in lexicons/*.json); default: the shipped lexicons. */
  lexicons?: ReadonlyArray<{ name: string; data: unknown }>;
  /** The rubric lint() grades with when its options name none: a shipped rubric's name or a compiled rubric (default "interview"). */
  rubric?: string | Rubric;
}

export interface Linter {
  /** The rules this linter runs. */
  readonly rules: readonly Rule[];
  /** Lint one Markdown document. Throws UnknownRuleError for a setting that names a rule it does not run. */
  lint(text: string, options?: LintOptions): LintReport;
  /** A shipped rubric by name, or a compiled one, checked against this linter's rules. */
  rubric(rubric?: string | Rubric): Rubric;
  /** Validate and compile rubric data against this linter's rules (throws RubricError). */
  compileRubric(data: unknown, source: string): Rubric;
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

/** unified plugin: the document model of every tree is built with these lexicons. */
function lexiconPlugin(lexicon: CompiledLexicon) {
  return () => (tree: Root) => {
    useLexicon(tree, lexicon);
  };
}

export function createLinter(setup: LinterSetup): Linter {
  const rules = [...setup.rules];
  const ids = new Set(rules.map((r) => r.meta.id));
  const known = [...ids];
  // compiled once per linter; the shipped lexicons are the document model's default
  const lexicon = setup.lexicons ? compileLexicons(setup.lexicons) : undefined;
  const processors = new Map<string, Processor>();

  const processorFor = (settings: Readonly<Record<string, RuleSetting>>, inline: boolean): Processor => {
    const key = JSON.stringify([settings, inline]);
    let processor = processors.get(key);
    if (!processor) {
      for (const id of Object.keys(settings)) if (!ids.has(id)) throw new UnknownRuleError(id);
      const p = withMarkdownSyntax(unified());
      if (lexicon) p.use(lexiconPlugin(lexicon));
      for (const rule of rules) {
        const setting = settings[rule.meta.id];
        const config = setting === undefined ? undefined : Array.isArray(setting) ? setting : [setting];
        p.use(rule.plugin, config);
      }
      if (inline) p.use(mlsdLintInlineControl, { known });
      processor = p.freeze() as unknown as Processor;
      if (processors.size > 32) processors.clear();
      processors.set(key, processor);
    }
    return processor;
  };

  const rubric = (r: string | Rubric | undefined = setup.rubric): Rubric => resolveRubric(r, rules);

  const lint = (text: string, options: LintOptions = {}): LintReport => {
    const graded = rubric(options.rubric);
    // a rubric can lock grading ("inlineConfig": false): the course grades what the document says
    const processor = processorFor(options.rules ?? {}, (options.inlineConfig ?? true) && graded.inlineConfig !== false);
    const file = new VFile({ path: options.path ?? '<text>', value: stripBom(text) });
    const tree = processor.parse(file);
    processor.runSync(tree, file);
    const recorded = file.data.mlsdLint?.results ?? {};
    const results: RuleResult[] = [];
    for (const rule of rules) {
      const r = recorded[rule.meta.id];
      if (r) results.push(r);
    }
    const { disabledInline, inlineProblems, ruleErrors, suppressions, unusedDirectives } = file.data.mlsdLint ?? {};
    const caps = new Map(graded.mustHaves.map((m) => [m.rule, m.cap]));
    return {
      path: options.path ?? '<text>',
      results,
      score: scoreResults(results, graded),
      // the document model the rules shared (built here when every rule is off)
      phaseShares: phaseShareReport(documentFor(tree as Root, file)),
      ...(disabledInline ? { disabledInline } : {}),
      // a silenced must-have says so (and what it would cap), so it never reads as passed
      ...(suppressions ? { suppressions: suppressions.map((x) => (caps.has(x.rule) ? { ...x, cap: caps.get(x.rule)! } : x)) } : {}),
      ...(ruleErrors ? { ruleErrors } : {}),
      messages: file.messages.filter((m) => m.ruleId !== INLINE_PROBLEM && !isRuleErrorMessage(m)).map(toMessage),
      ...(inlineProblems ? { inlineProblems } : {}),
      ...(unusedDirectives ? { unusedDirectives } : {}),
    };
  };

  return { rules, lint, rubric, compileRubric: (data, source) => compileRubric(data, source, rules) };
}
