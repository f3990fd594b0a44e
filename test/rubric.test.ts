/**
 * Rubrics as data: the shipped rubrics agree with the rule set (one source
 * of truth), broken rubrics are named by file and JSON pointer (exit 2 from
 * the CLI), and the core stays free of node: imports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { RUBRIC_FILES, rubricNames, RubricError } from '../src/core/rubric.js';
import { compileRubric, getRubric } from '../src/shipped.js';
import { rules, rulesById } from '../rules/index.js';
import { run } from '../src/cli/run.js';
import { project, sink } from './helpers/cli.js';

interface RubricJson {
  id: string;
  phases: Record<string, { weight: number }>;
  criteria: Array<{ rules: string[] }>;
  mustHaves?: Array<{ rule: string; cap: number }>;
  bands: Array<{ min: number; label: string }>;
}
const shipped = RUBRIC_FILES.map((f) => ({ name: f.name, data: f.data as RubricJson }));

describe('shipped rubrics', () => {
  it('are the JSON files in rubrics/, each named by its id', () => {
    const files = readdirSync(new URL('../rubrics/', import.meta.url)).filter((f) => f.endsWith('.json') && f !== 'rubric.schema.json');
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(rubricNames().sort());
    for (const r of shipped) expect(r.data.id).toBe(r.name);
  });

  for (const r of shipped) {
    it(`${r.name} names only rules that exist and compiles`, () => {
      const named = [...r.data.criteria.flatMap((c) => c.rules), ...(r.data.mustHaves ?? []).map((m) => m.rule)];
      expect(named.filter((id) => !rulesById.has(id))).toEqual([]);
      expect(getRubric(r.name).id).toBe(r.name);
    });
  }

  it('design-review covers every rule of rules/index.ts exactly once', () => {
    const dr = shipped.find((r) => r.name === 'design-review')!.data;
    const named = [...dr.criteria.flatMap((c) => c.rules), ...(dr.mustHaves ?? []).map((m) => m.rule)];
    expect([...named].sort()).toEqual(rules.map((r) => r.meta.id).sort());
    expect(getRubric('design-review').aggregation).toBe('weakest-phase');
  });

  it('interview: weights from the time budget, the four flagship rules as must-haves, five bands', () => {
    const iv = getRubric('interview');
    // clarify 5-10 min, data 10, model 10-15, production 10: midpoints 7.5 / 10 / 12.5 / 10
    const w = iv.weights;
    expect([w.clarify / w.data, w.model / w.data, w.production / w.data]).toEqual([0.75, 1.25, 1]);
    expect(iv.mustHaves.map((m) => m.rule).sort()).toEqual(['baseline-before-deep-model', 'drift-type-named', 'latency-constraint-stated', 'validation-split-time-based']);
    expect(iv.bands.map((b) => b.label)).toEqual(['Strong hire', 'Hire', 'Lean hire', 'Lean no hire', 'No hire']);
    expect(iv.aggregation).toBe('weighted-mean');
  });

  it('every criterion of a shipped rubric takes its phase from its rules (document-level rules: the phase the rubric names)', () => {
    for (const name of rubricNames()) {
      const data = shipped.find((r) => r.name === name)!.data as RubricJson;
      getRubric(name).criteria.forEach((c, i) => {
        for (const id of c.rules) {
          const phase = rulesById.get(id)!.meta.phase;
          expect(phase === 'document' ? data.criteria[i]!.phase : phase).toBe(c.phase);
        }
      });
    }
  });
});

describe('broken rubrics: one "<JSON pointer>: <problem>" line each', () => {
  const valid = () => JSON.parse(JSON.stringify(shipped.find((r) => r.name === 'interview')!.data));
  const cases: Array<[string, (r: RubricJson & Record<string, unknown>) => void, string]> = [
    ['a wrong type', (r) => (r.phases.model!.weight = '2' as unknown as number), '/phases/model/weight: must be number'],
    ['a negative weight', (r) => (r.phases.data!.weight = -1), '/phases/data/weight: must be >= 0'],
    ['an unknown aggregation', (r) => (r.aggregation = 'median'), '/aggregation: must be one of "weighted-mean", "weakest-phase"'],
    ['an unknown property', (r) => ((r.criteria[2] as Record<string, unknown>).weight = 3), '/criteria/2: unknown property "weight"'],
    ['a missing phase', (r) => delete r.phases.production, "/phases: must have required property 'production'"],
    ['a cap above 100', (r) => (r.mustHaves![1]!.cap = 120), '/mustHaves/1/cap: must be <= 100'],
    ['an unknown rule', (r) => (r.criteria[3]!.rules = ['latency-stated']), '/criteria/3/rules/0: unknown rule "latency-stated"'],
    ['an unknown must-have rule', (r) => (r.mustHaves![0]!.rule = 'no-baseline'), '/mustHaves/0/rule: unknown rule "no-baseline"'],
    ['rules from two phases', (r) => (r.criteria[0]!.rules = ['ml-task-framed', 'features-listed']), '/criteria/0: its rules belong to different phases (clarify, data)'],
    ['a document rule without a phase', (r) => r.criteria.push({ rules: ['no-placeholders'], points: 1 } as never), '/criteria/26: its rules are document-level'],
    ['no band at 0', (r) => (r.bands = r.bands.filter((b) => b.min > 0)), '/bands: no band starts at 0'],
    ['two bands at one min', (r) => (r.bands[1]!.min = 85), '/bands/1/min: another band already starts at 85'],
    ['every weight 0', (r) => Object.values(r.phases).forEach((p) => (p.weight = 0)), '/phases: every phase has weight 0'],
  ];
  for (const [name, breakIt, line] of cases) {
    it(name, () => {
      const data = valid();
      breakIt(data);
      let error: unknown;
      try {
        compileRubric(data, 'my-rubric.json');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(RubricError);
      expect((error as RubricError).problems.some((p) => p.startsWith(line))).toBe(true);
      expect((error as RubricError).message).toContain(`my-rubric.json: ${line}`);
    });
  }

  it('a document rule counts once given a phase', () => {
    const data = valid();
    data.criteria.push({ rules: ['no-placeholders'], phase: 'production', points: 1 });
    expect(compileRubric(data, 'x.json').criteria.at(-1)).toMatchObject({ id: 'no-placeholders', phase: 'production' });
  });
});

describe('--rubric on the command line', () => {
  let sc: ReturnType<typeof project>;
  const io = () => sink(sc.dir);
  beforeAll(() => {
    const custom = JSON.parse(readFileSync(new URL('../rubrics/interview.json', import.meta.url), 'utf8'));
    custom.id = 'my-course';
    custom.bands = [{ min: 0, label: 'Resubmit' }, { min: 90, label: 'Pass' }];
    const course = JSON.stringify(custom);
    custom.criteria[1].points = 'two';
    sc = project({
      'doc.md': readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8'),
      'course.json': course,
      'broken.json': JSON.stringify(custom),
      'truncated.json': '{"id": "x", ',
    });
  });
  afterAll(() => sc.remove());

  it('selects a shipped rubric by name', async () => {
    const s = io();
    expect(await run(['doc.md', '--rubric', 'design-review', '-f', 'json'], s)).toBe(0);
    expect(JSON.parse(s.out).files[0].score).toMatchObject({ rubric: 'design-review', band: 'Ready' });
  });

  it('reads a rubric file', async () => {
    const s = io();
    await run(['doc.md', '--rubric', 'course.json', '-f', 'json'], s);
    const report = JSON.parse(s.out);
    expect(report.files[0].score).toMatchObject({ rubric: 'my-course', band: 'Pass' });
    expect(report.summary.rubric).toBe('my-course');
  });

  it('a broken rubric file: exit 2, its name and the JSON pointer on stderr, no report', async () => {
    const s = io();
    expect(await run(['doc.md', '--rubric', 'broken.json'], s)).toBe(2);
    expect(s.err).toBe('mlsd-lint: rubric broken.json: /criteria/1/points: must be number\n');
    expect(s.out).toBe('');
  });

  it('invalid JSON, a missing file and an unknown name: exit 2 with one clear line', async () => {
    for (const [arg, text] of [
      ['truncated.json', 'rubric truncated.json: not valid JSON'],
      ['missing.json', 'rubric missing.json: no such file'],
      ['interveiw', 'rubric interveiw: unknown rubric (expected one of: interview, design-review'],
    ]) {
      const s = io();
      expect(await run(['doc.md', '--rubric', arg!], s)).toBe(2);
      expect(s.err).toContain(text);
      expect(s.err.trim().split('\n')).toHaveLength(1);
      expect(s.err).not.toMatch(/\bat .*\.[jt]s:\d+/);
    }
  });
});

describe('the core', () => {
  it('has no node: imports (it runs in the browser), rubrics included', () => {
    const offenders: string[] = [];
    const scan = (url: URL) => {
      for (const entry of readdirSync(url, { withFileTypes: true })) {
        if (entry.isDirectory()) scan(new URL(`${entry.name}/`, url));
        else if (entry.name.endsWith('.ts') && /from ['"]node:/.test(readFileSync(new URL(entry.name, url), 'utf8'))) offenders.push(entry.name);
      }
    };
    scan(new URL('../src/core/', import.meta.url));
    scan(new URL('../rules/', import.meta.url));
    expect(offenders).toEqual([]);
  });
});

describe('the README', () => {
  it("documents a rubric example that compiles", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const block = readme.match(/```jsonc\n(\{\n  "\$schema": "\.\.\/rubrics\/rubric\.schema\.json"[\s\S]*?)```/)![1]!;
    const data = JSON.parse(block.replace(/\s+\/\/ .*$/gm, ''));
    const rubric = compileRubric(data, 'README.md');
    expect(rubric.criteria.map((c) => [c.id, c.phase, c.mode])).toEqual([
      ['metrics', 'clarify', 'all-of'],
      ['optimizer-specified+regularization-specified', 'model', 'any-of'],
      ['no-placeholders', 'production', 'all-of'],
    ]);
  });
});
