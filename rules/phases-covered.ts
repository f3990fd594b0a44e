import { defineRule } from '../src/core/rule.js';
import { phaseCoverage } from '../src/core/analysis/phases.js';
import { PHASES } from '../src/core/types.js';
import { PHASE_CONTENT } from '../src/core/phase-content.js';
import type { ConceptId } from '../src/core/lexicons.js';

const COVERAGE_CUES: readonly ConceptId[] = ['cue-clarify', 'cue-data', 'cue-model', 'cue-production'];

export default defineRule(
  {
    id: 'phases-covered',
    phase: 'document',
    description: 'Every one of the four phases (clarify, data, model, production) has content in the document.',
    severity: 'error',
    // a phase section's heading cue, or the phase's content concepts in the text
    concepts: [...COVERAGE_CUES, ...PHASES.flatMap((p) => PHASE_CONTENT[p] as readonly ConceptId[])],
    rationale:
      'The framework is a time budget: an answer that spends forty minutes on the model and never reaches production, or skips the data, has a hole an interviewer will find. Coverage is the first thing a grader checks.',
    passes: 'Each phase has a section, or at least a paragraph clearly about it. Production needs content about going live or running in production (rollout, serving, monitoring); offline evaluation alone belongs with the model.',
    fails: 'One or more phases are missing; a section holding only a placeholder ("TBD") does not cover its phase. The message names the missing phases.',
    messages: { fail: 'Not every phase is covered.' },
    fixExample: '## Deployment and monitoring\n\nWe launch through an A/B test on 5% of users and monitor p99 latency and feature drift.',
    examples: [
      {
        title: 'all four phases',
        status: 'pass',
        markdown: '# Feed\n\n## Problem\n\nBinary classification of clicks, p99 under 100 ms.\n\n## Data\n\nImpression logs; a click is a positive.\n\n## Model\n\nLogistic regression baseline, then a two-tower model.\n\n## Deployment\n\nA/B test on 5% of users; dashboards for latency.\n',
      },
      {
        title: 'production only a placeholder',
        status: 'fail',
        markdown: '# Notifications\n\n## Problem\n\nBinary classification of opens.\n\n## Data\n\nNotification logs; an open is a positive.\n\n## Model\n\nAn LSTM trained with Adam.\n\n## Deployment\n\nTBD\n',
      },
    ],
  },
  ({ doc }) => {
    const coverage = phaseCoverage(doc);
    const missing = PHASES.filter((p) => !coverage[p]);
    const evidence = PHASES.flatMap((p) => (coverage[p] ? [{ line: coverage[p]!.line, column: coverage[p]!.column, text: `${p}: ${coverage[p]!.text}` }] : []));
    if (missing.length === 0) return { status: 'pass', evidence };
    return {
      status: 'fail',
      evidence,
      message: `Missing phase${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}. Add a section (or at least a paragraph) for ${missing.length > 1 ? 'each' : 'it'}.`,
    };
  },
);
