/**
 * Sentences and their hits: each text unit is split into sentences (a
 * heading or table row is one), each sentence placed in the source,
 * tokenised, read for questions (questions.ts) and matched against the
 * lexicons; every hit gets its stance (reading.ts). Quoted prompts of six
 * words or more are somebody else's words and read like questions.
 */
import { splitSentences } from './sentence-split.js';
import { tokenize } from '../tokens.js';
import { matchTokens, type CompiledLexicon } from '../lexicon.js';
import { parseQuantities } from '../quantities.js';
import { describesExisting, stanceOf } from '../reading.js';
import { readQuestions } from '../questions.js';
import { lastAtOrBefore } from '../line-index.js';
import type { Evidence } from '../types.js';
import type { Builder } from './flatten.js';
import type { Sentence, SentenceHit } from './types.js';

export interface SentenceSpan {
  raw: string;
  range: readonly [number, number];
}

/**
 * The splitter (sentence-split.ts, sentence-splitter's boundaries) reads
 * "week 9. A random split" as one sentence (it takes "9." for a number); a
 * number, a period, white space and a capital is a boundary in design
 * prose, so such sentences are split once more.
 */
const NUMBER_END = /\d[%)]?\.(?=\s+["“(]?[A-Z])/g;

export function sentenceSpans(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const { start, end } of splitSentences(text)) {
    const raw = text.slice(start, end);
    let from = 0;
    NUMBER_END.lastIndex = 0;
    for (let m = NUMBER_END.exec(raw); m !== null; m = NUMBER_END.exec(raw)) {
      const cut = m.index + m[0].length;
      out.push({ raw: raw.slice(from, cut), range: [start + from, start + cut] });
      from = cut;
    }
    out.push({ raw: raw.slice(from), range: [start + from, end] });
  }
  return out;
}

export function firstSentenceText(text: string): string {
  return sentenceSpans(text)[0]?.raw ?? text;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The sentences of the flattened units, in document order, with their
 * hits. `evidence` is left false: the outline and section passes decide it.
 */
export function readSentences(b: Builder, lexicon: CompiledLexicon): Sentence[] {
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
      const { spans, question } = readQuestions(text, unit.block === 'table-row' || unit.block === 'table-header');
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
        navigation: unit.navigation,
        existing: describesExisting(tokens),
        evidence: false,
        tokens,
        hits: [],
        quantities: parseQuantities(tokens, text),
      };
      // quoted prompts are somebody else's words: read like questions
      const quoted = mergeSpans([...longQuotes(text), ...spans]);
      // each hit is a fresh object of this sentence's: its stance is set on it, not on a copy
      const hits = matchTokens(tokens, lexicon, text) as SentenceHit[];
      for (const h of hits) h.stance = stanceOf(tokens, h.start, h.end, question || insideSpan(quoted, h.charStart, h.charEnd));
      s.hits = hits;
      // numbers are read like terms: "we do not need it within 100 ms" states no latency
      for (const q of s.quantities) {
        q.stance = stanceOf(tokens, q.start, q.end, question || insideSpan(quoted, tokens[q.start]!.start, tokens[q.end - 1]!.end));
      }
      sentences.push(s);
      if (unit.list >= 0) itemSentence++;
    }
  }

  return sentences;
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

/** Is [a, z) inside one of the sorted, disjoint spans? */
function insideSpan(spans: ReadonlyArray<[number, number]>, a: number, z: number): boolean {
  // the one span that can hold a: the last starting at or before it
  const span = spans[lastAtOrBefore(spans, (s) => s[0], a)];
  return span !== undefined && a <= span[1] && z <= span[1];
}

/** Evidence for a sentence, quoted and clipped. */
export function evidenceOf(s: Sentence, maxQuote = 240): Evidence {
  const text = s.text.length > maxQuote ? `${s.text.slice(0, maxQuote - 1)}…` : s.text;
  return { line: s.line, column: s.column, text };
}
