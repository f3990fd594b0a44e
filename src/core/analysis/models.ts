/**
 * Model proposals (reading rule 3): a model counts as proposed where the
 * author says they will use, try, train or start with it. Rejections,
 * future work, hypotheticals and questions are filtered by the hit's stance;
 * a description of the system already in place is not a proposal unless the
 * author adopts it ("the heuristic we already have is our baseline"), and a
 * system once described as in place stays the status quo when it is named
 * again ("shadow next to the naive Bayes filter").
 *
 * A baseline may also be proposed without a model name from the lexicon:
 * "we build a frequency baseline", "the starting point is a rules baseline".
 */
import type { DocumentModel, Sentence, SentenceHit } from '../document.js';
import { phaseOf } from '../document.js';
import { hasHit, memo } from '../query.js';
import { inFeatureContext, inOptionsList, inReaderSection, inToolList } from './context.js';

export interface Proposal {
  sentence: Sentence;
  hit: SentenceHit;
}

export interface ModelProposals {
  baselines: Proposal[];
  deep: Proposal[];
  /** Model names first met as the system already in place. */
  existing: ReadonlySet<string>;
}

/** Words by which an author adopts an existing system as their starting point. */
const ADOPTION = ['baseline-word', 'model-proposal', 'baseline-proposal'] as const;
const MODEL_CONCEPTS = new Set(['baseline-model', 'baseline-model-cued', 'deep-model']);
const BASELINE_CONCEPTS = new Set(['baseline-model', 'baseline-model-cued']);
/** A sentence naming this many model families, simple and deep, with no word of proposing one, is a menu ("the platform trains trees, linear models and DNNs"). */
const MENU_SIZE = 3;

/** What isProposal asks of a sentence, read once per sentence: a long sentence may hold thousands of hits. */
interface SentenceFacts {
  adopted: boolean;
  /** Where a "features:" list starts, or Infinity. */
  featureList: number;
  /** Per concept, the token index of its first negated hit. */
  firstNegated: Map<string, number>;
  /** Token ranges of words that mark the system in place before / after a name, and of replacing verbs. */
  existingBefore: Uint8Array;
  existingAfter: Uint8Array;
  supersede: Uint8Array;
  /** Token starts of size words ("DistilBERT size"). */
  sizeWords: Uint8Array;
  /** The sentence is a menu of model families, not a choice. */
  menu: boolean;
  /** Token start of the first words of somebody else's wish ("the reviewers keep asking for"), or Infinity. */
  othersWish: number;
}

const FACTS = new WeakMap<Sentence, SentenceFacts>();

function factsOf(s: Sentence): SentenceFacts {
  let facts = FACTS.get(s);
  if (!facts) {
    const firstNegated = new Map<string, number>();
    // per token position, so that each hit asks in constant time (a long sentence may hold thousands of hits)
    const n = s.tokens.length + 1;
    const existingBefore = new Uint8Array(n);
    const existingAfter = new Uint8Array(n);
    const supersede = new Uint8Array(n);
    const sizeWords = new Uint8Array(n);
    const families = new Set<string>();
    const kinds = new Set<string>();
    for (const h of s.hits) {
      if (MODEL_CONCEPTS.has(h.concept)) {
        families.add(h.term);
        kinds.add(h.concept === 'deep-model' ? 'deep' : 'simple');
      }
      if (h.concept === 'size-reference') sizeWords[h.start] = 1;
      if (h.stance === 'negated' && !(h.start >= (firstNegated.get(h.concept) ?? Infinity))) firstNegated.set(h.concept, h.start);
      if (h.concept === 'existing-before') existingBefore[h.end] = 1;
      else if (h.concept === 'existing-after') existingAfter[h.start] = 1;
      else if (h.concept === 'supersede' && h.stance !== 'question') supersede[h.end] = 1;
    }
    const list = /\bfeatures?\s*:/i.exec(s.text);
    const adopted = hasHit(s, ADOPTION);
    // a menu: model families simple and deep, or any three after a survey word ("common approaches include ...")
    const menu = !adopted && families.size >= MENU_SIZE && (kinds.size === 2 || hasHit(s, 'survey-cue', ['asserted', 'hypothetical']));
    let othersWish = Infinity;
    for (const h of s.hits) if (h.concept === 'others-wish' && h.start < othersWish) othersWish = h.start;
    facts = { adopted, featureList: list ? list.index : Infinity, firstNegated, existingBefore, existingAfter, supersede, sizeWords, menu, othersWish };
    FACTS.set(s, facts);
  }
  return facts;
}

/** How far (tokens) a marker of the system in place reaches to the name it marks. */
const EXISTING_REACH = 5;

/**
 * The model name is the system already in place: a marker stands next to it
 * ("the current rule engine", "a GBDT runs today"), or a replacing verb has
 * it as its object ("replaces static rule-based gating with ..."). Existing is
 * a property of the noun phrase: "compare the DNN against the current
 * carousel" proposes the DNN.
 */
function namesExisting(s: Sentence, hit: SentenceHit): boolean {
  const { existingBefore, existingAfter, supersede } = factsOf(s);
  for (let end = Math.max(0, hit.start - EXISTING_REACH); end <= hit.start; end++) if (existingBefore[end]) return true;
  for (let start = hit.end; start <= Math.min(s.tokens.length, hit.end + 3); start++) if (existingAfter[start]) return true;
  // "replace X with Y": X only, not what comes after "with" / "by"
  for (let end = Math.max(0, hit.start - 3); end <= hit.start; end++) {
    if (supersede[end] && !s.tokens.slice(end, hit.start).some((t) => t.lower === 'with' || t.lower === 'by')) return true;
  }
  return false;
}

function isProposal(doc: DocumentModel, s: Sentence, hit: SentenceHit, existing: ReadonlySet<string>): boolean {
  if (!s.evidence || hit.stance !== 'asserted') return false;
  const { adopted, featureList, firstNegated, sizeWords, menu, othersWish } = factsOf(s);
  // "the idea that comes up in every review is a transformer": somebody else's wish, unless the author adopts it
  if (!adopted && othersWish < hit.start) return false;
  if ((namesExisting(s, hit) || existing.has(hit.term)) && !adopted) return false;
  // Feature lists name scores such as "BM25", "TF-IDF" or "language model perplexity": not models.
  if (hit.charStart > featureList) return false;
  if (!adopted && (inFeatureContext(doc, s) || inOptionsList(s) || inToolList(doc, s))) return false;
  if (inReaderSection(doc, s)) return false;
  // a menu of model families, a size unit ("models of roughly DistilBERT size"), a noun that only sometimes names a heuristic
  if (menu || sizeWords[hit.end]) return false;
  if (hit.concept === 'baseline-model-cued' && !adopted) return false;
  // Data sections name models while describing the data ("the autoencoder
  // trains without labels"): a mention, unless the author proposes it there.
  if (!adopted && phaseOf(doc, s) === 'data') return false;
  // a model rejected once in a sentence is not proposed by its next mention there
  // ("we considered a neural network, but explaining an MLP to the regulator ...")
  if ((firstNegated.get(hit.concept) ?? Infinity) < hit.start) return false;
  return true;
}

/** How far after a baseline word a deep model name is what the word names ("Baseline: a fine-tuned BERT"). */
const DEEP_VALUE_REACH = 6;

/** The baseline word of a sentence that proposes a baseline by name, unless it names a deep model ("a DNN baseline"). */
function namedBaseline(doc: DocumentModel, s: Sentence): SentenceHit | undefined {
  if (!s.evidence) return undefined;
  const proposal = s.hits.find((h) => h.concept === 'baseline-proposal' && h.stance === 'asserted');
  if (!proposal) return undefined;
  const word =
    s.hits.find((h) => (h.concept === 'baseline-word' || BASELINE_CONCEPTS.has(h.concept)) && h.stance === 'asserted' && !namesExisting(s, h)) ?? proposal;
  // "a DNN baseline", "the first model is a two-tower network": the baseline is deep
  const deepNext = s.hits.some(
    (h) => h.concept === 'deep-model' && ((h.end <= word.start && word.start - h.end <= 2) || (h.start >= word.end && h.start - word.end <= DEEP_VALUE_REACH)),
  );
  if (deepNext) return undefined;
  return word;
}

export const modelProposals = memo((doc: DocumentModel): ModelProposals => {
  const existing = new Set<string>();
  for (const s of doc.sentences) {
    if (!s.evidence || hasHit(s, ADOPTION)) continue;
    for (const h of s.hits) if (MODEL_CONCEPTS.has(h.concept) && namesExisting(s, h)) existing.add(h.term);
  }
  const baselines: Proposal[] = [];
  const deep: Proposal[] = [];
  for (const s of doc.sentences) {
    let baselineHere = false;
    for (const hit of s.hits) {
      if (!MODEL_CONCEPTS.has(hit.concept)) continue;
      if (!isProposal(doc, s, hit, existing)) continue;
      if (!BASELINE_CONCEPTS.has(hit.concept)) deep.push({ sentence: s, hit });
      else {
        baselines.push({ sentence: s, hit });
        baselineHere = true;
      }
    }
    if (!baselineHere) {
      const word = namedBaseline(doc, s);
      if (word) baselines.push({ sentence: s, hit: word });
    }
  }
  return { baselines, deep, existing };
});

/** Document order of two proposals: sentence first, then token. */
export function before(a: Proposal, b: Proposal): boolean {
  return a.sentence.index < b.sentence.index || (a.sentence.index === b.sentence.index && a.hit.start < b.hit.start);
}
