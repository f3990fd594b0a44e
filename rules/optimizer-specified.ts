import { defineRule, passIfAny } from '../src/core/rule.js';
import { sentencesWith } from '../src/core/query.js';
import { inReaderSection } from '../src/core/analysis/context.js';

export default defineRule(
  {
    id: 'optimizer-specified',
    phase: 'model',
    description: 'A training optimizer is named.',
    severity: 'warn',
    concepts: ['optimizer', 'reader-section'],
    rationale:
      'The optimizer and its schedule decide whether a large sparse model trains at all (FTRL and Adagrad for sparse logistic models, AdamW for transformers). Naming it shows the training plan is concrete.',
    passes: 'A named optimizer: SGD (with or without momentum), Adam, AdamW, Adagrad, RMSProp, FTRL, L-BFGS, or another of the same kind.',
    fails: 'No optimizer, or one only in front matter or a code block.',
    messages: { fail: 'No training optimizer is named.' },
    fixExample: 'We train with Adam, learning rate 1e-3 with cosine decay.',
    examples: [
      { title: 'Adam', status: 'pass', markdown: '# Feed\n\n- Optimizer: Adam, learning rate 1e-3.\n' },
      { title: 'FTRL', status: 'pass', markdown: '# Ads\n\nThe logistic model is trained online with FTRL-Proximal.\n' },
      { title: 'only in front matter', status: 'fail', markdown: '---\noptimizer: adam\n---\n\n# Ads\n\nWe train a DCN.\n' },
      { title: 'only asked', status: 'fail', markdown: '# Ads\n\nShould we use Adam or SGD?\n' },
    ],
  },
  ({ doc }) => {
    const found = sentencesWith(doc, 'optimizer').filter((s) => !inReaderSection(doc, s));
    return passIfAny(found);
  },
);
