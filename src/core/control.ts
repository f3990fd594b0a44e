/**
 * Inline control: HTML comments in a document turn rules off and on, with
 * remark-message-control semantics (unified-message-control decides which
 * places a comment covers), plus the two ESLint / markdownlint verbs:
 *
 *   <!-- mlsd-lint disable rule-id other-id -- why -->   off from here on
 *   <!-- mlsd-lint enable rule-id -->                    on again from here
 *   <!-- mlsd-lint ignore rule-id -->                    off for the next block only
 *   <!-- mlsd-lint disable-next-line rule-id -->         off for the next line only
 *   <!-- mlsd-lint disable-file rule-id -->              off for the whole document, wherever it stands
 *
 * Without rule ids a comment applies to every rule. Text after ` -- ` is a
 * free-form reason: it is not interpreted, but every report shows it.
 *
 * Our rules judge a whole document, so a comment acts on a rule's
 * structured result, not just on its message:
 *
 * - A rule disabled at the start of every block of the body (everything
 *   but front matter, the title and comments), or by `disable-file`, is off
 *   for the document: its result is left out, pass or fail, and it is
 *   listed in `disabledInline`.
 * - A failure that points at lines (its evidence, e.g. each placeholder)
 *   loses the lines inside disabled places; it is silenced (left out and
 *   listed) when none is left, otherwise it is reported at the first line
 *   left.
 * - A failure about something missing has no line of its own: only
 *   disabling the rule for the whole document silences it.
 *
 * Every silencing is recorded as a Suppression (rule, the comment's line,
 * its reason, what the result was), so a grade raised by a comment is never
 * raised unseen; a comment that silenced no failure is an unused directive
 * (reported with --report-unused-disable-directives).
 *
 * The vfile messages follow the results, so the CLI, the API and the
 * remark-lint preset agree. A malformed comment, an unknown rule id in one,
 * or too many comments is an inline problem: reported, never applied.
 * No `node:` imports: this runs in the browser too.
 */
import type { Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import { messageControl } from 'unified-message-control';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { Evidence, RuleResult, Suppression, UnusedDirective } from './types.js';
import { attribute, covers, fileDirective, nextLineDirective, type Directive } from './suppression.js';

/** The comment marker name and the vfile message source of every rule. */
export const MARKER = 'mlsd-lint';
/** `ruleId` of the vfile messages that report inline problems. */
export const INLINE_PROBLEM = 'inline-config';
/** Comments applied per document; more is an inline problem. */
export const MAX_DIRECTIVES = 200;
/** Longer comments are not read as directives. */
const MAX_DIRECTIVE_LENGTH = 2000;
const VERBS = new Set(['disable', 'enable', 'ignore', 'disable-next-line', 'disable-file']);
/** The verbs unified-message-control knows; the other two are applied here. */
const MESSAGE_CONTROL_VERBS = new Set(['disable', 'enable', 'ignore']);

export interface InlineProblem {
  line: number;
  column: number;
  message: string;
}

declare module './rule.js' {
  interface MlsdLintData {
    /** Rules silenced by inline comments, in catalog order. */
    disabledInline?: string[];
    /** Comments that could not be applied. */
    inlineProblems?: InlineProblem[];
    /** What each comment silenced (issue 15). */
    suppressions?: Suppression[];
    /** Comments that silenced no failure. */
    unusedDirectives?: UnusedDirective[];
  }
}

export type { UnusedDirective } from './types.js';

export interface InlineControlOptions {
  /**
   * Rule ids a comment may name: the ids of the rules that run (the linter
   * and the preset pass them). Without it any id is accepted.
   */
  known?: readonly string[];
}

/** The rule ids a comment may name (a Set, or any id). */
export interface KnownIds {
  has(id: string): boolean;
}

/** Any id is a known id: for inline control used without a rule list. */
const ANY_ID: KnownIds = { has: () => true };

type Parsed = { attributes: string; verb: string; rules: string[]; reason: string | null } | { problem: string } | undefined;

/** Read one HTML node as a directive: its normalised attributes, a problem, or not ours. */
export function parseDirective(raw: string, known: KnownIds): Parsed {
  const value = raw.trim();
  const head = /^<!--\s*mlsd-lint([\w-]*)/.exec(value);
  if (!head) return undefined;
  if (head[1]) {
    const verb = /^-(disable|enable|ignore)\b/.exec(head[1]);
    return verb ? { problem: `"mlsd-lint${head[1]}" is not a directive: write "<!-- mlsd-lint ${verb[1]} rule-id -->"` } : undefined;
  }
  if (value.length > MAX_DIRECTIVE_LENGTH) return { problem: `mlsd-lint comment longer than ${MAX_DIRECTIVE_LENGTH} characters` };
  if (!value.endsWith('-->')) return { problem: 'an mlsd-lint comment must stand alone: nothing after "-->" on its line' };
  const body = value.slice(head[0].length, -3);
  // HTML ends a comment at the first "-->" (or "--!>"): text after it is not part of the comment
  if (body.includes('-->') || body.includes('--!>')) return { problem: '"-->" inside an mlsd-lint comment: the comment ends there; write one comment per line' };
  const cut = /(?:^|\s)--/.exec(body);
  const config = cut ? body.slice(0, cut.index) : body;
  const reason = cut ? body.slice(cut.index + cut[0].length).trim() || null : null;
  const tokens = config.split(/[\s,]+/).filter(Boolean);
  const verb = tokens.shift();
  if (verb === undefined || !VERBS.has(verb)) {
    return { problem: `expected "disable", "enable", "ignore", "disable-next-line" or "disable-file" after "mlsd-lint"${verb === undefined ? '' : `, not "${verb}"`}` };
  }
  // "disable" alone means every rule; "disable ,,," names none: a typo, never "every rule"
  if (tokens.length === 0 && /[^\s]/.test(config.slice(config.indexOf(verb) + verb.length))) {
    return { problem: `"mlsd-lint ${verb}" names no rule: give rule ids ("mlsd-lint rules" lists them), or none at all for every rule` };
  }
  const unknown = tokens.find((t) => !known.has(t));
  if (unknown !== undefined) return { problem: `unknown rule "${unknown}" in an mlsd-lint comment ("mlsd-lint rules" lists them)` };
  return { attributes: [verb, ...tokens].join(' '), verb, rules: tokens, reason };
}

const NOT_ALONE = 'mlsd-lint comment not applied: it must be an HTML comment of its own, not inside other HTML or beside another comment on its line';
/** Where a directive starts (also the "mlsd-lint-disable" look-alike, reported by parseDirective; not "mlsd-linter"). */
const MARKER_START = /<!--\s*mlsd-lint(?:-(?:disable|enable|ignore)\b|(?![\w-]))/g;

/** Every mlsd-lint comment opener in an HTML node's text, with its line and column in the document. */
function markersIn(value: string, start: { line: number; column: number }): Array<{ offset: number; line: number; column: number }> {
  const found: Array<{ offset: number; line: number; column: number }> = [];
  let line = start.line;
  let lineStart = -start.column + 1; // offset in `value` of the start of the current line (may be before it)
  let scanned = 0;
  for (const m of value.matchAll(MARKER_START)) {
    for (let i = value.indexOf('\n', scanned); i !== -1 && i < m.index; i = value.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = m.index;
    found.push({ offset: m.index, line, column: m.index - lineStart + 1 });
  }
  return found;
}

interface Probe {
  ruleId: string;
  line: number;
  column: number;
}

/** Top-level blocks that make up the body: not front matter, comments or the title. */
function bodyBlocks(tree: Root): RootContent[] {
  const blocks = tree.children.filter(
    (n) => n.position && n.type !== 'yaml' && (n.type as string) !== 'toml' && !(n.type === 'html' && n.value.trimStart().startsWith('<!--')),
  );
  const first = blocks[0];
  return first && first.type === 'heading' && first.depth === 1 && blocks.length > 1 ? blocks.slice(1) : blocks;
}

/**
 * The blocks whose start shows every state a rule can have over the body:
 * the state only changes where a comment starts or an ignored block ends,
 * so the first block at or after each such place is enough.
 */
function representatives(blocks: readonly RootContent[], changes: readonly number[]): RootContent[] {
  const chosen = new Set<RootContent>(blocks.slice(0, 1));
  for (const offset of changes) {
    const block = blocks.find((b) => (b.position!.start.offset ?? 0) >= offset);
    if (block) chosen.add(block);
  }
  return [...chosen];
}

type VFileMessage = VFile['messages'][number];

export function applyInlineControl(tree: Root, file: VFile, known: KnownIds): void {
  const applied = new Map<Node, string>();
  const directives: Directive[] = [];
  const changes: number[] = [];
  const problems: InlineProblem[] = [];
  let tooMany = false;
  visit(tree, 'html', (node, index, parent) => {
    const start = node.position?.start;
    if (!start) return;
    const markers = markersIn(node.value, start);
    if (markers.length === 0) return;
    // a directive is an HTML node of its own: one inside other HTML, or a second on its line, is not applied
    const alone = markers.length === 1 && markers[0]!.offset === node.value.length - node.value.trimStart().length;
    if (!alone) {
      for (const m of markers) problems.push({ line: m.line, column: m.column, message: NOT_ALONE });
      return;
    }
    const parsed = parseDirective(node.value, known);
    if (!parsed) return;
    const where = { line: start.line, column: start.column };
    if ('problem' in parsed) {
      problems.push({ ...where, message: parsed.problem });
    } else if (directives.length < MAX_DIRECTIVES) {
      const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
      const until =
        parsed.verb === 'ignore' ? next?.position?.end.line : parsed.verb === 'disable-next-line' ? (node.position?.end.line ?? start.line) + 1 : undefined;
      directives.push({ ...where, verb: parsed.verb, rules: parsed.rules, reason: parsed.reason, ...(until !== undefined ? { until } : {}) });
      if (MESSAGE_CONTROL_VERBS.has(parsed.verb)) {
        applied.set(node, parsed.attributes);
        changes.push(start.offset ?? 0);
        if (parsed.verb === 'ignore' && next?.position) changes.push(next.position.end.offset ?? 0);
      }
    } else if (!tooMany) {
      tooMany = true;
      problems.push({ ...where, message: `more than ${MAX_DIRECTIVES} mlsd-lint comments: this one and the rest are not applied` });
    }
  });

  const data = (file.data.mlsdLint ??= { results: {} });
  if (problems.length > 0) data.inlineProblems = problems;
  const results = data.results;
  const used = new Set<Directive>();
  if (directives.length > 0 && Object.keys(results).length > 0) {
    // one batch of probes: each rule at the representative blocks, then at its failing evidence
    const reps = representatives(bodyBlocks(tree), changes);
    const probes: Probe[] = [];
    const plan = Object.entries(results).map(([id, result]) => {
      const blocksFrom = probes.length;
      for (const b of reps) probes.push({ ruleId: id, line: b.position!.start.line, column: b.position!.start.column });
      const evidenceFrom = probes.length;
      const points = result.status === 'fail' ? result.evidence : [];
      for (const e of points) probes.push({ ruleId: id, line: e.line, column: e.column });
      return { id, result, blocksFrom, evidenceFrom, points: points.length };
    });
    // disable-next-line and disable-file are ours: unified-message-control sees only disable, enable and ignore
    const enabled = applied.size > 0 ? enabledAt(tree, file, probes, applied) : probes.map(() => true);

    const silenced = new Set<string>();
    const moved = new Map<string, Evidence>();
    const suppressions: Suppression[] = [];
    const record = (id: string, result: RuleResult, scope: Suppression['scope'], byDirective: Map<Directive, number[]>) => {
      for (const [d, lines] of byDirective) {
        if (result.status === 'fail') used.add(d);
        suppressions.push({ rule: id, line: d.line, column: d.column, directive: d.verb, reason: d.reason, scope, status: result.status, severity: result.severity, message: result.message, lines });
      }
    };
    for (const { id, result, blocksFrom, evidenceFrom, points } of plan) {
      const byFile = fileDirective(directives, id);
      if (byFile || (reps.length > 0 && reps.every((_, k) => !enabled[blocksFrom + k]))) {
        silenced.add(id);
        const failing = result.status === 'fail' ? result.evidence.map((e) => e.line) : [];
        const responsible = byFile ? [byFile] : reps.map((b) => attribute(directives, id, b.position!.start, false));
        const known = [...new Set(responsible.filter((d): d is Directive => d !== undefined))];
        // every body block is disabled, so some comment names the rule: the first such is the fallback
        const who = known.length > 0 ? known : directives.filter((d) => d.verb !== 'enable' && covers(d, id)).slice(0, 1);
        record(id, result, 'result', new Map(who.map((d, i) => [d, i === 0 ? failing : []])));
        continue;
      }
      if (points === 0) continue;
      const dropped = new Map<Directive, number[]>();
      const kept = result.evidence.filter((e, k) => {
        const on = enabled[evidenceFrom + k] && !nextLineDirective(directives, id, e.line);
        if (!on) {
          // the comment responsible; failing that (never expected), the first that names the rule: a silenced line is always recorded
          const d = attribute(directives, id, e, true) ?? directives.find((x) => x.verb !== 'enable' && covers(x, id));
          if (d) dropped.set(d, [...(dropped.get(d) ?? []), e.line]);
        }
        return on;
      });
      if (kept.length === points) continue;
      if (kept.length === 0) silenced.add(id);
      else {
        moved.set(id, kept[0]!);
      }
      record(id, result, kept.length === 0 ? 'result' : 'lines', dropped);
      if (kept.length > 0) {
        result.evidence = kept;
        result.line = kept[0]!.line;
        result.column = kept[0]!.column;
      }
    }
    if (suppressions.length > 0) data.suppressions = suppressions;
    if (silenced.size > 0) {
      for (const id of silenced) delete results[id];
      data.disabledInline = [...silenced]; // results run, and so are silenced, in catalog order
    }
    const before = file.messages;
    file.messages = [];
    for (const m of before) {
      const id = m.source === MARKER ? m.ruleId : undefined;
      if (id && silenced.has(id)) continue;
      const to = id ? moved.get(id) : undefined;
      if (!to) {
        file.messages.push(m);
        continue;
      }
      const again = file.message(m.reason, { place: { line: to.line, column: to.column }, ruleId: id, source: MARKER });
      Object.assign(again, { fatal: m.fatal, url: m.url });
    }
  }
  const unused = directives.filter((d) => d.verb !== 'enable' && !used.has(d)).map((d) => unusedDirective(d));
  if (unused.length > 0) data.unusedDirectives = unused;
  for (const p of problems) {
    const message = file.message(p.message, { place: { line: p.line, column: p.column }, ruleId: INLINE_PROBLEM, source: MARKER });
    message.fatal = true;
  }
}

/** ESLint's wording: "Unused eslint-disable directive (no problems were reported from 'x')". */
function unusedDirective(d: Directive): UnusedDirective {
  const from = d.rules.length > 0 ? ` from ${d.rules.join(', ')}` : '';
  return { line: d.line, column: d.column, message: `unused mlsd-lint ${d.verb} comment (no failure${from} was silenced here)` };
}

/** Which probes unified-message-control keeps, given the applied comments. */
function enabledAt(tree: Root, file: VFile, probes: readonly Probe[], applied: ReadonlyMap<Node, string>): boolean[] {
  const scratch = new VFile({ value: String(file.value ?? '') });
  const messages = probes.map((p) => ({ source: MARKER, ruleId: p.ruleId, line: p.line, column: p.column }));
  scratch.messages = messages as unknown as VFileMessage[];
  messageControl(tree, {
    file: scratch,
    name: MARKER,
    test: (node: unknown) => applied.has(node as Node),
    marker: (node: unknown) => {
      const attributes = applied.get(node as Node);
      return attributes === undefined ? undefined : { name: MARKER, attributes };
    },
  } as Parameters<typeof messageControl>[1]);
  const kept = new Set<unknown>(scratch.messages);
  return messages.map((m) => kept.has(m));
}

/**
 * unified plugin: apply inline control to the rules' results and messages.
 * Use it after the rules (the engine and the preset do).
 */
export default function mlsdLintInlineControl(options: InlineControlOptions = {}) {
  const known: KnownIds = options.known ? new Set(options.known) : ANY_ID;
  return (tree: Root, file: VFile): void => applyInlineControl(tree, file, known);
}
