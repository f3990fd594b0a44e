import { defineRule } from '../src/core/rule.js';
import { sentencesWith } from '../src/core/query.js';
import type { Sentence } from '../src/core/document.js';

/** A line that only names input and output ("Input / output."), with nothing said of either. */
function bareLabel(s: Sentence): boolean {
  if (s.tokens.length > 3) return false;
  const named = new Uint8Array(s.tokens.length);
  for (const h of s.hits) if (h.concept === 'io-input' || h.concept === 'io-output') named.fill(1, h.start, h.end);
  return s.tokens.every((t, i) => named[i] === 1 || t.lower === 'and');
}

/** The sentence that shows it best: an "Input: ..." / "Output: ..." line where there is one, else the first. */
function shown(sentences: readonly Sentence[], concept: 'io-input' | 'io-output'): Sentence {
  const labelled = (s: Sentence): boolean =>
    s.hits.some((h) => h.term === 'io-label-parts' || (h.concept === concept && h.start === 0 && (s.tokens[h.end]?.before ?? '').includes(':')));
  return sentences.find(labelled) ?? sentences[0]!;
}

export default defineRule(
  {
    id: 'io-defined',
    phase: 'clarify',
    concepts: ['io-both', 'io-input', 'io-output'],
    description: 'The document states both what the system takes as input and what it returns.',
    severity: 'warn',
    rationale:
      'Input and output pin down the contract of the system: what is known at request time, and what the caller gets back (a score, a ranked list, a label). Many design mistakes (leaky features, impossible latency) start from an unstated input.',
    passes: 'Statements of both the input ("Input: a user id and request context") and the output ("Output: 20 ranked video ids"), in one sentence or two.',
    fails: 'Only the input, only the output, or neither; or both only inside questions.',
    messages: { fail: 'Input and output are not both stated: say what the system receives and what it returns.' },
    fixExample: 'Input: the user id and request context. Output: the 20 highest-ranked video ids.',
    examples: [
      { title: 'input and output lines', status: 'pass', markdown: '# Feed\n\n- Input: user id and request context.\n- Output: an ordered list of 30 post ids.\n' },
      { title: 'one sentence', status: 'pass', markdown: '# Credit\n\nThe model takes the application form as input and outputs a probability of default.\n' },
      { title: 'output only', status: 'fail', markdown: '# Bots\n\nThe system outputs a bot score for every session.\n' },
      { title: 'asked, not stated', status: 'fail', markdown: '# Bots\n\n- What is the input?\n- What should the output be?\n' },
    ],
  },
  ({ doc }) => {
    // "gives every session a bot score" names the unit in and the result out;
    // a bare "Input / output." labels what follows and states neither
    const inputs = sentencesWith(doc, ['io-both', 'io-input']).filter((s) => !bareLabel(s));
    const outputs = sentencesWith(doc, ['io-both', 'io-output']).filter((s) => !bareLabel(s));
    if (inputs.length > 0 && outputs.length > 0) return { status: 'pass', evidence: [shown(inputs, 'io-input'), shown(outputs, 'io-output')].sort((a, b) => a.index - b.index) };
    const missing = inputs.length === 0 && outputs.length === 0 ? 'Neither the input nor the output is' : inputs.length === 0 ? 'The input is not' : 'The output is not';
    return { status: 'fail', message: `${missing} stated: say what the system receives and what it returns.` };
  },
);
