/**
 * The document model, built once per file and shared by every rule:
 * sections (from headings) with their phase, and the document's sentences
 * with positions, their reading context (title, question, question list,
 * template outline, quoted prompt) and their lexicon hits, each with a
 * stance (asserted / negated / question / future / hypothetical).
 *
 * Excluded from sentences altogether: YAML / TOML front matter, fenced and
 * indented code, HTML (comments are invisible when rendered), images.
 */
import type { Root, RootContent, PhrasingContent, Table, List, ListItem } from 'mdast';
import { split as splitSentences } from 'sentence-splitter';
import { parseMarkdown, stripBom } from './parse.js';
import { tokenize, type Token } from './tokens.js';
import { matchTokens, type Hit } from './lexicon.js';
import { getLexicon } from './lexicons.js';
import { parseQuantities, type Quantity } from './quantities.js';
import { describesExisting, isQuestionText, isWholeQuestion, questionSpans, stanceOf, type Stance } from './reading.js';
import { PHASES, type Phase, type Evidence } from './types.js';
import { PHASE_CONTENT } from './phase-content.js';

export type BlockKind = 'paragraph' | 'heading' | 'table-row' | 'table-header';

export interface SentenceHit extends Hit {
  stance: Stance;
}

export interface Sentence {
  index: number;
  text: string;
  line: number;
  column: number;
  endLine: number;
  /** Innermost section (index into `sections`); 0 is the preamble. */
  section: number;
  block: BlockKind;
  /** List this sentence sits in (-1: none), its item and its place in the item. */
  list: number;
  item: number;
  itemSentence: number;
  /** Lead-in of the list ("Features:"), or the parent item's first sentence. */
  listLead: string;
  /** Header row text of the table, for table rows. */
  tableHeader: string;
  blockquote: boolean;
  /** The document title (first level-1 heading): never evidence. */
  title: boolean;
  question: boolean;
  /** An item of a list of questions (to ask the interviewer, open questions). */
  questionList: boolean;
  /** A bare outline item of an unfilled template, or an unchecked to-do item. */
  outline: boolean;
  /** Somebody else's words: a quoted interview prompt. */
  prompt: boolean;
  /** The sentence describes the system already in place. */
  existing: boolean;
  /** May serve as evidence at all (a body statement by the author). */
  evidence: boolean;
  tokens: Token[];
  hits: SentenceHit[];
  quantities: Quantity[];
}

export interface Section {
  index: number;
  /** Heading depth 1-6; 0 for the preamble before the first heading. */
  depth: number;
  title: string;
  line: number;
  column: number;
  parent: number;
  /** Sentence index range of the section and its subsections [start, end). */
  start: number;
  end: number;
  /** Phase named by the heading, or judged from the content. */
  phase: Phase | null;
  headingPhase: Phase | null;
  /** The heading marks a non-phase section (appendix, deep dives, follow-ups). */
  other: boolean;
  /** Where the phase comes from; "weak" content judgements do not order sections. */
  phaseSource: 'heading' | 'content' | 'weak' | 'parent' | null;
  /** Only a placeholder ("TBD") or nothing under the heading and its subsections. */
  empty: boolean;
}

export interface DocumentModel {
  /** Source text (BOM removed). */
  source: string;
  sections: Section[];
  sentences: Sentence[];
  /** Line of the first line after the front matter (1 when there is none). */
  bodyLine: number;
  /** The whole document reads as an unfilled outline. */
  template: boolean;
  /** Offsets where each line starts (for positions of raw-text findings). */
  lineStarts: number[];
  /** Source ranges a reader never sees as prose: code, front matter, HTML comments. */
  hidden: Array<[number, number]>;
}

interface Segment {
  t: number;
  s: number;
  /** Source length (a CRLF's \r left out): text past it (nodes without positions) maps to its end. */
  n: number;
}

interface Unit {
  text: string;
  segments: Segment[];
  block: BlockKind;
  section: number;
  list: number;
  item: number;
  listLead: string;
  tableHeader: string;
  blockquote: boolean;
  prompt: boolean;
  title: boolean;
  questionListItem: boolean;
  /** An unchecked task-list item ("- [ ] A/B test plan"): a to-do, not a statement. */
  todo: boolean;
}

/** A turn of the interviewer in a transcript: "**Interviewer:** ...", "Q: ...", "Interviewer (Sam): ...". */
const INTERVIEWER_TURN = /^[\s*_]*(?:interviewer|interviewers|panel|panelist|hiring manager|q)\b[^:\n]{0,30}:/i;

const PLACEHOLDER_ONLY = /^\s*(tbd|todo|tba|fixme|wip|n\/a|\?+|\.{3}|…|-+|coming soon|to be (written|done|determined|decided)|lorem ipsum.*|\[insert[^\]]*\]|<fill[^>]*>)\s*[.!]*\s*$/i;

class Builder {
  readonly units: Unit[] = [];
  readonly sections: Section[] = [];
  readonly hidden: Array<[number, number]> = [];
  private section = 0;
  private listCount = 0;
  private sawTitle = false;
  readonly lineStarts: number[];

  constructor(private readonly source: string) {
    this.lineStarts = [0];
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13 && source.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
    this.sections.push({ index: 0, depth: 0, title: '', line: 1, column: 1, parent: -1, start: 0, end: 0, phase: null, headingPhase: null, phaseSource: null, other: false, empty: true });
  }

  private hide(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) this.hidden.push([start, end]);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  /** Append phrasing content as text, remembering where each piece came from. */
  private inline(nodes: readonly PhrasingContent[], acc: { text: string; segments: Segment[] }): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          this.appendMapped(node.value, node.position?.start.offset, node.position?.end.offset, acc);
          break;
        case 'inlineCode': {
          const start = node.position?.start.offset;
          const ticks = start === undefined ? 0 : /^`+/.exec(this.source.slice(start, start + 16))?.[0].length ?? 1;
          acc.text += ' ';
          this.appendMapped(node.value, start === undefined ? undefined : start + ticks, node.position?.end.offset, acc);
          acc.text += ' ';
          break;
        }
        case 'break':
          acc.text += '\n';
          break;
        case 'emphasis':
        case 'strong':
        case 'link':
        case 'linkReference':
          this.inline(node.children, acc);
          break;
        case 'delete':
          // struck-through text is withdrawn by its author
          acc.text += ' ';
          break;
        case 'html':
          if (node.value.startsWith('<!--')) this.hide(node);
          acc.text += ' ';
          break;
        default:
          // images, footnote references: not prose
          acc.text += ' ';
      }
    }
  }

  private appendMapped(value: string, start: number | undefined, end: number | undefined, acc: { text: string; segments: Segment[] }): void {
    if (start === undefined) {
      acc.text += value;
      return;
    }
    const limit = end ?? this.source.length;
    let cursor = start;
    const lines = value.split('\n');
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k]!;
      if (k > 0) acc.text += '\n';
      let at = cursor;
      if (k > 0) {
        // continuation lines lose their indentation in mdast: find them again
        // (an empty last line too: it starts the next line, not at the \n of a CRLF)
        // (a CRLF document keeps the \r in values: leave it out of the probe)
        const probe = line.slice(0, Math.min(line.length, 24)).replace(/\r$/, '');
        // search the rest of this source line and the next one only: an
        // unbounded search is quadratic where the probe is not in the source
        const next = this.position(cursor).line;
        const windowEnd = Math.min(limit, (this.lineStarts[next + 1] ?? this.source.length) + probe.length);
        const found = probe.length > 0 ? this.source.slice(cursor, windowEnd).indexOf(probe) : -1;
        // not found (trailing spaces dropped, entities): the next line's start, not this line's end
        at = found >= 0 ? cursor + found : Math.max(cursor, Math.min(limit, this.lineStarts[next] ?? cursor));
      }
      acc.segments.push({ t: acc.text.length, s: at, n: line.endsWith('\r') ? line.length - 1 : line.length });
      acc.text += line;
      cursor = at + line.length;
    }
  }

  private pushUnit(acc: { text: string; segments: Segment[] }, block: BlockKind, ctx: Ctx, extra: Partial<Unit> = {}): void {
    const text = blankFormulas(acc.text);
    if (text.trim().length === 0) return;
    this.units.push({
      text,
      segments: acc.segments,
      block,
      section: this.section,
      list: ctx.list,
      item: ctx.item,
      listLead: ctx.listLead,
      tableHeader: '',
      blockquote: ctx.blockquote,
      prompt: ctx.prompt,
      title: false,
      questionListItem: false,
      todo: ctx.todo,
      ...extra,
    });
  }

  walk(nodes: readonly RootContent[], ctx: Ctx): void {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      switch (node.type) {
        case 'heading': {
          const acc = { text: '', segments: [] as Segment[] };
          this.inline(node.children, acc);
          const title = node.depth === 1 && !this.sawTitle && ctx.list < 0 && !ctx.blockquote;
          if (title) this.sawTitle = true;
          const pos = node.position ? this.position(node.position.start.offset!) : { line: 1, column: 1 };
          const depth = node.depth;
          let parent = this.sections.length - 1;
          while (parent > 0 && this.sections[parent]!.depth >= depth) parent = this.sections[parent]!.parent;
          this.section = this.sections.length;
          this.sections.push({
            index: this.section,
            depth,
            title: acc.text.replace(/\s+/g, ' ').trim(),
            line: pos.line,
            column: pos.column,
            parent,
            start: 0,
            end: 0,
            phase: null,
            headingPhase: null,
            phaseSource: null,
            other: false,
            empty: true,
          });
          this.pushUnit(acc, 'heading', ctx, { title });
          break;
        }
        case 'paragraph': {
          const acc = { text: '', segments: [] as Segment[] };
          this.inline(node.children, acc);
          // an interviewer's turn is somebody else's words (reading rule 9):
          // "Interviewer: we're almost out of time" states nothing of the design
          this.pushUnit(acc, 'paragraph', ctx, INTERVIEWER_TURN.test(acc.text) ? { prompt: true } : {});
          break;
        }
        case 'list':
          this.list(node, ctx, leadOf(nodes, i, ctx));
          break;
        case 'table':
          this.table(node, ctx);
          break;
        case 'blockquote': {
          const start = node.position?.start.offset ?? 0;
          let end = node.position?.end.offset ?? 0;
          // nested: its later lines were read with the outer quote, only its first line is new
          if (ctx.blockquote) end = Math.min(end, this.lineStarts[this.position(start).line] ?? end);
          const text = this.source.slice(start, end);
          const prompt = ctx.prompt || /\b(interviewer|prompt|question)\b|^[^\w\n\r\u2028\u2029]*design (an?|the)\b/im.test(text.replace(/^[\s>]+/gm, ''));
          this.walk(node.children, { ...ctx, blockquote: true, prompt });
          break;
        }
        case 'footnoteDefinition':
          this.walk(node.children, ctx);
          break;
        case 'code':
        case 'yaml':
          this.hide(node);
          break;
        case 'html':
          if (node.value.startsWith('<!--')) this.hide(node);
          break;
        default:
          // toml front matter, thematic breaks, definitions
          if ((node.type as string) === 'toml') this.hide(node);
          break;
      }
    }
  }

  private list(node: List, ctx: Ctx, lead: string): void {
    const id = this.listCount++;
    const firstUnit = this.units.length;
    const itemFirstUnits: number[] = [];
    node.children.forEach((item: ListItem, k: number) => {
      itemFirstUnits.push(this.units.length);
      const itemCtx: Ctx = { ...ctx, list: id, item: k, listLead: lead, todo: ctx.todo || item.checked === false };
      // nested lists inside an item take the item's first sentence as lead-in
      const children = item.children;
      for (let c = 0; c < children.length; c++) {
        const child = children[c]!;
        if (child.type === 'list') {
          const parentText = this.units.length > itemFirstUnits[k]! ? this.units[itemFirstUnits[k]!]!.text : lead;
          this.list(child, itemCtx, parentText.trim());
        } else {
          this.walk([child], itemCtx);
        }
      }
    });
    // A list of questions: most items open with a question, or its lead-in
    // or its section says these are questions to ask.
    const firsts = itemFirstUnits.map((u) => this.units[u]).filter((u): u is Unit => u !== undefined && u.list === id);
    const questions = firsts.filter((u) => isQuestionText(firstSentenceText(u.text))).length;
    const heading = this.sections[this.section]?.title ?? '';
    const leadSaysQuestions = /\bquestions?\b|\bask(ed|ing)?\b|\bunknowns?\b|\bto clarify\b/i.test(lead) && !/\banswer/i.test(lead);
    const headingSaysQuestions = /\bquestions\b|\bquestions to ask\b|\bopen question\b/i.test(heading) && !isQuestionText(heading);
    const saysQuestions = leadSaysQuestions || headingSaysQuestions;
    const isQuestionList = firsts.length > 0 && (questions * 2 > firsts.length || saysQuestions);
    if (!isQuestionList) return;
    const itemFirsts = new Set(itemFirstUnits);
    for (let u = firstUnit; u < this.units.length; u++) {
      const unit = this.units[u]!;
      // A list that is questions only by the form of most items keeps its
      // statements: "- is it classification? ask / - the answer must come
      // back in under 1 s / - who are the users? ask" states the latency.
      if (unit.list === id && itemFirsts.has(u) && (saysQuestions || isQuestionText(firstSentenceText(unit.text)))) unit.questionListItem = true;
    }
  }

  private table(node: Table, ctx: Ctx): void {
    let header = '';
    node.children.forEach((row, r) => {
      const acc = { text: '', segments: [] as Segment[] };
      row.children.forEach((cell, c) => {
        if (c > 0) acc.text += ' | ';
        this.inline(cell.children, acc);
      });
      if (r === 0) header = acc.text.replace(/\s+/g, ' ').trim();
      this.pushUnit(acc, r === 0 ? 'table-header' : 'table-row', ctx, { tableHeader: header });
    });
  }

  toSource(unit: Unit, textOffset: number): number {
    const segs = unit.segments;
    if (segs.length === 0) return 0;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid]!.t <= textOffset) lo = mid;
      else hi = mid - 1;
    }
    const seg = segs[lo]!;
    return seg.s + Math.min(seg.n, Math.max(0, textOffset - seg.t));
  }
}

/**
 * TeX formulas ("$$\\sum_i w_i$$", "$O(kd)$") are not prose: blanked with
 * spaces of the same length, so offsets stay true. A single "$" needs
 * non-space on both inner sides, so "$5 and $10" stays text. Bounded runs
 * without "$" keep the scan linear.
 */
const FORMULA = /\$\$[^$]{1,4000}\$\$|\$(?=[^\s$])[^$\n]{1,300}?(?<=[^\s$])\$(?!\d)/g;

function blankFormulas(text: string): string {
  return text.includes('$') ? text.replace(FORMULA, (m) => ' '.repeat(m.length)) : text;
}

interface Ctx {
  todo: boolean;
  list: number;
  item: number;
  listLead: string;
  blockquote: boolean;
  prompt: boolean;
}

interface SentenceSpan {
  raw: string;
  range: readonly [number, number];
}

/**
 * sentence-splitter reads "week 9. A random split" as one sentence (it takes
 * "9." for a number); a number, a period, white space and a capital is a
 * boundary in design prose, so such sentences are split once more.
 */
const NUMBER_END = /\d[%)]?\.(?=\s+["“(]?[A-Z])/g;

export function sentenceSpans(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const node of splitSentences(text)) {
    if (node.type !== 'Sentence') continue;
    const [start] = node.range;
    let from = 0;
    NUMBER_END.lastIndex = 0;
    for (let m = NUMBER_END.exec(node.raw); m !== null; m = NUMBER_END.exec(node.raw)) {
      const cut = m.index + m[0].length;
      out.push({ raw: node.raw.slice(from, cut), range: [start + from, start + cut] });
      from = cut;
    }
    out.push({ raw: node.raw.slice(from), range: [start + from, node.range[1]] });
  }
  return out;
}

function firstSentenceText(text: string): string {
  return sentenceSpans(text)[0]?.raw ?? text;
}

/**
 * The sentence that introduces a list: the last sentence of the paragraph
 * right before it. A bare speaker label ("**Me:**") is not a lead-in, so the
 * paragraph before it is read too ("What signals would you use?").
 */
function leadOf(nodes: readonly RootContent[], i: number, ctx: Ctx): string {
  const parts: string[] = [];
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const prev = nodes[k];
    if (!prev || prev.type !== 'paragraph') break;
    const text = plain(prev.children).trim();
    const spans = sentenceSpans(text);
    parts.unshift((spans.length > 0 ? spans[spans.length - 1]!.raw : text).trim());
    if (text.split(/\s+/).length > 3) break;
  }
  return parts.length > 0 ? parts.join(' ') : ctx.listLead;
}

function plain(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text' || n.type === 'inlineCode') out += n.value;
    else if ('children' in n) out += plain(n.children as PhrasingContent[]);
  }
  return out;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface BuildOptions {
  /** Clip quoted evidence to this many characters (default 240). */
  maxQuote?: number;
}

/** Build the model of one Markdown document. */
export function buildDocument(input: string, tree?: Root): DocumentModel {
  const source = stripBom(input);
  const root = tree ?? parseMarkdown(source);
  const b = new Builder(source);
  const front = root.children[0];
  const bodyLine = front && (front.type === 'yaml' || (front.type as string) === 'toml') ? (front.position?.end.line ?? 0) + 1 : 1;
  b.walk(root.children, { list: -1, item: -1, listLead: '', blockquote: false, prompt: false, todo: false });

  const lexicon = getLexicon();
  const sentences: Sentence[] = [];
  let currentItemKey = '';
  let itemSentence = 0;
  let questionItemKey = '';
  for (const unit of b.units) {
    const raw: SentenceSpan[] = unit.block === 'paragraph' ? sentenceSpans(unit.text) : [{ raw: unit.text, range: [0, unit.text.length] }];
    const itemKey = unit.list >= 0 ? `${unit.list}:${unit.item}` : '';
    if (itemKey !== currentItemKey) {
      currentItemKey = itemKey;
      itemSentence = 0;
    }
    if (unit.questionListItem) questionItemKey = itemKey;
    for (const part of raw) {
      const lead = part.raw.length - part.raw.trimStart().length;
      const text = collapse(part.raw);
      if (text.length === 0) continue;
      const startOffset = b.toSource(unit, part.range[0] + lead);
      const endOffset = b.toSource(unit, Math.max(part.range[0], part.range[1] - 1));
      const start = b.position(startOffset);
      const tokens = tokenize(text);
      // A table row is a record, not a sentence: a question in its "why"
      // column does not make its metric a question.
      const spans = unit.block === 'table-row' || unit.block === 'table-header' ? [] : questionSpans(text);
      const question = isWholeQuestion(text, spans);
      // In a question list, an item's first sentence is the question; what
      // follows it in the same item is the answer and counts.
      const questionList = itemKey !== '' && itemKey === questionItemKey && itemSentence === 0;
      const s: Sentence = {
        index: sentences.length,
        text,
        line: start.line,
        column: start.column,
        endLine: b.position(endOffset).line,
        section: unit.section,
        block: unit.block,
        list: unit.list,
        item: unit.item,
        itemSentence,
        listLead: unit.listLead,
        tableHeader: unit.tableHeader,
        blockquote: unit.blockquote,
        title: unit.title,
        question,
        questionList,
        outline: unit.todo,
        prompt: unit.prompt,
        existing: describesExisting(tokens),
        evidence: false,
        tokens,
        hits: [],
        quantities: parseQuantities(tokens, text),
      };
      // quoted prompts are somebody else's words: read like questions
      const quoted = mergeSpans([...longQuotes(text), ...spans]);
      s.hits = matchTokens(tokens, lexicon, text).map((h) => ({
        ...h,
        stance: stanceOf(tokens, h.start, h.end, question || insideSpan(quoted, h.charStart, h.charEnd)),
      }));
      // numbers are read like terms: "we do not need it within 100 ms" states no latency
      for (const q of s.quantities) {
        q.stance = stanceOf(tokens, q.start, q.end, question || insideSpan(quoted, tokens[q.start]!.start, tokens[q.end - 1]!.end));
      }
      sentences.push(s);
      if (unit.list >= 0) itemSentence++;
    }
  }

  const template = markTemplate(sentences);
  for (const s of sentences) {
    s.evidence = !s.title && s.block !== 'heading' && s.block !== 'table-header' && !s.question && !s.questionList && !s.outline && !s.prompt;
  }
  const sections = b.sections;
  markOutlineSections(sections, sentences);
  assignRanges(sections, sentences);
  // A heading other than the title is evidence when its section has content
  // ("## Training with Adam"); the headings of an unfilled outline are not.
  for (const s of sentences) {
    if (s.block !== 'heading' || s.title || s.question || s.prompt) continue;
    const sec = sections[s.section];
    if (sec && !sec.empty) s.evidence = true;
  }
  assignPhases(sections, sentences);
  return { source, sections, sentences, bodyLine, template, lineStarts: b.lineStarts, hidden: b.hidden };
}

/** Character spans of quotations of six words or more: somebody else's words. */
function longQuotes(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = /"([^"]{20,})"|“([^“”]{20,})”/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const inner = m[1] ?? m[2] ?? '';
    if (inner.trim().split(/\s+/).length >= 6) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** Sorted, disjoint spans covering the same characters. */
function mergeSpans(spans: Array<[number, number]>): Array<[number, number]> {
  spans.sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [a, z] of spans) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], z);
    else out.push([a, z]);
  }
  return out;
}

/** Is [a, z) inside one of the sorted, disjoint spans? (binary search) */
function insideSpan(spans: ReadonlyArray<[number, number]>, a: number, z: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [sa, sz] = spans[mid]!;
    if (sz < a) lo = mid + 1;
    else if (sa > a) hi = mid - 1;
    else return z <= sz;
  }
  return false;
}

/**
 * An unfilled template: nearly all body text is bare outline items (short
 * labels, no numbers, no sentence punctuation) and there is almost no prose.
 */
function markTemplate(sentences: Sentence[]): boolean {
  const body = sentences.filter((s) => !s.title && s.block !== 'heading');
  if (body.length === 0) return false;
  const bare = (s: Sentence): boolean =>
    s.list >= 0 && s.tokens.length <= 6 && !/[\d:;,.!]/.test(s.text.replace(/[.:]\s*$/, '')) && !/[.!]$/.test(s.text);
  const outline = body.filter(bare);
  const prose = body.filter((s) => s.tokens.length >= 10 && !bare(s));
  const template = outline.length >= 5 && outline.length >= body.length * 0.7 && prose.length <= 3;
  if (template) for (const s of outline) s.outline = true;
  return template;
}

/** "- Rollout", "- Monitoring": a list item that is only a heading word, an unfilled outline entry. */
function bareOutlineItem(s: Sentence): boolean {
  if (s.list < 0 || s.tokens.length > 3 || s.tokens.length === 0) return false;
  const covered = new Array<boolean>(s.tokens.length).fill(false);
  for (const h of s.hits) if (h.group === 'phase-cue') for (let k = h.start; k < h.end; k++) covered[k] = true;
  return covered.every(Boolean);
}

/** A section whose own content is only bare heading words ("- Rollout", "- Monitoring") is an unfilled outline. */
function markOutlineSections(sections: readonly Section[], sentences: Sentence[]): void {
  const own = new Map<number, Sentence[]>();
  for (const s of sentences) {
    if (s.block === 'heading') continue;
    const list = own.get(s.section) ?? [];
    list.push(s);
    own.set(s.section, list);
  }
  for (const sec of sections) {
    const content = own.get(sec.index);
    if (sec.depth === 0 || !content || !content.every(bareOutlineItem)) continue;
    for (const s of content) {
      s.outline = true;
      s.evidence = false;
    }
  }
}

function assignRanges(sections: Section[], sentences: Sentence[]): void {
  // sentences are in document order, and so are sections
  const firstOf = new Array<number>(sections.length).fill(-1);
  for (const s of sentences) if (firstOf[s.section] === -1) firstOf[s.section] = s.index;
  // first sentence of section k or of the first later section that has one (-1: none)
  const firstFrom = new Array<number>(sections.length + 1).fill(-1);
  for (let k = sections.length - 1; k >= 0; k--) firstFrom[k] = firstOf[k]! >= 0 ? firstOf[k]! : firstFrom[k + 1]!;
  for (let i = 0; i < sections.length; i++) {
    const sec = sections[i]!;
    let start = firstOf[i]!;
    if (start === -1) {
      // a heading with no sentences of its own: start where the next section does
      start = firstFrom[i + 1]! >= 0 ? firstFrom[i + 1]! : sentences.length;
    }
    let end = sentences.length;
    for (let k = i + 1; k < sections.length; k++) {
      if (sec.depth === 0 || sections[k]!.depth <= sec.depth) {
        end = firstFrom[k]! >= 0 ? firstFrom[k]! : sentences.length;
        break;
      }
    }
    sec.start = start;
    sec.end = Math.max(start, end);
    const content = sentences.slice(sec.start, sec.end).filter((s) => s.block !== 'heading');
    sec.empty = content.every((s) => PLACEHOLDER_ONLY.test(s.text) || bareOutlineItem(s));
  }
}

const PHASE_CUES: Record<string, Phase | 'evaluation' | 'other'> = {
  'cue-clarify': 'clarify',
  'cue-data': 'data',
  'cue-model': 'model',
  'cue-evaluation': 'evaluation',
  'cue-production': 'production',
  'cue-other': 'other',
};

const CONTENT_PHASE = new Map<string, Phase>(PHASES.flatMap((p) => PHASE_CONTENT[p].map((c) => [c, p] as [string, Phase])));

/** Distinct content concepts of each phase in a run of sentences. */
function contentPhaseCounts(sentences: readonly Sentence[]): Record<Phase, number> {
  const counts: Record<Phase, number> = { clarify: 0, data: 0, model: 0, production: 0 };
  for (const s of sentences) {
    if (s.block === 'heading' || s.title) continue;
    const seen = new Set<string>();
    for (const h of s.hits) {
      if (seen.has(h.concept) || h.stance !== 'asserted') continue;
      seen.add(h.concept);
      const phase = CONTENT_PHASE.get(h.concept);
      if (phase) counts[phase]++;
    }
  }
  return counts;
}

function dominant(counts: Record<Phase, number>, among: readonly Phase[] = PHASES, min = 2): Phase | null {
  let best: Phase | null = null;
  let bestCount = 0;
  let second = 0;
  for (const p of among) {
    const c = counts[p];
    if (c > bestCount) {
      second = bestCount;
      bestCount = c;
      best = p;
    } else if (c > second) second = c;
  }
  if (bestCount < min || bestCount < second * 1.5) return among.length < PHASES.length && best ? best : null;
  return best;
}

/** Content clearly about one phase: three distinct concepts, twice any other phase. */
function strongly(counts: Record<Phase, number>, phase: Phase): boolean {
  return counts[phase] >= 3 && PHASES.every((p) => p === phase || counts[phase] >= 2 * counts[p]);
}

function assignPhases(sections: Section[], sentences: Sentence[]): void {
  for (const sec of sections) {
    if (sec.depth === 0) continue;
    // a section's heading sentence, if any, is its first sentence (a find over all sentences per section is quadratic)
    const first = sentences[sec.start];
    const heading = first && first.section === sec.index && first.block === 'heading' ? first : undefined;
    // the title names the system, not a phase
    if (heading?.title) continue;
    const cues = new Set<Phase | 'evaluation' | 'other'>();
    for (const h of heading?.hits ?? []) {
      const cue = PHASE_CUES[h.concept];
      if (cue) cues.add(cue);
    }
    const phases = PHASES.filter((p) => cues.has(p));
    sec.other = cues.has('other') && phases.length === 0;
    const own = sentences.slice(sec.start, sec.end);
    const counts = contentPhaseCounts(own);
    if (phases.length === 1) {
      sec.headingPhase = phases[0]!;
    } else if (phases.length > 1) {
      sec.headingPhase = dominant(counts, phases, 0) ?? phases[phases.length - 1]!;
    } else if (cues.has('evaluation')) {
      // "Evaluation": offline evaluation belongs with the model; going live
      // (A/B tests, rollout, monitoring) with production.
      sec.headingPhase = counts.production > counts.model ? 'production' : 'model';
    }
    if (sec.headingPhase) {
      sec.phase = sec.headingPhase;
      sec.phaseSource = 'heading';
    } else if (!cues.has('other') && sec.title !== '' && !(sec.depth === 1 && sec.index === firstHeadingIndex(sections))) {
      sec.phase = dominant(counts);
      if (sec.phase) sec.phaseSource = strongly(counts, sec.phase) ? 'content' : 'weak';
    }
  }
  // subsections with no phase of their own take their parent's
  for (const sec of sections) {
    if (sec.phase === null && sec.parent > 0 && !sec.headingPhase) {
      const parent = sections[sec.parent]!;
      if (parent.phase && parent.depth > 1) {
        sec.phase = parent.phase;
        sec.phaseSource = 'parent';
      }
    }
  }
}

function firstHeadingIndex(sections: readonly Section[]): number {
  return sections.length > 1 ? 1 : -1;
}

/** The phase a sentence belongs to: its section's, or the nearest ancestor's. */
export function phaseOf(doc: DocumentModel, s: Sentence): Phase | null {
  let sec: Section | undefined = doc.sections[s.section];
  while (sec) {
    if (sec.phase) return sec.phase;
    sec = sec.parent >= 0 ? doc.sections[sec.parent] : undefined;
  }
  return null;
}

/** Line and column (1-based) of a source offset. */
export function positionAt(doc: DocumentModel, offset: number): { line: number; column: number } {
  const starts = doc.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** Evidence for a sentence, quoted and clipped. */
export function evidenceOf(s: Sentence, maxQuote = 240): Evidence {
  const text = s.text.length > maxQuote ? `${s.text.slice(0, maxQuote - 1)}…` : s.text;
  return { line: s.line, column: s.column, text };
}
