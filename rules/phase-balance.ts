import { defineRule } from '../src/core/rule.js';
import { budgetText, phaseShares } from '../src/core/phase-shares.js';
import { PHASES, type Evidence } from '../src/core/types.js';

const DEFAULT_MIN = 0.1;
const DEFAULT_MAX = 0.5;

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A share option, or its default when absent (the config schema has checked the type). */
function shareOption(options: Record<string, unknown>, name: 'min' | 'max', fallback: number): number {
  const v = options[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

/** The four phase sections of an answer, each body given. */
function answer(clarify: string, data: string, model: string, production: string): string {
  return `# Feed ranking\n\n## Requirements\n\n${clarify}\n\n## Data\n\n${data}\n\n## Model\n\n${model}\n\n## Deployment\n\n${production}\n`;
}

const MODEL_DETAIL =
  'We start with logistic regression on counts, then train a two-tower network with a softmax loss and Adam, add dropout and weight decay, tune the embedding size and the learning rate on the validation week, and distil the towers for serving. ';

export default defineRule(
  {
    id: 'phase-balance',
    phase: 'document',
    description: 'No phase crowds out the others: each phase with content holds at least 10% of the words, none more than 50%.',
    severity: 'warn',
    rationale:
      'The framework budgets a 35-45 minute answer: clarify 5-10 minutes, data 10, model 10-15, production 10. An answer that spends itself on one phase rambles and runs out of time for requirements, monitoring or rollout, the pattern interviewers mark as "went deep on the model and never got to production".',
    passes:
      'The words of each phase\'s sections (subsections go with their section unless they are clearly about another phase) are at least `min` (default 0.10) of the counted words, and no phase holds more than `max` (default 0.50). Not counted: the title, front matter, fenced code, HTML comments, tables of contents, text before the first phase section and sections about no phase (references, appendix).',
    fails:
      'A phase with content holds less than `min` of the counted words, or one phase more than `max`. A phase with no content at all is `phases-covered`\'s failure, not this rule\'s.',
    notApplicable: 'Fewer than two phases have their own section (as in `phases-in-order`).',
    messages: { fail: 'One phase crowds out the others.' },
    fixExample: 'Give each phase its share of the answer: about a quarter of the words each for data, model and production, and a tenth to a quarter for clarifying the problem.',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        min: { type: 'number', minimum: 0, maximum: 1, default: DEFAULT_MIN, description: 'Least share of the counted words for a phase with content.' },
        max: { type: 'number', minimum: 0, maximum: 1, default: DEFAULT_MAX, description: 'Most share of the counted words for any phase.' },
      },
    },
    examples: [
      {
        title: 'four phases of comparable length',
        status: 'pass',
        markdown: answer(
          'Rank posts by the chance of a click; p99 latency under 100 ms.',
          'Thirty days of impression logs; a click is a positive.',
          'Logistic regression first, then a two-tower network trained with Adam.',
          'A/B test on 5% of users, with alerts on latency and drift.',
        ),
      },
      {
        title: 'the model crowds out everything else',
        status: 'fail',
        markdown: answer('Rank posts by clicks.', 'Impression logs.', MODEL_DETAIL.repeat(3), 'A/B test.'),
      },
      { title: 'no phase sections', status: 'n/a', markdown: '# X\n\n- goal: engagement\n- model: a DNN\n' },
    ],
  },
  ({ doc, options }) => {
    const min = shareOption(options, 'min', DEFAULT_MIN);
    const max = shareOption(options, 'max', DEFAULT_MAX);
    const { phases, sectioned } = phaseShares(doc);
    if (sectioned.length < 2) return { status: 'n/a' };
    const counted = PHASES.filter((p) => phases[p].words > 0);
    const evidence: Evidence[] = counted.map((p) => {
      const sec = phases[p].section!;
      return { line: sec.line, column: sec.column, text: `${p}: ${sec.title} (${percent(phases[p].share)})` };
    });
    const problems: string[] = [];
    for (const p of counted) {
      const share = phases[p].share;
      if (share > max) problems.push(`${p} holds ${percent(share)} of the words, over ${percent(max)} (the framework budgets about ${budgetText(p)})`);
      else if (share < min) problems.push(`${p} holds ${percent(share)} of the words, under ${percent(min)} (the framework budgets about ${budgetText(p)})`);
    }
    if (problems.length === 0) return { status: 'pass', evidence };
    return { status: 'fail', evidence, message: `Unbalanced phases: ${problems.join('; ')}.` };
  },
);
