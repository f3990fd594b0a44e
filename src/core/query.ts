/**
 * Questions rules ask of the document model. Every query starts from the
 * author's statements (`sentence.evidence`), so the reading rules (title,
 * questions, question lists, outlines, prompts, code) apply to every rule
 * the same way; and from hits with a stance, so negation, future work and
 * hypotheticals do too.
 */
import type { DocumentModel, Sentence, SentenceHit } from './document.js';
import { phaseOf } from './document.js';
import type { Stance } from './reading.js';
import type { ConceptId } from './lexicons.js';
import { capturing, noteConcepts } from './concept-usage.js';
import { lastAtOrBefore } from './line-index.js';
import type { Phase } from './types.js';

export interface Found {
  sentence: Sentence;
  hit: SentenceHit;
}

export interface HitQuery {
  /** Stances that count (default: asserted only). */
  stances?: readonly Stance[];
  /** Only sentences that are author statements (default true). */
  statementsOnly?: boolean;
}

const ASSERTED: readonly Stance[] = ['asserted'];

/** All hits of the given concepts, in document order. */
export function findHits(doc: DocumentModel, concepts: ConceptId | readonly ConceptId[], query: HitQuery = {}): Found[] {
  noteConcepts(concepts);
  const wanted: readonly string[] = typeof concepts === 'string' ? [concepts] : concepts;
  const stances = query.stances ?? ASSERTED;
  const statementsOnly = query.statementsOnly ?? true;
  const out: Found[] = [];
  for (const sentence of doc.sentences) {
    if (statementsOnly && !sentence.evidence) continue;
    for (const hit of sentence.hits) {
      if (wanted.includes(hit.concept) && stances.includes(hit.stance)) out.push({ sentence, hit });
    }
  }
  return out;
}

/** Statements holding an asserted hit of a concept. */
export function sentencesWith(doc: DocumentModel, concepts: ConceptId | readonly ConceptId[], query: HitQuery = {}): Sentence[] {
  const out: Sentence[] = [];
  for (const f of findHits(doc, concepts, query)) {
    if (out[out.length - 1] !== f.sentence) out.push(f.sentence);
  }
  return out;
}

/**
 * The stances each concept has in a sentence, indexed once per hits array:
 * rules ask hasHit() once per hit of a sentence, and a scan of all the
 * sentence's hits each time is quadratic in a sentence full of hits.
 */
const stanceIndex = new WeakMap<readonly SentenceHit[], Map<string, Set<Stance>>>();

function stancesByConcept(sentence: Sentence): Map<string, Set<Stance>> {
  let index = stanceIndex.get(sentence.hits);
  if (!index) {
    index = new Map();
    for (const h of sentence.hits) {
      let stances = index.get(h.concept);
      if (!stances) index.set(h.concept, (stances = new Set()));
      stances.add(h.stance);
    }
    stanceIndex.set(sentence.hits, index);
  }
  return index;
}

export function hasHit(sentence: Sentence, concepts: ConceptId | readonly ConceptId[], stances: readonly Stance[] = ASSERTED): boolean {
  noteConcepts(concepts);
  const index = stancesByConcept(sentence);
  for (const concept of typeof concepts === 'string' ? [concepts] : concepts) {
    const found = index.get(concept);
    if (found && stances.some((s) => found.has(s))) return true;
  }
  return false;
}

const textTests = new WeakMap<Sentence, Map<RegExp, boolean>>();

/** `re.test(sentence.text)`, once per sentence and expression (rules ask it once per hit). `re` must not be global. */
export function textMatches(sentence: Sentence, re: RegExp): boolean {
  let tests = textTests.get(sentence);
  if (!tests) textTests.set(sentence, (tests = new Map()));
  let result = tests.get(re);
  if (result === undefined) tests.set(re, (result = re.test(sentence.text)));
  return result;
}

export function hitsIn(sentence: Sentence, concepts: ConceptId | readonly ConceptId[], stances: readonly Stance[] = ASSERTED): SentenceHit[] {
  noteConcepts(concepts);
  const wanted: readonly string[] = typeof concepts === 'string' ? [concepts] : concepts;
  return sentence.hits.filter((h) => wanted.includes(h.concept) && stances.includes(h.stance));
}

/** Token distance between two hits of one sentence (0 when they touch or overlap). */
export function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

const sharedTests = new WeakMap<RegExp, Map<string, boolean>>();

/**
 * `re.test(text)` for a text many sentences share (a section title, a list's
 * lead-in, a table header), once per text rather than once per sentence
 * (quadratic under a huge heading). `re` must not be global.
 */
export function matchesShared(re: RegExp, text: string): boolean {
  let tests = sharedTests.get(re);
  if (!tests) sharedTests.set(re, (tests = new Map()));
  let result = tests.get(text);
  if (result === undefined) {
    if (tests.size > 1000) tests.clear();
    tests.set(text, (result = re.test(text)));
  }
  return result;
}

/**
 * Is some `a` within `distance` tokens of some `b` (gap() <= distance)? By a
 * sort and a binary search: nested some() loops are quadratic in a long
 * sentence full of both.
 */
export function anyWithin(
  as: ReadonlyArray<{ start: number; end: number }>,
  bs: ReadonlyArray<{ start: number; end: number }>,
  distance: number,
): boolean {
  if (as.length === 0 || bs.length === 0) return false;
  const sorted = [...bs].sort((x, y) => x.start - y.start);
  // the largest end among the first i + 1 spans by start
  const maxEnd: number[] = [];
  for (const b of sorted) maxEnd.push(Math.max(b.end, maxEnd[maxEnd.length - 1] ?? -Infinity));
  for (const a of as) {
    // spans starting at or before a.end + distance, and one of them ending at or after a.start - distance
    const last = lastAtOrBefore(sorted, (b) => b.start, a.end + distance);
    if (last >= 0 && maxEnd[last]! >= a.start - distance) return true;
  }
  return false;
}

/** The author statements of a phase: sentences in sections judged to be about it. */
export function statementsIn(doc: DocumentModel, phase: Phase): Sentence[] {
  return doc.sentences.filter((s) => s.evidence && phaseOf(doc, s) === phase);
}

/** Sentences of the same block (paragraph, list item) as `s`, around it. */
export function neighbours(doc: DocumentModel, s: Sentence, radius = 1): Sentence[] {
  const out: Sentence[] = [];
  for (let i = Math.max(0, s.index - radius); i <= Math.min(doc.sentences.length - 1, s.index + radius); i++) {
    const n = doc.sentences[i]!;
    if (n.section === s.section) out.push(n);
  }
  return out;
}

/**
 * Memoise an analysis per document model. The concepts it asks for are
 * noted for every rule that reads it (concept-usage.ts), not only the rule
 * that happened to compute it first.
 */
export function memo<T>(compute: (doc: DocumentModel) => T): (doc: DocumentModel) => T {
  const cache = new WeakMap<DocumentModel, { value: T; concepts: readonly ConceptId[] }>();
  return (doc) => {
    let entry = cache.get(doc);
    if (entry === undefined) {
      const { value, concepts } = capturing(() => compute(doc));
      entry = { value, concepts: [...concepts] };
      cache.set(doc, entry);
    } else if (entry.concepts.length > 0) {
      noteConcepts(entry.concepts);
    }
    return entry.value;
  };
}

// Answers to questions are read in questions.ts; re-exported for the rules that import it from here.
export { questionAnswered } from './questions.js';
