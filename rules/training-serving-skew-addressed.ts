import { defineRule, passIfAny } from '../src/core/rule.js';
import { hasHit } from '../src/core/query.js';

/** A shared code path only addresses skew where training and serving are both in view. */
const BOTH_SIDES = /\b(train(ing|ed)?)\b[^.]*\b(serv(e|es|ing|ed)|inference|online|request|production|forecast(s|ing)?|scor(e|ing)|predict(ion|ions)?)\b|\b(serv(e|es|ing|ed)|inference|online|request|production)\b[^.]*\b(train(ing|ed)?)\b/i;

/** One piece of code used on both sides: "the same tokenisation library", "one library that both ... import". */
const SHARED_CODE = /\b(?:same|one|single|shared|identical|common)\s+(?:[\w-]+\s+){0,2}?(?:code|code path|library|libraries|package|module|service|pipeline|job|function|functions|transform\w*|preprocessing|tokeni[sz]\w*|definitions?|path|container|image|binary)\b/i;
/** Values logged where the model serves and reused for training. */
const LOGGED_AT_SERVING = /\b(?:features?|feature values?|feature vectors?|values|inputs)\b[^.;]{0,40}?\blogged\b|\blog(?:s|ged)?\s+(?:the\s+)?(?:exact\s+)?(?:features?|feature values?|feature vectors?|inputs)\b|\blogged (?:feature )?values\b/i;
const SERVING_SIDE = /\b(serv(e|es|ed|ing)|inference|online|live|real-?time|request|production|query service|scorer|app|bid time|stream)\b/i;
const TRAINING_SIDE = /\b(train(s|ed|ing)?|backfill|historical|offline|batch)\b/i;

export default defineRule(
  {
    id: 'training-serving-skew-addressed',
    phase: 'data',
    description: 'Training-serving skew is addressed: a feature store, one shared code path, or features logged at serving time.',
    severity: 'warn',
    rationale:
      'The most common silent failure in production ML is a feature computed one way offline and another way online. Interviewers listen for the mechanism that prevents it.',
    passes: 'A feature store (offline and online store; naming a feature store as part of the design counts), features computed by one shared code path for training and serving, or features logged at serving time and reused for training.',
    fails: 'None of these, or a feature store only asked about.',
    messages: { fail: 'Training-serving skew is not addressed (feature store, one shared code path, or logging served features).' },
    fixExample: 'All features are defined once in the feature store, which serves the same definitions offline for training and online at request time.',
    examples: [
      { title: 'feature store', status: 'pass', markdown: '# Fraud\n\nVelocity features are defined once in the feature store and read online at request time.\n' },
      { title: 'shared code path', status: 'pass', markdown: '# Forecast\n\nThe training run and the nightly inference run call the same feature job, so training and serving share one code path.\n' },
      { title: 'only asked', status: 'fail', markdown: '# Ads\n\n- Would a feature store be worth the effort to keep training and serving in sync?\n' },
      { title: 'not mentioned', status: 'fail', markdown: '# Ads\n\nFeatures are computed in a nightly Spark job.\n' },
    ],
  },
  ({ doc }) => {
    const bothSides = (text: string): boolean => BOTH_SIDES.test(text) || (SERVING_SIDE.test(text) && TRAINING_SIDE.test(text)) || /\bboth\b/i.test(text);
    const found = doc.sentences.filter(
      (s) =>
        s.evidence &&
        (hasHit(s, ['feature-store', 'serving-feature-log']) ||
          ((hasHit(s, 'shared-feature-code') || SHARED_CODE.test(s.text)) && (hasHit(s, 'skew-word') || bothSides(s.text))) ||
          (LOGGED_AT_SERVING.test(s.text) && (SERVING_SIDE.test(s.text) || TRAINING_SIDE.test(s.text)))),
    );
    return passIfAny(found);
  },
);
