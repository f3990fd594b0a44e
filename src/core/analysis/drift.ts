/**
 * Drift kinds a document names: outright ("data drift", "concept drift",
 * "prediction drift") or described ("the input distributions drift", "drift
 * in the predicted scores"): a generic drift / shift word with a kind word
 * next to it. Generic "drift" alone names no kind.
 */
import type { DocumentModel } from '../document.js';
import { findHits, memo, type Found } from '../query.js';
import type { Stance } from '../reading.js';

const STANCES: readonly Stance[] = ['asserted', 'hypothetical'];
const DATA_KIND = /^(data|input|inputs|feature|features|covariate|covariates|population|upstream)$/;
const CONCEPT_KIND = /^(concept|concepts|relationship|relation|mapping)$/;
const OTHER_KIND = /^(prediction|predictions|predicted|score|scores|output|outputs|calibration|label|labels|target|embedding|embeddings)$/;
const DRIFT_WORD = /\b(drift|drifts|drifting|shift|shifts)\b/;
const PREPOSITION = /^(in|on|of|for|across)$/;
const DETERMINER = /^(the|its|our|their|all|input|model)$/;

/** The kind word attached to a drift word: "input drift", "feature distribution drift", "drift in the inputs", "drift monitoring on features". */
function kindWords(tokens: readonly string[], start: number, end: number): string[] {
  const words: string[] = [];
  if (start > 0) words.push(tokens[start - 1]!);
  // "monitor input embeddings for drift": the kind is the object watched for it
  if (start > 1 && /^(for|against)$/.test(tokens[start - 1]!)) for (let k = Math.max(0, start - 4); k < start - 1; k++) words.push(tokens[k]!);
  if (start > 1 && /^distributions?$/.test(tokens[start - 1]!)) words.push(tokens[start - 2]!);
  let k = end;
  if (/^(detection|monitoring|monitors?|alerts?|checks?)$/.test(tokens[k] ?? '')) k++;
  if (PREPOSITION.test(tokens[k] ?? '')) {
    k++;
    if (DETERMINER.test(tokens[k] ?? '')) k++;
    if (tokens[k]) words.push(tokens[k]!);
    if (/^distributions?$/.test(tokens[k] ?? '') && tokens[k + 2]) words.push(tokens[k + 2]!);
  }
  return words;
}

/** Lower-cased tokens, once per sentence (a sentence may hold thousands of drift words). */
const LOWER = new WeakMap<object, string[]>();

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
    if (!DRIFT_WORD.test(hit.term)) continue;
    let lower = LOWER.get(sentence);
    if (!lower) LOWER.set(sentence, (lower = sentence.tokens.map((t) => t.lower)));
    const around = kindWords(lower, hit.start, hit.end);
    if (around.some((w) => CONCEPT_KIND.test(w))) kinds.concept.push(found);
    else if (around.some((w) => DATA_KIND.test(w))) kinds.data.push(found);
    else if (around.some((w) => OTHER_KIND.test(w))) kinds.other.push(found);
  }
  const byPlace = (a: Found, b: Found) => a.sentence.index - b.sentence.index || a.hit.start - b.hit.start;
  kinds.data.sort(byPlace);
  kinds.concept.sort(byPlace);
  kinds.other.sort(byPlace);
  return kinds;
});
