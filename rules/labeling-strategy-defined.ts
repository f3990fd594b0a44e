import { defineRule, passIfAny } from '../src/core/rule.js';
import { hasHit, hitsIn } from '../src/core/query.js';
import type { Sentence } from '../src/core/document.js';

/**
 * The sentence says where labels come from. "Labels are the hard part"
 * judges the labels and says nothing of their origin: a label-is hit that a
 * label-judgement overlaps does not count (tokens marked once per sentence,
 * so a sentence full of both stays linear).
 */
function definesLabels(s: Sentence): boolean {
  if (hasHit(s, 'label-method')) return true;
  // "moderator decisions are the labels"; not "appeals go to the moderators' queue"
  if (hasHit(s, 'label-people-weak') && hasHit(s, 'label-word')) return true;
  const found = hitsIn(s, 'label-definition');
  if (found.length === 0) return false;
  const judged = new Uint8Array(s.tokens.length + 1);
  for (const j of hitsIn(s, 'label-judgement')) judged.fill(1, j.start, j.end);
  return found.some((h) => h.term !== 'label-is' || !judged.subarray(h.start, h.end).includes(1));
}

export default defineRule(
  {
    id: 'labeling-strategy-defined',
    phase: 'data',
    concepts: ['label-definition', 'label-judgement', 'label-method', 'label-people-weak', 'label-origin-word', 'label-word'],
    description: 'The document says how training labels are obtained.',
    severity: 'error',
    rationale:
      'Labels are the model: what counts as a positive, how it is observed, how late it arrives and how noisy it is. Implicit clicks, delayed chargebacks and human raters lead to very different designs.',
    passes: 'How labels are obtained: implicit feedback (a click or purchase is a positive), explicit feedback (ratings, reports), human annotation or crowdsourcing, weak supervision or heuristic labels, delayed outcomes (chargebacks).',
    fails: 'Labels are used but their origin is not stated ("labels are the hard part"), or only asked about.',
    messages: { fail: 'The labelling strategy is not defined: say how a training example gets its label.' },
    fixExample: 'A click within 30 minutes of the impression is a positive; every other impression is a negative.',
    examples: [
      { title: 'implicit feedback', status: 'pass', markdown: '# Feed\n\nLabels come from implicit feedback: a watch of 30 seconds or more is a positive.\n' },
      { title: 'human raters', status: 'pass', markdown: '# Search\n\nTraining labels come from human raters who grade each result from 0 to 4.\n' },
      { title: 'named, not defined', status: 'fail', markdown: "# Bots\n\nLabels are the hard part. I'd come back to them later.\n" },
      { title: 'only asked', status: 'fail', markdown: '# Bots\n\nHow do we know which sessions were bots?\n' },
    ],
  },
  ({ doc }) => {
    // quoted at the line of the method or definition ("In 2023 the team / annotated 2,300 of them")
    const methods = doc.sentences.filter((s) => s.evidence && definesLabels(s)).map((sentence) => ({ sentence, hit: hitsIn(sentence, ['label-method', 'label-people-weak', 'label-definition'])[0] }));
    if (methods.length > 0) return passIfAny(methods);
    // a table of labels and where they come from ("Label | Source"): its first row
    const headers = new Set(doc.sentences.filter((s) => s.block === 'table-header' && hasHit(s, 'label-word') && hasHit(s, 'label-origin-word')).map((s) => s.text));
    const rows = doc.sentences.filter((s) => s.evidence && s.block === 'table-row' && headers.has(s.tableHeader));
    return rows.length > 0 ? { status: 'pass', evidence: rows.slice(0, 1) } : { status: 'fail' };
  },
);
