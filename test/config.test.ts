/** Configuration: the generated schema, every validation error path, and resolution (pure, no files). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { defineRule } from '../src/core/rule.js';
import { rules } from '../rules/index.js';
import { buildConfigSchema, configSchemaText } from '../src/config/schema.js';
import {
  formatProblem,
  matchesGlobs,
  parseRuleFlag,
  resolveConfig,
  settingsFor,
  validateConfig,
  withRuleFlags,
  type ConfigLoad,
  type ConfigSource,
  type ResolvedConfig,
} from '../src/config/resolve.js';

const lines = (data: unknown, file = '.mlsd-lint.json', pointer?: string) =>
  validateConfig({ file, data, ...(pointer ? { pointer } : {}) }).map(formatProblem);

describe('schema/config.schema.json', () => {
  it('is the schema generated from the rule metadata (run "npm run schema" after changing a rule)', () => {
    expect(readFileSync(new URL('../schema/config.schema.json', import.meta.url), 'utf8')).toBe(configSchemaText());
  });
  it('lists exactly the rule ids of rules/index.ts, each with its description and default', () => {
    const schema = buildConfigSchema() as { definitions: { rules: { properties: Record<string, { description: string }> } } };
    const props = schema.definitions.rules.properties;
    expect(Object.keys(props)).toEqual(rules.map((r) => r.meta.id));
    for (const r of rules) expect(props[r.meta.id]!.description).toContain(`default "${r.meta.severity}"`);
  });
  it('compiles under a strict, independent ajv (usable from editors)', () => {
    const ajv = new Ajv({ strict: true, strictTuples: false, allowUnionTypes: true });
    const validate = ajv.compile(JSON.parse(readFileSync(new URL('../schema/config.schema.json', import.meta.url), 'utf8')));
    expect(validate({ $schema: './node_modules/mlsd-lint/schema/config.schema.json', rules: { 'io-defined': 'off' } })).toBe(true);
    expect(validate({ rules: { 'io-definedd': 'off' } })).toBe(false);
  });
});

describe('rule options in the schema (a rule with optionsSchema)', () => {
  const withOptions = defineRule(
    {
      id: 'fake-rule',
      phase: 'document',
      description: 'A rule with options.',
      severity: 'warn',
      rationale: 'r',
      passes: 'p',
      fails: 'f',
      messages: { fail: 'fail' },
      fixExample: 'x',
      examples: [],
      optionsSchema: { type: 'object', additionalProperties: false, properties: { max: { type: 'integer', minimum: 1 } } },
    },
    () => ({ status: 'pass' }),
  );
  const schema = buildConfigSchema([withOptions]);
  const check = (setting: unknown) => validateConfig({ file: 'c.json', data: { rules: { 'fake-rule': setting } } }, schema).map(formatProblem);

  it('accepts a severity or [severity, options]', () => {
    expect(check('error')).toEqual([]);
    expect(check(['warn'])).toEqual([]);
    expect(check(['warn', { max: 3 }])).toEqual([]);
  });
  it('says what is wrong inside the options, by pointer', () => {
    expect(check(['warn', { max: 0 }])).toEqual(['c.json: /rules/fake-rule/1/max: must be >= 1']);
    expect(check(['warn', { maxx: 1 }])).toEqual(['c.json: /rules/fake-rule/1/maxx: unknown property "maxx" (expected max)']);
    expect(check(['loud', {}])).toEqual(['c.json: /rules/fake-rule/0: must be one of "off", "warn", "error" (or 0, 1, 2)']);
    expect(check(['warn', {}, 1])).toEqual(['c.json: /rules/fake-rule: must NOT have more than 2 items']);
    expect(check('loud')).toEqual(['c.json: /rules/fake-rule: must be one of "off", "warn", "error" (or 0, 1, 2)']);
    expect(check(3)).toEqual(['c.json: /rules/fake-rule: must be one of "off", "warn", "error" (or 0, 1, 2)']);
    expect(check(true)).toEqual(['c.json: /rules/fake-rule: must be string or integer or array']);
  });
});

describe('validateConfig: one line per problem (file, JSON pointer, what was expected)', () => {
  it('accepts a full, valid configuration', () => {
    expect(
      lines({
        $schema: 'x',
        rubric: 'interview',
        extends: ['recommended', './base.json', '../shared/.mlsd-lint.yaml'],
        rules: { 'io-defined': 'off', 'no-placeholders': 'error' },
        ignores: ['drafts/**', '*.draft.md'],
        overrides: [{ files: 'notes/**', rules: { 'phases-in-order': 'off' } }, { files: ['a.md', 'b.md'] }],
        noInlineConfig: true,
      }),
    ).toEqual([]);
    expect(lines({})).toEqual([]);
  });
  it.each([
    ['a non-object root', [], ['.mlsd-lint.json: /: must be object']],
    ['an empty file (null)', null, ['.mlsd-lint.json: /: must be object']],
    ['an unknown key', { rulez: {} }, ['.mlsd-lint.json: /rulez: unknown property "rulez" (expected $schema, rubric, extends, rules, ignores, overrides, noInlineConfig, inlineConfig)']],
    ['a rubric that is not a string', { rubric: 3 }, ['.mlsd-lint.json: /rubric: must be string']],
    ['an empty rubric', { rubric: '' }, ['.mlsd-lint.json: /rubric: must NOT have fewer than 1 characters']],
    ['extends of the wrong type', { extends: 1 }, ['.mlsd-lint.json: /extends: must be string or array']],
    [
      'an unknown preset',
      { extends: 'recomended' },
      ['.mlsd-lint.json: /extends: unknown preset "recomended": expected "recommended", "strict" or a relative path such as "./base.mlsd-lint.json"'],
    ],
    ['a bad extends item', { extends: ['strict', 7] }, ['.mlsd-lint.json: /extends/1: must be string']],
    ['a package name in extends', { extends: ['mlsd-lint-config-x'] }, [expect.stringContaining('/extends/0: unknown preset "mlsd-lint-config-x"')]],
    ['rules that are not an object', { rules: ['io-defined'] }, ['.mlsd-lint.json: /rules: must be object']],
    ['a typo in a rule id', { rules: { 'io-definde': 'off' } }, ['.mlsd-lint.json: /rules/io-definde: unknown rule "io-definde" ("mlsd-lint rules" lists them)']],
    ['a bad severity', { rules: { 'io-defined': 'warning' } }, ['.mlsd-lint.json: /rules/io-defined: must be one of "off", "warn", "error" (or 0, 1, 2)']],
    ['options for a rule without options', { rules: { 'io-defined': ['warn', {}] } }, ['.mlsd-lint.json: /rules/io-defined: must be one of "off", "warn", "error" (or 0, 1, 2)']],
    ['ignores that are not a list', { ignores: 'drafts/**' }, ['.mlsd-lint.json: /ignores: must be array']],
    ['an empty ignore glob', { ignores: ['ok', ''] }, ['.mlsd-lint.json: /ignores/1: must NOT have fewer than 1 characters']],
    ['overrides that are not a list', { overrides: {} }, ['.mlsd-lint.json: /overrides: must be array']],
    ['an override without files', { overrides: [{ rules: {} }] }, ["/overrides/0: must have required property 'files'"].map((l) => `.mlsd-lint.json: ${l}`)],
    ['an override with no globs', { overrides: [{ files: [] }] }, ['.mlsd-lint.json: /overrides/0/files: must NOT have fewer than 1 items']],
    ['an override with an empty glob', { overrides: [{ files: '' }] }, ['.mlsd-lint.json: /overrides/0/files: must NOT have fewer than 1 characters']],
    ['an override glob of the wrong type', { overrides: [{ files: 3 }] }, ['.mlsd-lint.json: /overrides/0/files: must be string or array']],
    ['an unknown key in an override', { overrides: [{ files: 'a', severity: 'off' }] }, ['.mlsd-lint.json: /overrides/0/severity: unknown property "severity" (expected files, rules)']],
    ['a rule typo in an override', { overrides: [{ files: 'a', rules: { nope: 'off' } }] }, ['.mlsd-lint.json: /overrides/0/rules/nope: unknown rule "nope" ("mlsd-lint rules" lists them)']],
    ['noInlineConfig that is not a boolean', { noInlineConfig: 'yes' }, ['.mlsd-lint.json: /noInlineConfig: must be boolean']],
  ])('%s', (_, data, expected) => {
    expect(lines(data)).toEqual(expected);
  });
  it('reports every problem of a file, one line each', () => {
    const out = lines({ rules: { a: 'off', 'io-defined': 'loud' }, ignores: 1, extra: true });
    expect(out).toHaveLength(4);
    for (const l of out) expect(l.split('\n')).toHaveLength(1);
  });
  it('points inside package.json at the "mlsd-lint" key', () => {
    expect(lines({ rules: { nope: 'off' } }, 'package.json', '/mlsd-lint')).toEqual([
      'package.json: /mlsd-lint/rules/nope: unknown rule "nope" ("mlsd-lint rules" lists them)',
    ]);
  });
  it('escapes JSON pointer characters in keys', () => {
    expect(lines({ rules: { 'a/b~c': 'off' } })[0]).toContain('/rules/a~1b~0c: unknown rule "a/b~c"');
  });
});

describe('resolveConfig', () => {
  const id = (n: number) => rules[n]!.meta.id;
  const warnRule = rules.find((r) => r.meta.severity === 'warn')!.meta.id;

  it('"recommended" is every default severity, "strict" every rule an error; the last preset wins', () => {
    const rec = resolveConfig({ file: 'c', data: { extends: 'recommended' } }).config!;
    for (const r of rules) expect(rec.rules[r.meta.id]).toBe(r.meta.severity);
    const strict = resolveConfig({ file: 'c', data: { extends: 'strict' } }).config!;
    for (const r of rules) expect(strict.rules[r.meta.id]).toBe('error');
    expect(resolveConfig({ file: 'c', data: { extends: ['strict', 'recommended'] } }).config!.rules[warnRule]).toBe('warn');
  });

  it('a file\'s own rules win over what it extends', () => {
    const c = resolveConfig({ file: 'c', data: { extends: 'strict', rules: { [warnRule]: 'off' } } }).config!;
    expect(c.rules[warnRule]).toBe('off');
    expect(c.rules[id(0)]).toBe('error');
  });

  it('follows an extends chain through the loader, nearest file last', () => {
    const files: Record<string, unknown> = {
      'a.json': { extends: './b.json', rules: { [id(0)]: 'warn' }, ignores: ['a/**'] },
      'b.json': { extends: ['strict', './c.yaml'], rules: { [id(1)]: 'off' }, rubric: 'b-rubric', ignores: ['b/**'] },
      'c.yaml': { rules: { [id(0)]: 'off', [id(1)]: 'warn', [id(2)]: 'off' }, overrides: [{ files: 'x.md', rules: { [id(3)]: 'off' } }] },
    };
    const load: ConfigLoad = (ref) => ({ file: ref.replace('./', ''), data: files[ref.replace('./', '')] });
    const { config, problems } = resolveConfig({ file: 'a.json', data: files['a.json'] }, load);
    expect(problems).toEqual([]);
    expect(config!.files).toEqual(['c.yaml', 'b.json', 'a.json']);
    expect(config!.rules[id(0)]).toBe('warn'); // a over c
    expect(config!.rules[id(1)]).toBe('off'); // b over c
    expect(config!.rules[id(2)]).toBe('off'); // c over strict
    expect(config!.rules[id(4)]).toBe('error'); // strict
    expect(config!.rubric).toBe('b-rubric');
    expect(config!.ignores).toEqual(['b/**', 'a/**']);
    expect(settingsFor(config!, 'x.md').rules[id(3)]).toBe('off');
  });

  it('reports a circular extends with the chain', () => {
    const files: Record<string, unknown> = { 'a.json': { extends: './b.json' }, 'b.json': { extends: './a.json' } };
    const load: ConfigLoad = (ref) => ({ file: ref.slice(2), data: files[ref.slice(2)] });
    expect(resolveConfig({ file: 'a.json', data: files['a.json'] }, load).problems.map(formatProblem)).toEqual([
      'b.json: /extends: circular "extends": a.json -> b.json -> a.json',
    ]);
  });

  it('reports a file it cannot read at the extends entry, and problems inside an extended file there', () => {
    const load: ConfigLoad = (ref, from: ConfigSource) =>
      ref === './missing.json' ? { error: `cannot extend "${ref}": no such file` } : { file: 'bad.json', data: { rules: { zzz: 'off' } }, ...(from.pointer ? {} : {}) };
    const { config, problems } = resolveConfig({ file: 'a.json', data: { extends: ['./missing.json', './bad.json'] } }, load);
    expect(config).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      'a.json: /extends/0: cannot extend "./missing.json": no such file',
      'bad.json: /rules/zzz: unknown rule "zzz" ("mlsd-lint rules" lists them)',
    ]);
  });

  it('without a loader (the browser) only presets can be extended', () => {
    expect(resolveConfig({ file: 'a', data: { extends: './b.json' } }).problems.map(formatProblem)).toEqual([
      'a: /extends: cannot read "./b.json" here: only the presets "recommended" and "strict" can be extended',
    ]);
  });

  it('stops an endless chain of distinct files', () => {
    let n = 0;
    const load: ConfigLoad = () => ({ file: `f${++n}.json`, data: { extends: './next.json' } });
    const { problems } = resolveConfig({ file: 'f0.json', data: { extends: './next.json' } }, load);
    expect(problems.map(formatProblem).join('\n')).toMatch(/nested more than 16 deep/);
    expect(n).toBeLessThanOrEqual(16);
  });
});

describe('settingsFor: overrides, ignores and --rule', () => {
  const base: ResolvedConfig = {
    files: ['c'],
    rules: { 'io-defined': 'error', 'no-placeholders': ['error', { keep: true }] as never },
    ignores: ['drafts/**', '*.draft.md', './old/*.md'],
    overrides: [
      { files: ['notes/**'], rules: { 'io-defined': 'off' } },
      { files: ['notes/keep/**'], rules: { 'io-defined': 'warn' } },
      { files: ['*.md'], rules: { 'no-placeholders': 'warn' } },
    ],
  };
  it('applies matching overrides in order, later ones winning', () => {
    expect(settingsFor(base, 'top.md').rules['io-defined']).toBe('error');
    expect(settingsFor(base, 'notes/a.md').rules['io-defined']).toBe('off');
    expect(settingsFor(base, 'notes/keep/a.md').rules['io-defined']).toBe('warn');
  });
  it('a bare severity keeps options set earlier', () => {
    expect(settingsFor(base, 'x/y.md').rules['no-placeholders']).toEqual(['warn', { keep: true }]);
  });
  it('globs with "/" are relative to the config folder; globs without match a file name at any depth', () => {
    expect(settingsFor(base, 'drafts/a/b.md').ignored).toBe(true);
    expect(settingsFor(base, 'x/drafts/b.md').ignored).toBe(false);
    expect(settingsFor(base, 'deep/er/plan.draft.md').ignored).toBe(true);
    expect(settingsFor(base, 'old/a.md').ignored).toBe(true);
    expect(settingsFor(base, 'old/sub/a.md').ignored).toBe(false);
    expect(settingsFor(base, 'plan.md').ignored).toBe(false);
    expect(matchesGlobs(['.hidden/**'], '.hidden/a.md')).toBe(true);
  });
  it('nothing matches a document without a path under the config folder', () => {
    expect(settingsFor(base, null)).toMatchObject({ ignored: false, rules: { 'io-defined': 'error' } });
  });
  it('--rule wins over overrides', () => {
    expect(withRuleFlags(settingsFor(base, 'notes/a.md'), { 'io-defined': 'error' }).rules['io-defined']).toBe('error');
  });
  it('noInlineConfig turns inline control off', () => {
    expect(settingsFor(base, 'a.md').inlineConfig).toBe(true);
    expect(settingsFor({ ...base, noInlineConfig: true }, 'a.md').inlineConfig).toBe(false);
  });
});

describe('parseRuleFlag', () => {
  it('reads id:severity', () => {
    expect(parseRuleFlag('io-defined:off')).toEqual({ id: 'io-defined', severity: 'off' });
    expect(parseRuleFlag(' io-defined : error ')).toEqual({ id: 'io-defined', severity: 'error' });
  });
  it('names an unknown rule id', () => {
    expect(parseRuleFlag('io-defind:warn')).toEqual({ problem: '--rule "io-defind:warn": unknown rule "io-defind" ("mlsd-lint rules" lists them)' });
  });
  it.each(['io-defined', 'io-defined:', 'io-defined:loud', ':warn'])('refuses %j', (value) => {
    expect(parseRuleFlag(value)).toHaveProperty('problem');
  });
});
