/**
 * --rubric and --min-score: the CLI side of grading. A rubric is a shipped
 * rubric's name or a path to a rubric .json file (read here: the core has
 * no file system); a bad one is a RubricError whose lines name the file and
 * the JSON pointer of each bad value.
 */
import { resolve } from 'node:path';
import { rubricNames, DEFAULT_RUBRIC, RubricError, type Rubric } from '../core/rubric.js';
import { compileRubric, getRubric } from '../shipped.js';
import type { FileReport } from '../core/types.js';
import { describe } from './read.js';
import { readSmallFileSync } from './bounded-read.js';
import { inside } from './config.js';

export interface RubricLoadOptions {
  /** A rubric named by a configuration file must be inside this folder (the project); --rubric is not confined. */
  confineTo?: string;
}

/** The rubric --rubric names (default: interview). Throws RubricError. */
export function loadRubricOption(value: string | undefined, cwd: string, options: RubricLoadOptions = {}): Rubric {
  if (value === undefined || rubricNames().includes(value)) return getRubric(value ?? DEFAULT_RUBRIC);
  const file = resolve(cwd, value);
  if (options.confineTo !== undefined && !inside(file, options.confineTo)) {
    throw new RubricError(value, ['outside the project: a configuration can name a rubric file inside its repository only (--rubric can name any)']);
  }
  const read = readSmallFileSync(file, describe);
  if (!read.ok) {
    if (read.code === 'ENOENT' && !/[\\/]|\.json$/i.test(value)) getRubric(value); // a mistyped name: "unknown rubric"
    throw new RubricError(value, [read.reason]);
  }
  const text = read.text;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // where, never what: the engine's message quotes the file's text
    const at = /position (\d+)/.exec((error as Error).message);
    throw new RubricError(value, [`not valid JSON${at ? ` (at character ${Number(at[1]) + 1})` : ''}`]);
  }
  return compileRubric(data, value);
}

/** The files whose total is below --min-score (none when it is 0). */
export function belowMinScore(files: readonly FileReport[], minScore: number): FileReport[] {
  return minScore > 0 ? files.filter((f) => f.score.total < minScore) : [];
}
