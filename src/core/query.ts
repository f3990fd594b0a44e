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
export function findHits(doc: DocumentModel, concepts: string | readonly string[], query: HitQuery = {}): Found[] {
  const wanted = typeof concepts === 'string' ? [concepts] : concepts;
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
export function sentencesWith(doc: DocumentModel, concepts: string | readonly string[], query: HitQuery = {}): Sentence[] {
  const out: Sentence[] = [];
  for (const f of findHits(doc, concepts, query)) {
    if (out[out.length - 1] !== f.sentence) out.push(f.sentence);
  }
  return out;
}

export function hasHit(sentence: Sentence, concepts: string | readonly string[], stances: readonly Stance[] = ASSERTED): boolean {
  const wanted = typeof concepts === 'string' ? [concepts] : concepts;
  return sentence.hits.some((h) => wanted.includes(h.concept) && stances.includes(h.stance));
}

export function hitsIn(sentence: Sentence, concepts: string | readonly string[], stances: readonly Stance[] = ASSERTED): SentenceHit[] {
  const wanted = typeof concepts === 'string' ? [concepts] : concepts;
  return sentence.hits.filter((h) => wanted.includes(h.concept) && stances.includes(h.stance));
}

/** Token distance between two hits of one sentence (0 when they touch or overlap). */
export function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
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

/** Memoise an analysis per document model. */
export function memo<T>(compute: (doc: DocumentModel) => T): (doc: DocumentModel) => T {
  const cache = new WeakMap<DocumentModel, T>();
  return (doc) => {
    let v = cache.get(doc);
    if (v === undefined) {
      v = compute(doc);
      cache.set(doc, v);
    }
    return v;
  };
}

/**
 * The question a statement answers: the sentence right before it in the
 * same section, when that one is a question ("What is the latency budget?"
 * / "About 200 milliseconds."). The answer counts (reading rule 1), read in
 * the question's terms.
 */
export function questionAnswered(doc: DocumentModel, s: Sentence): Sentence | undefined {
  if (!s.evidence || s.question) return undefined;
  const prev = doc.sentences[s.index - 1];
  return prev && prev.question && prev.section === s.section ? prev : undefined;
}
