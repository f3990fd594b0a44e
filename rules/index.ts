/**
 * The rule set, in catalog order (../shared/spec/rules.md). Each rule is one
 * file named by its id; this list is the only place that enumerates them.
 */
import type { Rule } from '../src/core/rule.js';
import mlTaskFramed from './ml-task-framed.js';
import ioDefined from './io-defined.js';
import offlineMetricNamed from './offline-metric-named.js';
import onlineMetricNamed from './online-metric-named.js';
import latencyConstraintStated from './latency-constraint-stated.js';
import scaleQuantified from './scale-quantified.js';
import computeBudgetStated from './compute-budget-stated.js';
import dataAvailabilityStated from './data-availability-stated.js';
import dataSourcesIdentified from './data-sources-identified.js';
import labelingStrategyDefined from './labeling-strategy-defined.js';
import preprocessingDescribed from './preprocessing-described.js';
import featuresListed from './features-listed.js';
import trainingServingSkewAddressed from './training-serving-skew-addressed.js';
import baselineProposed from './baseline-proposed.js';
import baselineBeforeDeepModel from './baseline-before-deep-model.js';
import modelChoiceJustified from './model-choice-justified.js';
import lossFunctionSpecified from './loss-function-specified.js';
import optimizerSpecified from './optimizer-specified.js';
import regularizationSpecified from './regularization-specified.js';
import validationSplitTimeBased from './validation-split-time-based.js';
import leakageAddressed from './leakage-addressed.js';
import heuristicBaselineCompared from './heuristic-baseline-compared.js';
import abTestRollout from './ab-test-rollout.js';
import driftTypeNamed from './drift-type-named.js';
import dataAndConceptDriftDistinguished from './data-and-concept-drift-distinguished.js';
import systemHealthMonitored from './system-health-monitored.js';
import retrainingPlanned from './retraining-planned.js';
import phasesCovered from './phases-covered.js';
import phasesInOrder from './phases-in-order.js';
import noPlaceholders from './no-placeholders.js';
import phaseBalance from './phase-balance.js';

export const rules: readonly Rule[] = [
  mlTaskFramed,
  ioDefined,
  offlineMetricNamed,
  onlineMetricNamed,
  latencyConstraintStated,
  scaleQuantified,
  computeBudgetStated,
  dataAvailabilityStated,
  dataSourcesIdentified,
  labelingStrategyDefined,
  preprocessingDescribed,
  featuresListed,
  trainingServingSkewAddressed,
  baselineProposed,
  baselineBeforeDeepModel,
  modelChoiceJustified,
  lossFunctionSpecified,
  optimizerSpecified,
  regularizationSpecified,
  validationSplitTimeBased,
  leakageAddressed,
  heuristicBaselineCompared,
  abTestRollout,
  driftTypeNamed,
  dataAndConceptDriftDistinguished,
  systemHealthMonitored,
  retrainingPlanned,
  phasesCovered,
  phasesInOrder,
  noPlaceholders,
  phaseBalance,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
