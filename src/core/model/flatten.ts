/**
 * Flattening mdast into text units: each paragraph, heading and table row
 * becomes one unit of plain text, with an offset map back to the source
 * (mdast drops indentation, markup and entities, so a unit's text and the
 * source differ) and its reading context (list, item, lead-in, blockquote,
 * quoted prompt, to-do item). Sections are opened at each heading.
 *
 * Left out of the text: YAML / TOML front matter, fenced and indented code,
 * HTML (comments are invisible when rendered; their ranges are `hidden`),
 * images, struck-through text.
 */
import type { RootContent, PhrasingContent, Table, List, ListItem, Emphasis } from 'mdast';
import { questionListItems } from '../questions.js';
import { lastAtOrBefore, lineStartsOf, positionIn } from '../line-index.js';
import { firstSentenceText, sentenceSpans } from './sentences.js';
import type { BlockKind, Section } from './types.js';

export interface Segment {
  t: number;
  s: number;
  /** Source length (a CRLF's \r left out): text past it (nodes without positions) maps to its end. */
  n: number;
}

export interface Unit {
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
  /** Share of the unit's text that is link text (0-1). */
  linkShare: number;
  /** The unit's text opens with a link ("[Training](03-training.md) - losses, optimizers"). */
  opensWithLink: boolean;
  /** Navigation (reading rule 10): a table of contents, a chapter index, a bare link. */
  navigation: boolean;
}

/** Text being gathered for a unit, with how much of it is link text and where the first link starts. */
interface Acc {
  text: string;
  segments: Segment[];
  linked?: number;
  firstLink?: number;
  /** Ends the unit gathered so far at a hard line break and starts the next (paragraphs only). */
  onBreak?: () => void;
}

/** A unit at least this much link text is a bare link (a "further reading" line, a TOC entry). */
const BARE_LINK_SHARE = 0.8;
/** A list or table is an index when this share of its items or rows opens with a link (and it has a few). */
const INDEX_SHARE = 2 / 3;
const INDEX_MIN_ITEMS = 3;

export interface Ctx {
  todo: boolean;
  list: number;
  item: number;
  listLead: string;
  blockquote: boolean;
  prompt: boolean;
}

export class Builder {
  readonly units: Unit[] = [];
  readonly sections: Section[] = [];
  readonly hidden: Array<[number, number]> = [];
  private section = 0;
  private listCount = 0;
  private sawTitle = false;
  /** The document is a template whose sections open with italic guidance (templateGuidance): all its italic-only guidance is dropped. */
  private template = false;
  /** A transcript whose speakers go by initials ("**I:** ...", "**C:** ..."): "I:" opens the interviewer's turns. */
  private initialsTranscript = false;
  readonly lineStarts: number[];

  constructor(private readonly source: string) {
    this.lineStarts = lineStartsOf(source);
    this.sections.push({ index: 0, depth: 0, title: '', line: 1, column: 1, parent: -1, start: 0, end: 0, phase: null, headingPhase: null, phaseSource: null, other: false, discussion: false, framing: false, topicContainer: false, empty: true });
  }

  /** Read the document's shape once before walking it: is it a template with italic guidance under its headings? */
  prepare(nodes: readonly RootContent[]): void {
    this.template = templateGuidance(nodes);
    this.initialsTranscript = INITIAL_TURN_I.test(this.source) && INITIAL_TURN_C.test(this.source);
  }

  private hide(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) this.hidden.push([start, end]);
  }

  position(offset: number): { line: number; column: number } {
    return positionIn(this.lineStarts, offset);
  }

  /** Append phrasing content as text, remembering where each piece came from. */
  private inline(nodes: readonly PhrasingContent[], acc: Acc): void {
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
          // a hard line break ends a line of its own ("Business goal: ...⏎ML task: ..."): where the
          // unit allows it, what follows is a new unit; elsewhere (headings, cells) it is a space
          if (acc.onBreak) acc.onBreak();
          else acc.text += '\n';
          break;
        case 'emphasis':
          // "Offline metric: *e.g. precision, recall*": a template's guidance as the label's value
          // is not the author's text; the label is left with no value (reading.ts reads it as open)
          if (this.guidanceValue(node, acc)) acc.text += ' ';
          else this.inline(node.children, acc);
          break;
        case 'strong':
          this.inline(node.children, acc);
          break;
        case 'link':
        case 'linkReference': {
          const before = acc.text.length;
          acc.firstLink ??= before;
          this.inline(node.children, acc);
          acc.linked = (acc.linked ?? 0) + acc.text.length - before;
          break;
        }
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

  /** An italic value right after a short label ("Scale: *modules per shift*"), in a template or worded as guidance. */
  private guidanceValue(node: { children: readonly PhrasingContent[] }, acc: Acc): boolean {
    const label = /^\s*([^:\n]{1,40}):\s*$/.exec(acc.text);
    if (!label || label[1]!.trim().split(/\s+/).length > LABEL_WORDS) return false;
    return this.template || GUIDANCE_VALUE.test(emphasisText(node).trim());
  }

  private appendMapped(value: string, start: number | undefined, end: number | undefined, acc: Acc): void {
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

  private pushUnit(acc: Acc, block: BlockKind, ctx: Ctx, extra: Partial<Unit> = {}): void {
    const text = blankFormulas(acc.text);
    const visible = text.trim().length;
    if (visible === 0) return;
    const linkShare = Math.min(1, (acc.linked ?? 0) / visible);
    const lead = text.length - text.trimStart().length;
    // "1. [Intro](#intro)": a number or bullet-like mark may stand before the link
    const opensWithLink = acc.firstLink !== undefined && /^[\s\d.)#*|:-]*$/.test(text.slice(lead, acc.firstLink));
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
      linkShare,
      opensWithLink,
      navigation: block !== 'heading' && linkShare >= BARE_LINK_SHARE,
      ...extra,
    });
  }

  /** Mark the units from `first` on as navigation when most of the given ones open with a link (an index). */
  private markIndex(items: readonly Unit[], first: number): void {
    if (items.length < INDEX_MIN_ITEMS || items.filter((u) => u.opensWithLink || u.linkShare >= BARE_LINK_SHARE).length < items.length * INDEX_SHARE) return;
    for (let u = first; u < this.units.length; u++) this.units[u]!.navigation = true;
  }

  walk(nodes: readonly RootContent[], ctx: Ctx): void {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      switch (node.type) {
        case 'heading': {
          const acc: Acc = { text: '', segments: [] };
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
            discussion: false,
            framing: false,
            topicContainer: false,
            empty: true,
          });
          this.pushUnit(acc, 'heading', ctx, { title });
          break;
        }
        case 'paragraph': {
          // a template's guidance to the author ("*Hint: rollout, monitoring, retraining.*") is not the
          // author's text: like an HTML comment it is neither evidence nor content of its section
          if (isGuidance(node, this.template)) break;
          const acc: Acc = { text: '', segments: [] };
          // an interviewer's turn is somebody else's words (reading rule 9): "Interviewer: we're
          // almost out of time" states nothing of the design; it stays theirs across its line breaks
          let prompt: boolean | undefined;
          const push = (): void => {
            prompt ??= INTERVIEWER_TURN.test(acc.text) || (this.initialsTranscript && INITIAL_TURN_I.test(acc.text));
            this.pushUnit(acc, 'paragraph', ctx, prompt ? { prompt: true } : {});
          };
          acc.onBreak = () => {
            push();
            acc.text = '';
            acc.segments = [];
            acc.linked = undefined;
            acc.firstLink = undefined;
          };
          this.inline(node.children, acc);
          acc.onBreak = undefined;
          push();
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
    // A list of questions (questions.ts): its items' first sentences are questions, what follows them answers.
    const firsts = itemFirstUnits.map((u) => this.units[u]).filter((u): u is Unit => u !== undefined && u.list === id);
    const heading = this.sections[this.section]?.title ?? '';
    const asked = questionListItems(firsts.map((u) => firstSentenceText(u.text)), lead, heading);
    firsts.forEach((unit, k) => {
      if (asked[k]) unit.questionListItem = true;
    });
    // a table of contents or a page index: most items open with a link
    this.markIndex(firsts, itemFirstUnits[0] ?? this.units.length);
  }

  private table(node: Table, ctx: Ctx): void {
    const first = this.units.length;
    let header = '';
    node.children.forEach((row, r) => {
      const acc: Acc = { text: '', segments: [] };
      row.children.forEach((cell, c) => {
        if (c > 0) acc.text += ' | ';
        this.inline(cell.children, acc);
      });
      if (r === 0) header = acc.text.replace(/\s+/g, ' ').trim();
      // a row opens with a link when one of its cells does: the index's page column
      if (acc.firstLink !== undefined) acc.firstLink = rowCellStart(acc.text, acc.firstLink);
      this.pushUnit(acc, r === 0 ? 'table-header' : 'table-row', ctx, { tableHeader: header });
    });
    // a chapter or page index: most rows link to another page
    const rows = this.units.slice(first).filter((u) => u.block === 'table-row');
    this.markIndex(rows, first);
  }

  toSource(unit: Unit, textOffset: number): number {
    const segs = unit.segments;
    if (segs.length === 0) return 0;
    // the segment the offset falls in: the last one starting at or before it (the first when none does)
    const seg = segs[Math.max(0, lastAtOrBefore(segs, (g) => g.t, textOffset))]!;
    return seg.s + Math.min(seg.n, Math.max(0, textOffset - seg.t));
  }
}

/**
 * TeX formulas ("$$\\sum_i w_i$$", "$O(kd)$") are not prose: blanked with
 * spaces of the same length, so offsets stay true. A single "$" needs
 * non-space on both inner sides, so "$5 and $10" stays text. Bounded runs
 * without "$" keep the scan linear.
 */
/** Where the cell holding `offset` starts in a row's text ("a | b | c"), so a link that opens a cell opens the row. */
function rowCellStart(text: string, offset: number): number {
  const bar = text.lastIndexOf(' | ', offset);
  return bar < 0 ? 0 : bar + 3 <= offset && /^\s*$/.test(text.slice(bar + 3, offset)) ? 0 : offset;
}

/**
 * Turns by initials, at the start of a line: "**I:** ..." (the interviewer)
 * and "**C:** ..." (the candidate). "I:" reads as the interviewer only where
 * both occur: elsewhere a line may open with "I: text query" for an input.
 */
const INITIAL_TURN_I = /^[ \t>*_]*I[ \t*_]*:/m;
const INITIAL_TURN_C = /^[ \t>*_]*C[ \t*_]*:/m;

/** A turn of the interviewer in a transcript: "**Interviewer:** ...", "Q: ...", "Interviewer (Sam): ...". */
const INTERVIEWER_TURN = /^[\s*_]*(?:interviewer|interviewers|panel|panelist|hiring manager|q)\b[^:\n]{0,30}:/i;

const FORMULA = /\$\$[^$]{1,4000}\$\$|\$(?=[^\s$])[^$\n]{1,300}?(?<=[^\s$])\$(?!\d)/g;

function blankFormulas(text: string): string {
  return text.includes('$') ? text.replace(FORMULA, (m) => ' '.repeat(m.length)) : text;
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

/** Words that open a template's guidance to the author ("Hint: ...", "Describe the data sources."). */
const GUIDANCE = /^(?:(?:hints?|guidance|instructions?|tips?|prompt|note to (?:the )?author)\s*:|(?:describe|explain|list|state|add|fill in|summari[sz]e|outline)\s)/i;

/**
 * A paragraph that is all emphasis and opens as guidance to the author: the
 * italic hint lines templates carry under each heading. What an author
 * writes in italics of their own ("*We will not A/B test.*") is content.
 */
function isGuidance(node: { children: readonly PhrasingContent[] }, template: boolean): boolean {
  const emphasis = onlyEmphasis(node);
  if (!emphasis) return false;
  return template || GUIDANCE.test(emphasisText(emphasis).trim());
}

/** The paragraph's one child, where it is emphasis (whitespace aside). */
function onlyEmphasis(node: { children: readonly PhrasingContent[] }): Emphasis | undefined {
  const parts = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return parts.length === 1 && parts[0]!.type === 'emphasis' ? parts[0] : undefined;
}

function emphasisText(node: { children: readonly PhrasingContent[] }): string {
  return node.children.map((c) => ('value' in c ? c.value : '')).join('');
}

/** Longest label (in words) whose italic value can be guidance: "Offline metric", "Why this model". */
const LABEL_WORDS = 4;
/** An italic value worded as guidance outside a template: an example to replace, a verb to the author, a question. */
const GUIDANCE_VALUE = /^(?:e\.g\.|for example\b|such as\b|(?:describe|explain|list|state|add|fill in|summari[sz]e|outline)\s)|\?$/i;

/**
 * A template shows its guidance as an italic paragraph under the headings
 * ("## 2. Data" then "*Sources, labels, cleaning, features.*"). Two sections
 * that open so are the template's shape, not an author's emphasis: an
 * author's own italic lead ("*We will not A/B test.*") rarely repeats.
 */
const TEMPLATE_LEADS = 2;
function templateGuidance(nodes: readonly RootContent[]): boolean {
  let leads = 0;
  for (let i = 1; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (nodes[i - 1]!.type === 'heading' && node.type === 'paragraph' && onlyEmphasis(node) && ++leads >= TEMPLATE_LEADS) return true;
  }
  return false;
}
