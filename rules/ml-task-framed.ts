import type { Sentence } from '../src/core/document.js';
import { defineRule, passIfAny } from '../src/core/rule.js';
import { hitsIn, sentencesWith } from '../src/core/query.js';

/**
 * "Task: ranking", "we treat it as retrieval", "ML category: recommendation":
 * a general task word names the task only in a framing statement.
 */
/** How near (in tokens) a framing word must stand to a weak task word ("Task: ranking", "framed as retrieval"). */
const NEAR = 8;

/**
 * A weak task word within NEAR tokens of a framing word ("Task: ranking").
 * Tokens near a framing word are marked once per sentence (a difference
 * array), so a sentence full of both stays linear.
 */
function framesWeakTask(s: Sentence): boolean {
  const weak = hitsIn(s, 'task-weak');
  if (weak.length === 0) return false;
  const n = s.tokens.length;
  const delta = new Int32Array(n + 1);
  for (const f of hitsIn(s, 'framing-word')) {
    delta[Math.max(0, f.start - NEAR)]!++;
    delta[Math.min(n, f.end + NEAR)]!--;
  }
  const near = new Uint8Array(n);
  for (let i = 0, depth = 0; i < n; i++) near[i] = (depth += delta[i]!) > 0 ? 1 : 0;
  return weak.some((h) => near.subarray(h.start, h.end).includes(1));
}

export default defineRule(
  {
    id: 'ml-task-framed',
    phase: 'clarify',
    concepts: ['framing-word', 'task-type', 'task-weak'],
    description: 'The document names the ML task its model solves (classification, regression, ranking, retrieval, ...).',
    severity: 'error',
    rationale:
      'Framing the business problem as an ML task is the first decision an interviewer listens for: it fixes the label, the loss, the metrics and the serving shape. A design that never says "binary classification" or "learning to rank" leaves the reader to guess.',
    passes: 'A statement that names a task type: binary / multi-class / multi-label classification, regression, ranking (pointwise / pairwise / listwise), retrieval or candidate generation, clustering, anomaly detection, sequence labelling, generation, forecasting, or another task of the same kind. With several models, naming the task of any one passes.',
    fails: 'No task type is named. A description from which the task could be inferred ("a score between 0 and 1", "probability of click") is not enough, and neither is a task named only in the title or in a question.',
    messages: { fail: 'No ML task type is named: say which task the model solves.' },
    fixExample: 'We frame this as binary classification: will the user click this ad?',
    examples: [
      { title: 'task named outright', status: 'pass', markdown: '# Ads\n\nWe frame click prediction as binary classification over impressions.\n' },
      { title: 'learning to rank', status: 'pass', markdown: '# Search\n\n- Task: learning to rank, listwise, over the top 500 candidates.\n' },
      { title: 'a score is not a task', status: 'fail', markdown: '# Bots\n\nThe model gives every session a bot score between 0 and 1.\n' },
      { title: 'task only in the title', status: 'fail', markdown: '# News feed ranking\n\nWe show the most engaging posts first.\n' },
      { title: 'task only asked', status: 'fail', markdown: '# Fraud\n\nIs this a classification or an anomaly detection problem?\n' },
      { title: 'task only in a code block', status: 'fail', markdown: '# Fraud\n\n```yaml\ntask: binary classification\n```\n' },
      { title: 'a general task word in a framing statement', status: 'pass', markdown: '# Feed\n\n- ML problem: ranking of the candidate posts.\n' },
      { title: 'logistic regression is a model, not the regression task', status: 'fail', markdown: '# Churn\n\nWe start with logistic regression on usage counts.\n' },
    ],
  },
  ({ doc }) => {
    const found = sentencesWith(doc, 'task-type');
    if (found.length > 0) return passIfAny(found);
    return passIfAny(doc.sentences.filter((s) => s.evidence && framesWeakTask(s)));
  },
);
