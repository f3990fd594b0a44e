import { defineRule, passIfAny } from '../src/core/rule.js';
import { hasHit, hitsIn } from '../src/core/query.js';
import type { Sentence } from '../src/core/document.js';
import { ANY_STANCE, framingSentences, previousInBlock } from '../src/core/analysis/context.js';

export default defineRule(
  {
    id: 'preprocessing-described',
    phase: 'data',
    concepts: ['data-object', 'output-stage', 'preprocessing-frame', 'preprocessing-step', 'preprocessing-verb'],
    description: 'At least one concrete preprocessing step applied to the training or serving inputs.',
    severity: 'warn',
    rationale:
      'Preprocessing is where heavy tails, missing values and high-cardinality ids are tamed, and where training and serving quietly diverge. Naming a concrete step shows the data was looked at.',
    passes: 'A concrete step: missing-value handling or imputation, scaling / normalization / standardization, log transform, categorical encoding (one-hot, hashing, embeddings, target encoding), outlier handling, deduplication, text cleaning or tokenization, image resizing.',
    fails: 'No step, or only "data cleaning" / "preprocessing" with nothing concrete.',
    messages: { fail: 'No concrete preprocessing step is described ("data cleaning" alone is not concrete).' },
    fixExample: 'Counts are log-transformed and standardized; missing prices are imputed with the category median.',
    examples: [
      { title: 'log transform and imputation', status: 'pass', markdown: '# ETA\n\nPrep times are log-transformed; missing values are imputed with the median.\n' },
      { title: 'one-hot encoding', status: 'pass', markdown: '# Hotel\n\n- one-hot encode country, channel and room type\n' },
      { title: 'vague only', status: 'fail', markdown: '# Notifications\n\n- Week 1-2: data cleaning and features\n' },
      { title: 'only in a code block', status: 'fail', markdown: '# Ads\n\n```python\ndf = df.fillna(0)\n```\n' },
    ],
  },
  ({ doc }) => {
    // a step on the model's outputs ("a de-duplication step after the model") is not preprocessing
    // a weak verb ("normalize", "clipped") is a step only where it works on data ("prices are clipped at the 99th percentile")
    // or under a label, lead-in or heading that says preprocessing ("Preprocessing: gaps up to one hour are interpolated")
    // ("Cleaning: GPS points jump in the city centre. We remove pings faster than 130 km/h."): the label heads its paragraph
    const labelled = (s: Sentence) => hitsIn(s, 'preprocessing-frame', ANY_STANCE).some((h) => h.start === 0 && (s.tokens[h.end]?.before ?? '').includes(':'));
    const framed = (s: Sentence) => {
      for (let at: Sentence | undefined = s; at; at = previousInBlock(doc, at)) if (labelled(at)) return true;
      return framingSentences(doc, s).some((f) => hasHit(f, 'preprocessing-frame', ANY_STANCE));
    };
    const steps = doc.sentences.filter((s) => s.evidence && (hasHit(s, 'preprocessing-step') || (hasHit(s, 'preprocessing-verb') && (hasHit(s, 'data-object') || framed(s)))));
    const found = steps.filter((s) => !hasHit(s, 'output-stage'));
    // quoted at the step's own line where the sentence runs over several
    return passIfAny(found.map((s) => ({ sentence: s, hit: hitsIn(s, 'preprocessing-step')[0] ?? hitsIn(s, 'preprocessing-verb')[0] })));
  },
);
