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
/** How far (tokens) a kind word may stand from the drift word. */
const NEAR = 4;

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
    const around = sentence.tokens.slice(Math.max(0, hit.start - NEAR), hit.end + NEAR).map((t) => t.lower);
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
