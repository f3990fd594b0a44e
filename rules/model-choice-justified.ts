import { defineRule } from '../src/core/rule.js';
import { modelProposals } from '../src/core/analysis/models.js';
import { hasHit } from '../src/core/query.js';
import type { Sentence } from '../src/core/document.js';

/** How far after a deep proposal the reason may follow (sentences). */
const REASON_WINDOW = 4;
/** Stances a reason may have: often negative ("factorization can't place it"), any stance but a question. */
const REASON_STANCES = ['asserted', 'negated', 'hypothetical'] as const;

export default defineRule(
  {
    id: 'model-choice-justified',
    phase: 'model',
    description: 'The author gives a reason or trade-off for choosing the deep model over simpler models.',
    severity: 'warn',
    concepts: ['baseline-model', 'baseline-model-cued', 'baseline-proposal', 'baseline-word', 'deep-model', 'existing-after', 'existing-before', 'justification', 'model-aspect', 'model-proposal', 'simpler-ref', 'size-reference', 'supersede', 'others-wish', 'survey-cue', 'capability-lead', 'feature-frame', 'feature-label-start', 'options-lead', 'reader-section', 'tools-frame'],
    rationale:
      'A deep model costs latency, hardware and explainability. A strong answer says what it captures that a simpler model cannot, the gain expected, and the price; a weak one just names the architecture.',
    passes: 'A reason or trade-off tied to the deep model: what it captures that a simpler model cannot, the expected gain, its cost in latency or compute ("The reason: fixed windows only see counts, while a GRU sees the order of transactions").',
    fails: 'A deep model is proposed with no reason, or the only "because" is about something else (a framework, a library).',
    notApplicable: 'No deep model is proposed.',
    messages: { fail: 'The deep model is proposed without a reason or trade-off against simpler models.' },
    fixExample: 'We choose the two-tower model over matrix factorization because it can embed brand-new videos from their metadata.',
    examples: [
      { title: 'reason given', status: 'pass', markdown: '# Fraud\n\nWe train a GRU over the last 50 transactions. The reason: velocity counts cannot see the order of transactions, and we expect 3 points of recall.\n' },
      { title: 'no reason', status: 'fail', markdown: '# Notifications\n\nWe plan to use an LSTM. We will use PyTorch because everyone knows it.\n' },
      { title: 'no deep model', status: 'n/a', markdown: '# Hotel\n\nWe start with logistic regression, then XGBoost.\n' },
    ],
  },
  ({ doc }) => {
    const { deep } = modelProposals(doc);
    if (deep.length === 0) return { status: 'n/a' };
    const deepSentences = new Set(deep.map((p) => p.sentence.index));
    // the reason must be about models: name the deep one, or what it captures, gains or costs
    const isReason = (s: Sentence, section: number): boolean =>
      s.evidence && s.section === section && hasHit(s, 'justification', REASON_STANCES) &&
      (deepSentences.has(s.index) || hasHit(s, 'deep-model', ['asserted', 'hypothetical']) || hasHit(s, ['model-aspect', 'simpler-ref', 'baseline-model'], REASON_STANCES));
    const reasons: Sentence[] = [];
    // after the proposal first; then the sentence that leads up to it ("a simple model tells us very little. I'd go straight to a CRNN")
    for (const p of deep) {
      const { index, section } = p.sentence;
      const after = doc.sentences.slice(index, index + REASON_WINDOW + 1).find((s) => isReason(s, section));
      if (after) {
        reasons.push(after);
        break;
      }
    }
    if (reasons.length === 0) {
      for (const p of deep) {
        const before = doc.sentences[p.sentence.index - 1];
        // a reason for the simple model before it ("logistic regression, because it handles the hashed space") is not one for the deep model
        if (before && isReason(before, p.sentence.section) && !hasHit(before, ['baseline-model', 'baseline-model-cued'])) {
          reasons.push(before);
          break;
        }
      }
    }
    return reasons.length > 0 ? { status: 'pass', evidence: reasons } : { status: 'fail', evidence: [deep[0]!.sentence] };
  },
);
