/**
 * The rule contract (after ESLint's): each rule is one file in `rules/`,
 * exporting data-first metadata beside its check. `defineRule()` turns that
 * into a unified-lint-rule plugin, so the rule set is also a remark-lint
 * preset; the engine and the preset run the very same code.
 *
 * A rule's check returns its status and evidence for the document; the
 * plugin records that structured result on `file.data` (every rule, passes
 * and n/a included) and reports a failing rule as a vfile message.
 */
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Plugin } from 'unified';
import { bestEvidence, evidenceAt, type Candidate } from './analysis/evidence.js';
import { buildDocument, evidenceOf, type DocumentModel, type Sentence } from './document.js';
import type { Evidence, RulePhase, RuleError, RuleResult, Severity, Status } from './types.js';
import type { CompiledLexicon } from './lexicon.js';
import type { ConceptId } from './lexicons.js';
import { asRule } from './concept-usage.js';

export const DOCS_BASE = 'https://github.com/mlsd-lint/mlsd-lint/blob/main/docs/rules/';

export interface RuleExample {
  /** A Markdown snippet. */
  markdown: string;
  /** The status the rule gives it. */
  status: Status;
  /** What the example shows (used as the test name and in the docs). */
  title: string;
}

export interface RuleMeta {
  id: string;
  phase: RulePhase;
  /** One line: what the rule asks of a document. */
  description: string;
  /** Default severity. */
  severity: Exclude<Severity, 'off'>;
  /** Why it matters in an interview or a design review (docs). */
  rationale: string;
  /** What passes, what fails and when the rule does not apply (docs). */
  passes: string;
  fails: string;
  notApplicable?: string;
  messages: {
    /** Failure message: what is missing and what to add. */
    fail: string;
  };
  /** A sentence that would pass, shown with the failure message. */
  fixExample: string;
  /** Examples that are both docs and tests. */
  examples: RuleExample[];
  /** JSON Schema of the rule's options (none by default). */
  optionsSchema?: Record<string, unknown>;
  /**
   * The lexicon concepts the rule reads (typed: a misspelt id is a compile
   * error). A test holds every rule that declares them to what it queries
   * at run time, and fails on a lexicon concept nothing reads.
   */
  concepts?: readonly ConceptId[];
}

export interface RuleOutcome {
  status: Status;
  /** Sentences (or ready-made evidence) that show the status. */
  evidence?: ReadonlyArray<Sentence | Evidence>;
  /**
   * Sentences any one of which shows a pass: the engine quotes the one that
   * shows it best (bestEvidence), so every rule picks its line the same way.
   */
  candidates?: readonly Candidate[];
  /** Replaces the default failure message (e.g. to name missing phases). */
  message?: string;
}

/**
 * The common outcome: pass with the first sentence that shows the rule, or
 * fail. Accepts sentences or query results ({ sentence }).
 */
export function passIfAny(found: readonly Candidate[]): RuleOutcome {
  if (found.length === 0) return { status: 'fail' };
  return { status: 'pass', candidates: found };
}

export interface RuleContext {
  doc: DocumentModel;
  options: Record<string, unknown>;
}

export interface Rule {
  meta: RuleMeta & { url: string };
  check(ctx: RuleContext): RuleOutcome;
  /** unified plugin: `[plugin, severity]` or `[plugin, [severity, options]]`. */
  plugin: Plugin<[unknown?], Root>;
}

/** Where the structured results live on a vfile. */
export interface MlsdLintData {
  results: Record<string, RuleResult>;
  /** Rules that threw, in the order they ran. */
  ruleErrors?: RuleError[];
}

/** The vfile messages that report a rule that threw (a linter reports them as ruleErrors, not as failures). */
const ruleErrorMessages = new WeakSet<object>();

export function isRuleErrorMessage(message: object): boolean {
  return ruleErrorMessages.has(message);
}

/**
 * A rule that throws is reported, never dropped: the error is recorded on
 * the file (the linter's report lists it, the CLI exits 3 naming it) and is
 * a vfile message for remark users; the other rules still run.
 */
function recordRuleError(file: VFile, rule: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const data = (file.data.mlsdLint ??= { results: {} });
  (data.ruleErrors ??= []).push({ rule, message });
  ruleErrorMessages.add(file.message(`rule ${rule} failed: ${message}`));
}

declare module 'vfile' {
  interface DataMap {
    mlsdLint: MlsdLintData;
  }
}

const documents = new WeakMap<Root, DocumentModel>();
const lexicons = new WeakMap<Root, CompiledLexicon>();

/** Build the document model of this tree with these lexicons (a linter's own; default: the shipped ones). */
export function useLexicon(tree: Root, lexicon: CompiledLexicon): void {
  lexicons.set(tree, lexicon);
}

/** A document model that could not be built: every rule reports it, none builds it again. */
class DocumentModelError extends Error {
  constructor(cause: unknown) {
    super(`the document model failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'DocumentModelError';
  }
}
const failures = new WeakMap<Root, DocumentModelError>();

/** The document model of a tree, built once and shared by every rule (a failure too: it is thrown to each rule). */
export function documentFor(tree: Root, file: VFile): DocumentModel {
  let doc = documents.get(tree);
  if (!doc) {
    const failed = failures.get(tree);
    if (failed) throw failed;
    try {
      doc = buildDocument(String(file.value ?? ''), tree, lexicons.get(tree));
    } catch (error) {
      const wrapped = new DocumentModelError(error);
      failures.set(tree, wrapped);
      throw wrapped;
    }
    documents.set(tree, doc);
  }
  return doc;
}

function toEvidence(items: ReadonlyArray<Sentence | Evidence> | undefined): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  for (const item of items ?? []) {
    const e = 'tokens' in item ? evidenceOf(item) : item;
    const key = `${e.line}:${e.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/** The failure message with its fix example. */
export function failureMessage(meta: RuleMeta, outcome: RuleOutcome): string {
  const base = outcome.message ?? meta.messages.fail;
  return `${base} For example: "${meta.fixExample}"`;
}

function severityOf(config: unknown, fallback: Exclude<Severity, 'off'>): { severity: Severity; options: unknown } {
  const level = (v: unknown): Severity | undefined => {
    if (v === false || v === 0 || v === 'off') return 'off';
    if (v === true || v === 1 || v === 'on' || v === 'warn') return 'warn';
    if (v === 2 || v === 'error') return 'error';
    return undefined;
  };
  if (Array.isArray(config)) {
    const sev = level(config[0]);
    if (sev !== undefined) return { severity: sev, options: config[1] };
    return { severity: fallback, options: config };
  }
  const sev = level(config);
  if (sev !== undefined) return { severity: sev, options: undefined };
  return { severity: fallback, options: config };
}

/** Where a failure message points: the section of the rule's phase, else the start of the body. */
function failurePlace(doc: DocumentModel, meta: RuleMeta, evidence: Evidence[]): { line: number; column: number } {
  if (evidence.length > 0) return { line: evidence[0]!.line, column: evidence[0]!.column };
  const section = doc.sections.find((s) => s.headingPhase === meta.phase) ?? doc.sections.find((s) => s.phase === meta.phase);
  if (section) return { line: section.line, column: section.column };
  // a document of front matter only has no line after it: its last line
  return { line: Math.min(doc.bodyLine, doc.lineStarts.length), column: 1 };
}

export function defineRule(meta: RuleMeta, check: (ctx: RuleContext) => RuleOutcome): Rule {
  const url = `${DOCS_BASE}${meta.id}.md`;
  const base = lintRule<Root, unknown>({ origin: `mlsd-lint:${meta.id}`, url }, (tree, file, options) => {
    let doc: DocumentModel;
    let outcome: RuleOutcome;
    try {
      doc = documentFor(tree, file);
      const ctx: RuleContext = { doc, options: (options ?? {}) as Record<string, unknown> };
      // run as the current rule: the concepts it queries are noted (concept-usage.ts)
      outcome = asRule(meta.id, () => check(ctx));
    } catch (error) {
      recordRuleError(file, meta.id, error);
      return;
    }
    const evidence = outcome.candidates?.length
      ? [evidenceAt(doc, bestEvidence(doc, meta.phase, outcome.candidates), (s) => evidenceOf(s))]
      : toEvidence(outcome.evidence);
    const result: RuleResult = {
      rule: meta.id,
      phase: meta.phase,
      status: outcome.status,
      severity: meta.severity,
      message: outcome.status === 'fail' ? failureMessage(meta, outcome) : null,
      evidence: outcome.status === 'fail' ? evidence : evidence,
    };
    file.data.mlsdLint ??= { results: {} };
    file.data.mlsdLint.results[meta.id] = result;
    if (outcome.status === 'fail') {
      const place = failurePlace(doc, meta, evidence);
      result.line = place.line;
      result.column = place.column;
      file.message(result.message!, { place });
    }
  });

  // Default severity comes from the metadata (unified-lint-rule would make
  // every rule a warning), and the result records the severity it ran with.
  const plugin = function (this: unknown, config?: unknown) {
    const { severity, options } = severityOf(config, meta.severity);
    if (severity === 'off') return undefined;
    const transformer = (base as unknown as (c: unknown) => (t: Root, f: VFile, n: (e?: Error) => void) => void).call(
      this,
      [severity === 'error' ? 2 : 1, options],
    );
    return (tree: Root, file: VFile, next: (error?: Error) => void) => {
      transformer(tree, file, (error?: Error) => {
        const recorded = file.data.mlsdLint?.results[meta.id];
        if (recorded) recorded.severity = severity;
        next(error);
      });
    };
  } as unknown as Plugin<[unknown?], Root>;
  Object.defineProperty(plugin, 'name', { value: `mlsd-lint:${meta.id}` });

  return { meta: { ...meta, url }, check, plugin };
}
