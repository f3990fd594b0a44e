import { defineRule } from '../src/core/rule.js';
import { before, modelProposals } from '../src/core/analysis/models.js';

export default defineRule(
  {
    id: 'baseline-before-deep-model',
    phase: 'model',
    description: 'A simple baseline is proposed before the first deep model, in document order.',
    severity: 'error',
    concepts: ['baseline-model', 'baseline-model-cued', 'baseline-proposal', 'baseline-word', 'deep-model', 'existing-after', 'existing-before', 'model-proposal', 'size-reference', 'supersede', 'others-wish', 'survey-cue', 'capability-lead', 'feature-frame', 'feature-label-start', 'options-lead', 'reader-section', 'tools-frame'],
    rationale:
      'Reaching for a deep network first is the classic ML-design red flag: without a baseline there is no evidence the extra cost buys anything. Proposing the simple model first shows the order you would really work in.',
    passes: 'A baseline (as in baseline-proposed) is proposed before the first proposal of a deep model (any neural network: DNN, MLP, CNN, RNN / LSTM / GRU, transformers, BERT, LLMs, two-tower, Wide & Deep, DeepFM, DCN, DLRM, GNNs, autoencoders).',
    fails: 'A deep model is proposed and no baseline is, or the first deep proposal comes before the first baseline.',
    notApplicable: 'The document proposes no deep model (one named only to be rejected, only as future work or only as background does not count).',
    messages: { fail: 'A deep model is proposed before any simple baseline.' },
    fixExample: 'We first train a LightGBM model as the baseline; the two-tower network has to beat it.',
    examples: [
      { title: 'baseline first', status: 'pass', markdown: '# Feed\n\nWe start with a popularity baseline. Then we train a two-tower model.\n' },
      { title: 'deep model only as future work', status: 'n/a', markdown: '# Search\n\nWe use LambdaMART. Later we could explore a BERT cross-encoder.\n' },
      { title: 'deep model rejected', status: 'n/a', markdown: '# Credit\n\nA deep neural network would be overkill here; we use a scorecard.\n' },
      { title: 'deep first, baseline after', status: 'fail', markdown: '# ETA\n\nWe will train a deep neural network. We will also train a LightGBM baseline.\n' },
      { title: 'no baseline at all', status: 'fail', markdown: '# Notifications\n\nWe plan to use an LSTM over the last 50 notifications.\n' },
    ],
  },
  ({ doc }) => {
    const { baselines, deep } = modelProposals(doc);
    if (deep.length === 0) return { status: 'n/a' };
    const firstDeep = deep[0]!;
    const firstBaseline = baselines[0];
    if (firstBaseline && before(firstBaseline, firstDeep)) {
      return { status: 'pass', evidence: [firstBaseline.sentence, firstDeep.sentence] };
    }
    return {
      status: 'fail',
      evidence: firstBaseline ? [firstDeep.sentence, firstBaseline.sentence] : [firstDeep.sentence],
      message: firstBaseline
        ? `The deep model (line ${firstDeep.sentence.line}) is proposed before the baseline (line ${firstBaseline.sentence.line}): propose the simple model first.`
        : `A deep model is proposed (line ${firstDeep.sentence.line}) and no simple baseline is.`,
    };
  },
);
