/**
 * Rubrics: data (rubrics/*.json, validated against rubrics/rubric.schema.json
 * with ajv) that turn rule results into a grade. This module compiles a
 * rubric into plain data the scorer reads: defaults filled in, every rule id
 * checked against the rule set it is compiled for (passed in: the core does
 * not know which rules it runs), each criterion's phase resolved from its
 * rules' metadata. The shipped rubrics are imported as JSON (no file system:
 * the core runs in the browser); reading a rubric file is the CLI's job.
 */
import interview from '../../rubrics/interview.json' with { type: 'json' };
import designReview from '../../rubrics/design-review.json' with { type: 'json' };
import rubricSchema from '../../rubrics/rubric.schema.json' with { type: 'json' };
import { validateWith } from './schemas.js';
import { PHASES, type Aggregation, type Phase } from './types.js';
import type { RuleMeta } from './rule.js';

/** What compiling a rubric needs to know of each rule: its id, phase and description. */
export type RuleCatalog = ReadonlyArray<{ readonly meta: Pick<RuleMeta, 'id' | 'phase' | 'description'> }>;
type CatalogById = ReadonlyMap<string, RuleCatalog[number]>;

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
  /** false: documents graded with it ignore their mlsd-lint comments (a locked grade); absent: they apply. */
  inlineConfig?: boolean;
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
  inlineConfig?: boolean;
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

function criterionPhase(c: RubricFile['criteria'][number], at: string, problems: string[], rulesById: CatalogById): Phase | undefined {
  if (c.phase) return c.phase;
  const phases = [...new Set(c.rules.map((id) => rulesById.get(id)?.meta.phase).filter((p) => p !== undefined))];
  if (phases.length === 1 && phases[0] !== 'document') return phases[0];
  if (phases.length > 1) problems.push(`${at}: its rules belong to different phases (${phases.join(', ')}); name the phase it counts in with "phase"`);
  else if (phases[0] === 'document') problems.push(`${at}: its rules are document-level; name the phase it counts in with "phase"`);
  return undefined;
}

/**
 * Validate and compile rubric data against a rule set. `source` names it in
 * errors (a file path or a shipped rubric's name). Throws RubricError.
 */
export function compileRubric(data: unknown, source: string, rules: RuleCatalog): Rubric {
  const schemaProblems = validateRubric(data);
  if (schemaProblems.length > 0) throw new RubricError(source, schemaProblems);
  return compileValid(data as RubricFile, source, rules);
}

/** Compile rubric data that passed the schema. */
function compileValid(file: RubricFile, source: string, rules: RuleCatalog): Rubric {
  const rulesById: CatalogById = new Map(rules.map((r) => [r.meta.id, r]));
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
    const phase = criterionPhase(c, at, problems, rulesById);
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
    ...(file.inlineConfig === false ? { inlineConfig: false } : {}),
  };
}

/**
 * A shipped rubric for a linter that runs only some of the rules it names:
 * the rules it does not run are left out, as rules turned off are (a
 * criterion left with none goes, a must-have on one goes). Rubric files a
 * user writes are compiled strictly: an unknown rule there is a typo.
 */
function onlyRulesIn(file: RubricFile, rules: RuleCatalog): RubricFile {
  const ids = new Set(rules.map((r) => r.meta.id));
  const runs = (id: string): boolean => ids.has(id);
  if (file.criteria.every((c) => c.rules.every(runs)) && (file.mustHaves ?? []).every((m) => runs(m.rule))) return file;
  const criteria = file.criteria.map((c) => ({ ...c, rules: c.rules.filter(runs) })).filter((c) => c.rules.length > 0);
  return { ...file, criteria, mustHaves: (file.mustHaves ?? []).filter((m) => runs(m.rule)) };
}

/** Shipped rubrics compiled per rule set (a rule set is compiled against once). */
const compiled = new WeakMap<RuleCatalog, Map<string, Rubric>>();

/** A shipped rubric by name, compiled against a rule set; throws RubricError for an unknown name. */
export function getRubric(name: string, rules: RuleCatalog): Rubric {
  let byName = compiled.get(rules);
  if (!byName) compiled.set(rules, (byName = new Map()));
  let rubric = byName.get(name);
  if (!rubric) {
    const file = RUBRIC_FILES.find((r) => r.name === name);
    if (!file) throw new RubricError(name, [`unknown rubric (expected one of: ${rubricNames().join(', ')}, or a path to a rubric .json file)`]);
    const source = `rubrics/${name}.json`;
    const schemaProblems = validateRubric(file.data);
    if (schemaProblems.length > 0) throw new RubricError(source, schemaProblems);
    // the schema holds for the shipped file; leaving rules out may empty its criteria, which scores nothing
    rubric = compileValid(onlyRulesIn(file.data as RubricFile, rules), source, rules);
    byName.set(name, rubric);
  }
  return rubric;
}

/** The rubric of a lint option: a shipped name, a compiled rubric, or the default. */
export function resolveRubric(rubric: string | Rubric | undefined, rules: RuleCatalog): Rubric {
  if (rubric === undefined) return getRubric(DEFAULT_RUBRIC, rules);
  return typeof rubric === 'string' ? getRubric(rubric, rules) : rubric;
}
