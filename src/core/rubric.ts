/**
 * Rubrics: data (rubrics/*.json, validated against rubrics/rubric.schema.json
 * with ajv) that turn rule results into a grade. This module compiles a
 * rubric into plain data the scorer reads: defaults filled in, every rule id
 * checked against the rule set, each criterion's phase resolved from its
 * rules' metadata. The shipped rubrics are imported as JSON (no file system:
 * the core runs in the browser); reading a rubric file is the CLI's job.
 */
import interview from '../../rubrics/interview.json' with { type: 'json' };
import designReview from '../../rubrics/design-review.json' with { type: 'json' };
import rubricSchema from '../../rubrics/rubric.schema.json' with { type: 'json' };
import { rulesById } from '../../rules/index.js';
import { validateWith } from './schemas.js';
import { PHASES, type Aggregation, type Phase } from './types.js';

export interface RubricCriterion {
  id: string;
  title: string;
  phase: Phase;
  mode: 'all-of' | 'any-of';
  points: number;
  rules: string[];
}

/** A compiled rubric: plain, serialisable data. */
export interface Rubric {
  id: string;
  title: string;
  aggregation: Aggregation;
  /** Relative phase weights; 0 leaves a phase out of the total. */
  weights: Record<Phase, number>;
  criteria: RubricCriterion[];
  mustHaves: Array<{ rule: string; cap: number }>;
  /** Highest min first; the last starts at 0. */
  bands: Array<{ min: number; label: string }>;
}

/** The JSON shape of a rubric file (after schema validation). */
interface RubricFile {
  id: string;
  title: string;
  aggregation: Aggregation;
  phases: Record<Phase, { weight: number }>;
  criteria: Array<{ id?: string; title?: string; phase?: Phase; rules: string[]; mode?: 'all-of' | 'any-of'; points: number }>;
  mustHaves?: Array<{ rule: string; cap: number }>;
  bands: Array<{ min: number; label: string }>;
}

/** A rubric that cannot be used: where it came from and one "<JSON pointer>: <problem>" line per problem. */
export class RubricError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(problems.map((p) => `${source}: ${p}`).join('\n'));
    this.name = 'RubricError';
  }
}

export const DEFAULT_RUBRIC = 'interview';

/** The shipped rubrics by name (the file name, which is also their id). */
export const RUBRIC_FILES: ReadonlyArray<{ name: string; data: unknown }> = [
  { name: 'interview', data: interview },
  { name: 'design-review', data: designReview },
];

export function rubricNames(): string[] {
  return RUBRIC_FILES.map((r) => r.name);
}

/** Schema problems of rubric data, as "<pointer>: <message>" lines (empty when valid). */
export function validateRubric(data: unknown): string[] {
  return validateWith(rubricSchema, data);
}

function criterionPhase(c: RubricFile['criteria'][number], at: string, problems: string[]): Phase | undefined {
  if (c.phase) return c.phase;
  const phases = [...new Set(c.rules.map((id) => rulesById.get(id)?.meta.phase).filter((p) => p !== undefined))];
  if (phases.length === 1 && phases[0] !== 'document') return phases[0];
  if (phases.length > 1) problems.push(`${at}: its rules belong to different phases (${phases.join(', ')}); name the phase it counts in with "phase"`);
  else if (phases[0] === 'document') problems.push(`${at}: its rules are document-level; name the phase it counts in with "phase"`);
  return undefined;
}

/**
 * Validate and compile rubric data. `source` names it in errors (a file
 * path or a shipped rubric's name). Throws RubricError.
 */
export function compileRubric(data: unknown, source: string): Rubric {
  const schemaProblems = validateRubric(data);
  if (schemaProblems.length > 0) throw new RubricError(source, schemaProblems);
  const file = data as RubricFile;
  const problems: string[] = [];
  const unknownRule = (id: string, at: string) => {
    if (!rulesById.has(id)) problems.push(`${at}: unknown rule "${id}" ("mlsd-lint rules" lists them)`);
  };

  const ids = new Set<string>();
  const criteria: RubricCriterion[] = [];
  file.criteria.forEach((c, i) => {
    const at = `/criteria/${i}`;
    c.rules.forEach((id, j) => unknownRule(id, `${at}/rules/${j}`));
    const id = c.id ?? c.rules.join('+');
    if (ids.has(id)) problems.push(`${at}${c.id ? '/id' : ''}: another criterion is already called "${id}"`);
    ids.add(id);
    const phase = criterionPhase(c, at, problems);
    const single = c.rules.length === 1 ? rulesById.get(c.rules[0]!) : undefined;
    const title = c.title ?? single?.meta.description ?? c.rules.join(c.mode === 'any-of' ? ' or ' : ' and ');
    if (phase) criteria.push({ id, title, phase, mode: c.mode ?? 'all-of', points: c.points, rules: [...c.rules] });
  });

  const mustHaves = file.mustHaves ?? [];
  const capped = new Set<string>();
  mustHaves.forEach((m, i) => {
    unknownRule(m.rule, `/mustHaves/${i}/rule`);
    if (capped.has(m.rule)) problems.push(`/mustHaves/${i}/rule: "${m.rule}" is already a must-have`);
    capped.add(m.rule);
  });

  const mins = new Set<number>();
  file.bands.forEach((b, i) => {
    if (mins.has(b.min)) problems.push(`/bands/${i}/min: another band already starts at ${b.min}`);
    mins.add(b.min);
  });
  if (!file.bands.some((b) => b.min === 0)) problems.push('/bands: no band starts at 0, so a low total would have no verdict');

  const weights = Object.fromEntries(PHASES.map((p) => [p, file.phases[p].weight])) as Record<Phase, number>;
  if (PHASES.every((p) => weights[p] === 0)) problems.push('/phases: every phase has weight 0, so nothing counts in the total');

  if (problems.length > 0) throw new RubricError(source, problems);
  return {
    id: file.id,
    title: file.title,
    aggregation: file.aggregation,
    weights,
    criteria,
    mustHaves: mustHaves.map((m) => ({ rule: m.rule, cap: m.cap })),
    bands: [...file.bands].sort((a, b) => b.min - a.min).map((b) => ({ min: b.min, label: b.label })),
  };
}

const compiled = new Map<string, Rubric>();

/** A shipped rubric by name; throws RubricError for an unknown name. */
export function getRubric(name: string): Rubric {
  let rubric = compiled.get(name);
  if (!rubric) {
    const file = RUBRIC_FILES.find((r) => r.name === name);
    if (!file) throw new RubricError(name, [`unknown rubric (expected one of: ${rubricNames().join(', ')}, or a path to a rubric .json file)`]);
    rubric = compileRubric(file.data, `rubrics/${name}.json`);
    compiled.set(name, rubric);
  }
  return rubric;
}

/** The rubric of a lint option: a shipped name, a compiled rubric, or the default. */
export function resolveRubric(rubric: string | Rubric | undefined): Rubric {
  if (rubric === undefined) return getRubric(DEFAULT_RUBRIC);
  return typeof rubric === 'string' ? getRubric(rubric) : rubric;
}
