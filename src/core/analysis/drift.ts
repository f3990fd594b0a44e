/**
 * Drift kinds a document names: outright ("data drift", "concept drift",
 * "prediction drift") or described ("the input distributions drift", "drift
 * in the predicted scores"): a generic drift / shift word with a kind word
 * next to it. Generic "drift" alone names no kind.
 */
import type { DocumentModel, Sentence } from '../document.js';
import { findHits, hitsIn, memo, type Found } from '../query.js';
import { noteConcepts } from '../concept-usage.js';
import { ANY_STANCE, tokenMarks } from './context.js';
import type { Stance } from '../reading.js';

const STANCES: readonly Stance[] = ['asserted', 'hypothetical'];

/**
 * The words around a drift word are lexicon concepts, read per token once
 * per sentence: kind words ('drift-kind-concept', 'drift-kind-data',
 * 'drift-kind-other'), the preposition that introduces a kind after the
 * drift word ('drift-kind-preposition') and a word skipped after it
 * ('drift-kind-determiner'), "for" / "against" before it ('drift-object-cue'),
 * "distribution" next to it ('drift-distribution-word') and a watching word
 * after it ('drift-watch-word'). Which generic terms are drift or shift words is
 * a tag on the term ('drift-shift-word': "distribution shift", not "stale").
 */
interface DriftWords {
  lower: string[];
  data: Uint8Array;
  concept: Uint8Array;
  other: Uint8Array;
  preposition: Uint8Array;
  determiner: Uint8Array;
  objectCue: Uint8Array;
  distribution: Uint8Array;
  watch: Uint8Array;
  /** "start:end" of the drift-shift-word tags. */
  shiftWords: Set<string>;
}

const WORDS = new WeakMap<Sentence, DriftWords>();

function wordsOf(s: Sentence): DriftWords {
  let words = WORDS.get(s);
  if (!words) {
    words = {
      lower: s.tokens.map((t) => t.lower),
      // by start: the kind word 'input' may open a longer hit ('input embeddings')
      data: tokenMarks(s, 'drift-kind-data', 'start'),
      concept: tokenMarks(s, 'drift-kind-concept'),
      other: tokenMarks(s, 'drift-kind-other'),
      preposition: tokenMarks(s, 'drift-kind-preposition'),
      determiner: tokenMarks(s, 'drift-kind-determiner'),
      objectCue: tokenMarks(s, 'drift-object-cue'),
      distribution: tokenMarks(s, 'drift-distribution-word'),
      watch: tokenMarks(s, 'drift-watch-word'),
      shiftWords: new Set(hitsIn(s, 'drift-shift-word', ANY_STANCE).map((h) => `${h.start}:${h.end}`)),
    };
    WORDS.set(s, words);
  } else {
    noteConcepts(['drift-kind-data', 'drift-kind-concept', 'drift-kind-other', 'drift-kind-preposition', 'drift-kind-determiner', 'drift-object-cue', 'drift-distribution-word', 'drift-watch-word', 'drift-shift-word']);
  }
  return words;
}

/** Positions of the kind words attached to a drift word: "input drift", "feature distribution drift", "drift in the inputs", "drift monitoring on features". */
function kindWords(w: DriftWords, start: number, end: number): number[] {
  const tokens = w.lower;
  const at: number[] = [];
  if (start > 0) at.push(start - 1);
  // "monitor input embeddings for drift": the kind is the object watched for it
  if (start > 1 && w.objectCue[start - 1]) for (let k = Math.max(0, start - 4); k < start - 1; k++) at.push(k);
  if (start > 1 && w.distribution[start - 1]) at.push(start - 2);
  let k = end;
  if (k < tokens.length && w.watch[k]) k++;
  if (k < tokens.length && w.preposition[k]) {
    k++;
    if (k < tokens.length && w.determiner[k]) k++;
    if (tokens[k]) at.push(k);
    if (k < tokens.length && w.distribution[k] && tokens[k + 2]) at.push(k + 2);
  }
  return at;
}

export interface DriftKinds {
  data: Found[];
  concept: Found[];
  other: Found[];
}

export const driftKinds = memo((doc: DocumentModel): DriftKinds => {
  const kinds: DriftKinds = {
    data: findHits(doc, 'drift-data', { stances: STANCES }),
    concept: findHits(doc, 'drift-concept', { stances: STANCES }),
    other: findHits(doc, 'drift-other-kind', { stances: STANCES }),
  };
  for (const found of findHits(doc, 'drift-generic', { stances: STANCES })) {
    const { sentence, hit } = found;
    const words = wordsOf(sentence);
    if (!words.shiftWords.has(`${hit.start}:${hit.end}`)) continue;
    const around = kindWords(words, hit.start, hit.end);
    if (around.some((k) => words.concept[k])) kinds.concept.push(found);
    else if (around.some((k) => words.data[k])) kinds.data.push(found);
    else if (around.some((k) => words.other[k])) kinds.other.push(found);
  }
  const byPlace = (a: Found, b: Found) => a.sentence.index - b.sentence.index || a.hit.start - b.hit.start;
  kinds.data.sort(byPlace);
  kinds.concept.sort(byPlace);
  kinds.other.sort(byPlace);
  return kinds;
});
