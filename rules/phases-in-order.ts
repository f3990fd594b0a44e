import { defineRule } from '../src/core/rule.js';
import { phaseSections } from '../src/core/analysis/phases.js';
import { PHASES } from '../src/core/types.js';

export default defineRule(
  {
    id: 'phases-in-order',
    phase: 'document',
    description: 'The phase sections come in the framework order: clarify, data, model, production.',
    severity: 'warn',
    // reads the sections' phases, which the document model judges (engine-concepts.ts)
    concepts: [],
    rationale:
      'The order is the argument: constraints shape the data, the data shapes the model, the model shapes serving. Jumping to the model before the data is the pattern interviewers flag as "went to the model too fast".',
    passes: 'The sections for the phases come in the framework\'s order; evaluation may sit inside or right after the model section. A high-level architecture or overview section before the data section belongs to framing.',
    fails: 'A section mainly about a later phase\'s work (training, evaluating, serving, monitoring) comes before an earlier phase\'s section.',
    notApplicable: 'Fewer than two phases have their own section.',
    messages: { fail: 'The phase sections are out of order.' },
    fixExample: 'Put the sections in the order Problem, Data, Model, Deployment.',
    examples: [
      { title: 'in order', status: 'pass', markdown: '# X\n\n## Requirements\n\nText.\n\n## Data\n\nText.\n\n## Modeling\n\nText.\n\n## Serving\n\nText.\n' },
      { title: 'model before data', status: 'fail', markdown: '# X\n\n## Model\n\nText.\n\n## Data\n\nText.\n' },
      { title: 'no sections', status: 'n/a', markdown: '# X\n\n- goal: engagement\n- model: a DNN\n' },
    ],
  },
  ({ doc }) => {
    const sections = phaseSections(doc);
    const distinct = new Set(sections.map((s) => s.phase));
    if (distinct.size < 2) return { status: 'n/a' };
    const evidence = sections.map((s) => ({ line: s.line, column: s.column, text: `${s.phase}: ${s.title}` }));
    let highest = -1;
    let highestSection = sections[0]!;
    for (const sec of sections) {
      const rank = PHASES.indexOf(sec.phase!);
      if (rank < highest) {
        return {
          status: 'fail',
          evidence,
          message: `"${sec.title}" (${sec.phase}, line ${sec.line}) comes after "${highestSection.title}" (${highestSection.phase}, line ${highestSection.line}): the phases are out of order.`,
        };
      }
      if (rank > highest) {
        highest = rank;
        highestSection = sec;
      }
    }
    return { status: 'pass', evidence };
  },
);
