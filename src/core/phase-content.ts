/**
 * The concepts that show real content of a phase (not just its vocabulary):
 * used to judge a section's phase from its content and whether a document
 * covers a phase without a section for it.
 */
import type { Phase } from './types.js';
import type { ConceptId } from './lexicons.js';

// typed as strings for the modules that compare hit concepts with them; `satisfies` checks every id
export const PHASE_CONTENT: Record<Phase, readonly string[]> = {
  clarify: ['task-type', 'io-input', 'io-output', 'offline-metric', 'online-metric', 'latency-cue', 'compute-resource', 'batch-cadence'],
  data: ['data-source', 'label-method', 'preprocessing-step', 'feature-store', 'feature-word', 'shared-feature-code'],
  model: ['baseline-model', 'deep-model', 'loss', 'optimizer', 'regularization', 'time-split', 'random-split', 'train-word'],
  production: ['online-experiment', 'drift-data', 'drift-concept', 'drift-other-kind', 'drift-generic', 'monitoring', 'retrain', 'serving'],
} satisfies Record<Phase, readonly ConceptId[]>;
