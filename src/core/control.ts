/**
 * Inline control: HTML comments in a document turn rules off and on, with
 * remark-message-control semantics (unified-message-control decides which
 * places a comment covers):
 *
 *   <!-- mlsd-lint disable rule-id other-id -- why -->   off from here on
 *   <!-- mlsd-lint enable rule-id -->                    on again from here
 *   <!-- mlsd-lint ignore rule-id -->                    off for the next block only
 *
 * Without rule ids a comment applies to every rule. Text after ` -- ` is a
 * free-form reason and is not read.
 *
 * Our rules judge a whole document, so a comment acts on a rule's
 * structured result, not just on its message:
 *
 * - A rule disabled at the start of every block of the body (everything
 *   but front matter, the title and comments) is off for the document: its
 *   result is left out, pass or fail, and it is listed in `disabledInline`.
 * - A failure that points at lines (its evidence, e.g. each placeholder)
 *   loses the lines inside disabled places; it is silenced (left out and
 *   listed) when none is left, otherwise it is reported at the first line
 *   left.
 * - A failure about something missing has no line of its own: only
 *   disabling the rule for the whole document silences it.
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
import type { Evidence } from './types.js';

/** The comment marker name and the vfile message source of every rule. */
export const MARKER = 'mlsd-lint';
/** `ruleId` of the vfile messages that report inline problems. */
export const INLINE_PROBLEM = 'inline-config';
/** Comments applied per document; more is an inline problem. */
export const MAX_DIRECTIVES = 200;
/** Longer comments are not read as directives. */
const MAX_DIRECTIVE_LENGTH = 2000;
const VERBS = new Set(['disable', 'enable', 'ignore']);

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
  }
}

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

type Parsed = { attributes: string } | { problem: string } | undefined;

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
  const config = body.split(/(?:^|\s)--/, 1)[0] ?? '';
  const tokens = config.split(/[\s,]+/).filter(Boolean);
  const verb = tokens.shift();
  if (verb === undefined || !VERBS.has(verb)) {
    return { problem: `expected "disable", "enable" or "ignore" after "mlsd-lint"${verb === undefined ? '' : `, not "${verb}"`}` };
  }
  // "disable" alone means every rule; "disable ,,," names none: a typo, never "every rule"
  if (tokens.length === 0 && /[^\s]/.test(config.slice(config.indexOf(verb) + verb.length))) {
    return { problem: `"mlsd-lint ${verb}" names no rule: give rule ids ("mlsd-lint rules" lists them), or none at all for every rule` };
  }
  const unknown = tokens.find((t) => !known.has(t));
  if (unknown !== undefined) return { problem: `unknown rule "${unknown}" in an mlsd-lint comment ("mlsd-lint rules" lists them)` };
  return { attributes: [verb, ...tokens].join(' ') };
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
    } else if (applied.size < MAX_DIRECTIVES) {
      applied.set(node, parsed.attributes);
      changes.push(start.offset ?? 0);
      const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
      if (parsed.attributes.startsWith('ignore') && next?.position) changes.push(next.position.end.offset ?? 0);
    } else if (!tooMany) {
      tooMany = true;
      problems.push({ ...where, message: `more than ${MAX_DIRECTIVES} mlsd-lint comments: this one and the rest are not applied` });
    }
  });

  const data = (file.data.mlsdLint ??= { results: {} });
  if (problems.length > 0) data.inlineProblems = problems;
  const results = data.results;
  if (applied.size > 0 && Object.keys(results).length > 0) {
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
    const enabled = enabledAt(tree, file, probes, applied);

    const silenced = new Set<string>();
    const moved = new Map<string, Evidence>();
    for (const { id, result, blocksFrom, evidenceFrom, points } of plan) {
      if (reps.length > 0 && reps.every((_, k) => !enabled[blocksFrom + k])) {
        silenced.add(id);
        continue;
      }
      if (points === 0) continue;
      const kept = result.evidence.filter((_, k) => enabled[evidenceFrom + k]);
      if (kept.length === 0) silenced.add(id);
      else if (kept.length < points) {
        result.evidence = kept;
        result.line = kept[0]!.line;
        result.column = kept[0]!.column;
        moved.set(id, kept[0]!);
      }
    }
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
  for (const p of problems) {
    const message = file.message(p.message, { place: { line: p.line, column: p.column }, ruleId: INLINE_PROBLEM, source: MARKER });
    message.fatal = true;
  }
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
