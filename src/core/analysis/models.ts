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
import { inFeatureContext } from './context.js';
import { stanceOf } from '../reading.js';

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
const ADOPTION = ['baseline-word', 'model-proposal'] as const;

/** A baseline proposed in so many words, whatever the model is called. */
const BASELINE_PROPOSAL =
  /\b(?:baselines?\s*(?::|is\b|will be\b|=|would be\b)|as (?:a|the|our) (?:simple |first |cheap |non-ml )?baseline\b|(?:build|builds|start with|use|train|fit|begin with|ship|set up|implement|add|keep|have|need)\s+(?:a|an|the|our)?\s*(?:[\w-]+\s+){0,3}?baselines?\b|starting point (?:is|:)|\bstart simple\b|we start by (?:recommending|ranking|using|predicting|scoring|sorting|suggesting|matching|flagging)\b)/i;

/** What isProposal asks of a sentence, read once per sentence: a long sentence may hold thousands of hits. */
interface SentenceFacts {
  adopted: boolean;
  /** Where a "features:" list starts, or Infinity. */
  featureList: number;
  /** Per concept, the token index of its first negated hit. */
  firstNegated: Map<string, number>;
}

const FACTS = new WeakMap<Sentence, SentenceFacts>();

function factsOf(s: Sentence): SentenceFacts {
  let facts = FACTS.get(s);
  if (!facts) {
    const firstNegated = new Map<string, number>();
    for (const h of s.hits) {
      if (h.stance === 'negated' && !(h.start >= (firstNegated.get(h.concept) ?? Infinity))) firstNegated.set(h.concept, h.start);
    }
    const list = /\bfeatures?\s*:/i.exec(s.text);
    facts = { adopted: hasHit(s, ADOPTION) || BASELINE_PROPOSAL.test(s.text), featureList: list ? list.index : Infinity, firstNegated };
    FACTS.set(s, facts);
  }
  return facts;
}

function isProposal(doc: DocumentModel, s: Sentence, hit: SentenceHit, existing: ReadonlySet<string>): boolean {
  if (!s.evidence || hit.stance !== 'asserted') return false;
  const { adopted, featureList, firstNegated } = factsOf(s);
  if ((s.existing || existing.has(hit.term)) && !adopted) return false;
  // Feature lists name scores such as "BM25", "TF-IDF" or "language model perplexity": not models.
  if (hit.charStart > featureList) return false;
  if (!adopted && inFeatureContext(doc, s)) return false;
  if (hit.concept === 'baseline-model' && phaseOf(doc, s) === 'data' && !adopted) return false;
  // a model rejected once in a sentence is not proposed by its next mention there
  // ("we considered a neural network, but explaining an MLP to the regulator ...")
  if ((firstNegated.get(hit.concept) ?? Infinity) < hit.start) return false;
  return true;
}

/** The baseline word of a sentence that proposes a baseline by name, unless it names a deep model ("a DNN baseline"). */
function namedBaseline(s: Sentence): SentenceHit | undefined {
  if (!s.evidence) return undefined;
  const match = BASELINE_PROPOSAL.exec(s.text);
  if (!match) return undefined;
  const word =
    s.hits.find((h) => (h.concept === 'baseline-word' || h.concept === 'baseline-model') && h.stance === 'asserted') ??
    // "we start by recommending the size from the size chart": the phrase itself
    pseudoHit(s, match.index, match.index + match[0].length);
  if (!word || word.stance !== 'asserted') return undefined;
  const deepNext = s.hits.some((h) => h.concept === 'deep-model' && h.end <= word.start && word.start - h.end <= 2);
  return deepNext ? undefined : word;
}

/** A hit for a proposal phrase that no lexicon term covers, with the reading stance of its first token. */
function pseudoHit(s: Sentence, charStart: number, charEnd: number): SentenceHit | undefined {
  const start = s.tokens.findIndex((t) => t.end > charStart);
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < s.tokens.length && s.tokens[end]!.start < charEnd) end++;
  return { concept: 'baseline-word', group: 'model', term: s.text.slice(charStart, charEnd), start, end, charStart, charEnd, stance: stanceOf(s.tokens, start, end, s.question) };
}

export const modelProposals = memo((doc: DocumentModel): ModelProposals => {
  const existing = new Set<string>();
  for (const s of doc.sentences) {
    if (!s.evidence || !s.existing || hasHit(s, ADOPTION)) continue;
    for (const h of s.hits) if (h.concept === 'baseline-model' || h.concept === 'deep-model') existing.add(h.term);
  }
  const baselines: Proposal[] = [];
  const deep: Proposal[] = [];
  for (const s of doc.sentences) {
    let baselineHere = false;
    for (const hit of s.hits) {
      if (hit.concept !== 'baseline-model' && hit.concept !== 'deep-model') continue;
      if (!isProposal(doc, s, hit, existing)) continue;
      if (hit.concept === 'deep-model') deep.push({ sentence: s, hit });
      else {
        baselines.push({ sentence: s, hit });
        baselineHere = true;
      }
    }
    if (!baselineHere) {
      const word = namedBaseline(s);
      if (word) baselines.push({ sentence: s, hit: word });
    }
  }
  return { baselines, deep, existing };
});

/** Document order of two proposals: sentence first, then token. */
export function before(a: Proposal, b: Proposal): boolean {
  return a.sentence.index < b.sentence.index || (a.sentence.index === b.sentence.index && a.hit.start < b.hit.start);
}
