/**
 * Configuration validation and resolution, pure so that the browser
 * playground can reuse it: the data of a configuration file in, one
 * problem per bad value (file, JSON pointer, what was expected) or the
 * resolved configuration out. Reading files is the caller's business: a
 * `load` callback returns the data of a file named in `extends`
 * (src/cli/config.ts reads them from disk).
 *
 * Precedence, lowest first: each rule's default severity; the configs named
 * in `extends`, in order (recursively); the file's own `rules`; each
 * `overrides` entry whose `files` match the document, in order. (The
 * command line's `--rule` goes on top of that, see `parseRuleFlag`.)
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import picomatch from 'picomatch/posix.js';
import type { RuleSetting } from '../core/engine.js';
import { formatSchemaErrors } from '../core/schemas.js';
import type { Severity } from '../core/types.js';
import { rules, rulesById } from '../../rules/index.js';
import { buildConfigSchema, NUMERIC_SEVERITIES, PRESETS, SEVERITIES } from './schema.js';

/** The configuration file's data, typed (after validation). */
export interface ConfigData {
  $schema?: string;
  rubric?: string;
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  ignores?: string[];
  overrides?: Array<{ files: string | string[]; rules?: Record<string, RuleSetting> }>;
  noInlineConfig?: boolean;
  /** false locks grading (issue 15): the same as noInlineConfig: true. */
  inlineConfig?: boolean;
}

/** One configuration file as read: its name (as shown), its data, and where in the file the config sits. */
export interface ConfigSource {
  file: string;
  data: unknown;
  /** JSON pointer of the config inside the file ("/mlsd-lint" in package.json). */
  pointer?: string;
}

/** One problem, shown as one line. */
export interface ConfigProblem {
  file: string;
  /** JSON pointer of the bad value. */
  pointer?: string;
  /** Where a syntax error is. */
  line?: number;
  column?: number;
  message: string;
}

/** Reads a file named in `extends` (relative to the file that names it). */
export type ConfigLoad = (ref: string, from: ConfigSource) => ConfigSource | { error: string } | { problems: ConfigProblem[] };

export interface ResolvedConfig {
  /** The files that make it up, in the order they were applied. */
  files: string[];
  rubric?: string;
  rules: Record<string, RuleSetting>;
  /** Globs relative to the folder of the configuration in use. */
  ignores: string[];
  overrides: Array<{ files: string[]; rules: Record<string, RuleSetting> }>;
  noInlineConfig?: boolean;
}

/** What applies to one document. */
export interface FileSettings {
  rules: Record<string, RuleSetting>;
  ignored: boolean;
  inlineConfig: boolean;
  rubric?: string;
}

export function formatProblem(p: ConfigProblem): string {
  const where = p.line !== undefined ? `:${p.line}:${p.column ?? 1}` : '';
  const pointer = p.pointer !== undefined ? `${p.pointer || '/'}: ` : '';
  return `${p.file}${where}: ${pointer}${p.message}`;
}

/** The generated schema (as in schema/config.schema.json). */
export const configSchema = buildConfigSchema();
/** lint()'s rules option: severities as strings only (the API's contract; numbers are a configuration file's shorthand). */
const apiSchema = buildConfigSchema(rules, { numericSeverities: false });

// strictTuples off: [severity, options] is a tuple whose options may be left out
const ajv = new Ajv({ allErrors: true, strict: true, strictTuples: false, allowUnionTypes: true, verbose: true });
const validators = new WeakMap<object, ValidateFunction>();

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function describe(e: ErrorObject): { at: string; message: string } | undefined {
  if (e.keyword === 'if') return undefined; // "must match then/else": the branch's own error says what
  if (e.keyword === 'additionalProperties' && e.schemaPath === '#/definitions/rules/additionalProperties') {
    const id = String((e.params as { additionalProperty: string }).additionalProperty);
    return { at: `${e.instancePath}/${escapePointer(id)}`, message: `unknown rule "${id}" ("mlsd-lint rules" lists them)` };
  }
  if (e.keyword === 'additionalProperties') {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    return { at: `${e.instancePath}/${escapePointer(key)}`, message: `unknown property "${key}"${known.length > 0 ? ` (expected ${known.join(', ')})` : ''}` };
  }
  if (e.keyword === 'pattern' && /^\/extends(?:\/\d+)?$/.test(e.instancePath)) {
    return { at: e.instancePath, message: `unknown preset ${JSON.stringify(e.data)}: expected "recommended", "strict" or a relative path such as "./base.mlsd-lint.json"` };
  }
  if (e.keyword === 'enum' && (e.params as { allowedValues: unknown[] }).allowedValues.length === SEVERITIES.length + NUMERIC_SEVERITIES.length) {
    return { at: e.instancePath, message: `must be one of ${SEVERITIES.map((v) => JSON.stringify(v)).join(', ')} (or ${NUMERIC_SEVERITIES.join(', ')})` };
  }
  if (e.keyword === 'type') return { at: e.instancePath, message: `must be ${String((e.params as { type: string }).type).replace(/,/g, ' or ')}` };
  const [line] = formatSchemaErrors([{ ...e, instancePath: '' }]);
  return { at: e.instancePath, message: (line ?? '/: is invalid').replace(/^\/: /, '') };
}

/** Check a configuration against the schema (by default the generated one): one problem per bad value. */
export function validateConfig(source: ConfigSource, schema: Record<string, unknown> = configSchema): ConfigProblem[] {
  let validator = validators.get(schema);
  if (!validator) {
    const { $id: _id, $schema: _schema, ...rest } = schema;
    validator = ajv.compile(rest);
    validators.set(schema, validator);
  }
  if (validator(source.data)) return [];
  const problems: ConfigProblem[] = [];
  const seen = new Set<string>();
  for (const e of validator.errors ?? []) {
    const d = describe(e);
    if (!d) continue;
    const line = `${d.at}\n${d.message}`;
    if (seen.has(line)) continue;
    seen.add(line);
    problems.push({ file: source.file, pointer: `${source.pointer ?? ''}${d.at}`, message: d.message });
  }
  return problems;
}

function presetRules(name: string): Record<string, RuleSetting> {
  return Object.fromEntries(rules.map((r) => [r.meta.id, name === 'strict' ? 'error' : r.meta.severity]));
}

/** 0, 1, 2 (ESLint's numeric severities, valid in a configuration file) as "off", "warn", "error". */
function severityName(value: unknown): unknown {
  return typeof value === 'number' ? SEVERITIES[value as 0 | 1 | 2] : value;
}

/** A validated "rules" object with numeric severities written out. */
function namedSeverities(settings: Readonly<Record<string, unknown>>): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(settings)) {
    out[id] = (Array.isArray(setting) ? [severityName(setting[0]), ...setting.slice(1)] : severityName(setting)) as RuleSetting;
  }
  return out;
}

/** Later settings win; a bare severity keeps the options set before it. */
function mergeRules(into: Record<string, RuleSetting>, from: Readonly<Record<string, RuleSetting>>): void {
  for (const [id, setting] of Object.entries(from)) {
    const before = into[id];
    into[id] = typeof setting === 'string' && Array.isArray(before) && before[1] !== undefined ? [setting, before[1]] : setting;
  }
}

const MAX_EXTENDS_DEPTH = 16;

function resolveInto(acc: ResolvedConfig, source: ConfigSource, load: ConfigLoad | undefined, chain: string[], problems: ConfigProblem[]): void {
  const invalid = validateConfig(source);
  const both = source.data as ConfigData | null;
  if (invalid.length === 0 && both?.inlineConfig !== undefined && both.noInlineConfig !== undefined && both.inlineConfig === both.noInlineConfig) {
    invalid.push({ file: source.file, pointer: `${source.pointer ?? ''}/inlineConfig`, message: '"inlineConfig" and "noInlineConfig" disagree: keep one' });
  }
  if (invalid.length > 0) {
    problems.push(...invalid);
    return;
  }
  const data = source.data as ConfigData;
  const refs = data.extends === undefined ? [] : typeof data.extends === 'string' ? [data.extends] : data.extends;
  refs.forEach((ref, i) => {
    const pointer = `${source.pointer ?? ''}/extends${typeof data.extends === 'string' ? '' : `/${i}`}`;
    if ((PRESETS as readonly string[]).includes(ref)) {
      mergeRules(acc.rules, presetRules(ref));
      return;
    }
    if (!load) {
      problems.push({ file: source.file, pointer, message: `cannot read "${ref}" here: only the presets "recommended" and "strict" can be extended` });
      return;
    }
    if (chain.length >= MAX_EXTENDS_DEPTH) {
      problems.push({ file: source.file, pointer, message: `"extends" nested more than ${MAX_EXTENDS_DEPTH} deep` });
      return;
    }
    const loaded = load(ref, source);
    if ('error' in loaded) problems.push({ file: source.file, pointer, message: loaded.error });
    else if ('problems' in loaded) problems.push(...loaded.problems);
    else if (chain.includes(loaded.file)) {
      problems.push({ file: source.file, pointer, message: `circular "extends": ${[...chain, loaded.file].join(' -> ')}` });
    } else resolveInto(acc, loaded, load, [...chain, loaded.file], problems);
  });
  acc.files.push(source.file);
  if (data.rubric !== undefined) acc.rubric = data.rubric;
  if (data.rules) mergeRules(acc.rules, namedSeverities(data.rules));
  if (data.ignores) acc.ignores.push(...data.ignores);
  for (const o of data.overrides ?? []) acc.overrides.push({ files: typeof o.files === 'string' ? [o.files] : [...o.files], rules: namedSeverities(o.rules ?? {}) });
  if (data.noInlineConfig !== undefined) acc.noInlineConfig = data.noInlineConfig;
  // "inlineConfig": false (the issue's and the CLI flag's wording) says the same; a later file may turn it back on
  if (data.inlineConfig !== undefined) acc.noInlineConfig = !data.inlineConfig;
}

/** Validate a configuration and everything it extends, and merge them. */
export function resolveConfig(source: ConfigSource, load?: ConfigLoad): { config?: ResolvedConfig; problems: ConfigProblem[] } {
  const config: ResolvedConfig = { files: [], rules: {}, ignores: [], overrides: [] };
  const problems: ConfigProblem[] = [];
  resolveInto(config, source, load, [source.file], problems);
  return problems.length > 0 ? { problems } : { config, problems };
}

const matchers = new WeakMap<readonly string[], (path: string) => boolean>();

/** Globs: relative to the configuration's folder; one without "/" matches a file name at any depth. */
export function matchesGlobs(globs: readonly string[], relPath: string): boolean {
  let match = matchers.get(globs);
  if (!match) {
    const anyDepth = globs.filter((g) => !g.includes('/'));
    const fromBase = globs.filter((g) => g.includes('/')).map((g) => g.replace(/^\.\//, ''));
    const byName = anyDepth.length > 0 ? picomatch(anyDepth, { dot: true }) : () => false;
    const byPath = fromBase.length > 0 ? picomatch(fromBase, { dot: true }) : () => false;
    match = (path: string) => byPath(path) || byName(path.slice(path.lastIndexOf('/') + 1));
    matchers.set(globs, match);
  }
  return match(relPath);
}

/**
 * The settings for one document. `relPath` is its path relative to the
 * configuration's folder, with "/" separators; null where it has none
 * (standard input, or outside that folder): then no glob matches.
 */
export function settingsFor(config: ResolvedConfig, relPath: string | null): FileSettings {
  const ruleSettings = { ...config.rules };
  if (relPath !== null) for (const o of config.overrides) if (matchesGlobs(o.files, relPath)) mergeRules(ruleSettings, o.rules);
  return {
    rules: ruleSettings,
    ignored: relPath !== null && config.ignores.length > 0 && matchesGlobs(config.ignores, relPath),
    inlineConfig: !config.noInlineConfig,
    ...(config.rubric !== undefined ? { rubric: config.rubric } : {}),
  };
}

/** Apply command-line `--rule` settings on top (they win over every file). */
export function withRuleFlags(settings: FileSettings, flags: Readonly<Record<string, Severity>>): FileSettings {
  const ruleSettings = { ...settings.rules };
  mergeRules(ruleSettings, flags);
  return { ...settings, rules: ruleSettings };
}

/** Parse one `--rule id:severity` value. */
export function parseRuleFlag(value: string): { id: string; severity: Severity } | { problem: string } {
  const at = value.lastIndexOf(':');
  const id = at < 0 ? value : value.slice(0, at).trim();
  const given = at < 0 ? '' : value.slice(at + 1).trim();
  // ESLint's numbers too: --rule io-defined:0
  const severity = /^[012]$/.test(given) ? SEVERITIES[Number(given) as 0 | 1 | 2] : given;
  if (at < 0 || !(SEVERITIES as readonly string[]).includes(severity)) {
    return { problem: `--rule ${JSON.stringify(value)}: expected rule-id:severity, with severity off, warn or error (or 0, 1, 2)` };
  }
  if (!rulesById.has(id)) return { problem: `--rule ${JSON.stringify(value)}: unknown rule "${id}" ("mlsd-lint rules" lists them)` };
  return { id, severity: severity as Severity };
}

/** Rule settings given to lint() that the CLI would refuse: an invalid severity or options. */
export class InvalidRuleSettingError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid rule settings: ${problems.join('; ')}`);
    this.name = 'InvalidRuleSettingError';
  }
}

/**
 * Check `lint(text, { rules })` as a configuration's "rules" is checked
 * (same schema, same wording), so the API refuses "bogus" or 2 as the CLI
 * does instead of running the rule at some default. Unknown rule ids are
 * left to the engine (UnknownRuleError). Throws InvalidRuleSettingError.
 */
export function assertRuleSettings(settings: unknown): void {
  if (settings === undefined) return;
  if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) throw new InvalidRuleSettingError(['rules: must be an object of rule id to setting']);
  const known = Object.fromEntries(Object.entries(settings).filter(([id]) => rulesById.has(id)));
  const problems = validateConfig({ file: 'lint options', data: { rules: known } }, apiSchema).map((p) => `${(p.pointer ?? '').replace(/^\//, '').replace(/\//g, '.')}: ${p.message}`);
  if (problems.length > 0) throw new InvalidRuleSettingError(problems);
}
