/**
 * Model proposals (reading rule 3): a model counts as proposed where the
 * author says they will use, try, train or start with it. Rejections,
 * future work, hypotheticals and questions are filtered by the hit's stance;
 * a description of the system already in place is not a proposal unless the
 * author adopts it ("the heuristic we already have is our baseline").
 */
import type { DocumentModel, Sentence, SentenceHit } from '../document.js';
import { phaseOf } from '../document.js';
import { hasHit, memo } from '../query.js';

export interface Proposal {
  sentence: Sentence;
  hit: SentenceHit;
}

export interface ModelProposals {
  baselines: Proposal[];
  deep: Proposal[];
}

/** Words by which an author adopts an existing system as their starting point. */
const ADOPTION = ['baseline-word', 'model-proposal'];

function isProposal(doc: DocumentModel, s: Sentence, hit: SentenceHit): boolean {
  if (!s.evidence || hit.stance !== 'asserted') return false;
  if (s.existing && !hasHit(s, ADOPTION)) return false;
  // Feature lists name scores such as "BM25" or "TF-IDF": not models.
  if (hit.concept === 'baseline-model' && phaseOf(doc, s) === 'data' && !hasHit(s, ADOPTION)) return false;
  return true;
}

export const modelProposals = memo((doc: DocumentModel): ModelProposals => {
  const baselines: Proposal[] = [];
  const deep: Proposal[] = [];
  for (const s of doc.sentences) {
    for (const hit of s.hits) {
      if (hit.concept !== 'baseline-model' && hit.concept !== 'deep-model') continue;
      if (!isProposal(doc, s, hit)) continue;
      (hit.concept === 'deep-model' ? deep : baselines).push({ sentence: s, hit });
    }
  }
  return { baselines, deep };
});

/** Document order of two proposals: sentence first, then token. */
export function before(a: Proposal, b: Proposal): boolean {
  return a.sentence.index < b.sentence.index || (a.sentence.index === b.sentence.index && a.hit.start < b.hit.start);
}
