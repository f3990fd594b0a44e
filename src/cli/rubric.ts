/**
 * --rubric and --min-score: the CLI side of grading. A rubric is a shipped
 * rubric's name or a path to a rubric .json file (read here: the core has
 * no file system); a bad one is a RubricError whose lines name the file and
 * the JSON pointer of each bad value.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { rubricNames, DEFAULT_RUBRIC, RubricError, type Rubric } from '../core/rubric.js';
import { compileRubric, getRubric } from '../shipped.js';
import type { FileReport } from '../core/types.js';
import { describe } from './read.js';

/** Rubric files larger than this are refused. */
const MAX_RUBRIC_BYTES = 1024 * 1024;

/** The rubric --rubric names (default: interview). Throws RubricError. */
export function loadRubricOption(value: string | undefined, cwd: string): Rubric {
  if (value === undefined || rubricNames().includes(value)) return getRubric(value ?? DEFAULT_RUBRIC);
  const file = resolve(cwd, value);
  let text: string;
  try {
    if (statSync(file).size > MAX_RUBRIC_BYTES) throw new RubricError(value, [`larger than the ${MAX_RUBRIC_BYTES} byte limit for a rubric`]);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof RubricError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !/[\\/]|\.json$/i.test(value)) getRubric(value); // a mistyped name: "unknown rubric"
    throw new RubricError(value, [describe(error)]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new RubricError(value, [`not valid JSON (${(error as Error).message})`]);
  }
  return compileRubric(data, value);
}

/** The files whose total is below --min-score (none when it is 0). */
export function belowMinScore(files: readonly FileReport[], minScore: number): FileReport[] {
  return minScore > 0 ? files.filter((f) => f.score.total < minScore) : [];
}
