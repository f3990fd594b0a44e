/**
 * Configuration on disk (node only; validation and resolution are pure, in
 * src/config/resolve.ts):
 *
 * - discovery: the nearest of `.mlsd-lint.json`, `.mlsd-lint.jsonc`,
 *   `.mlsd-lint.yaml`, `.mlsd-lint.yml` or a package.json with an
 *   `"mlsd-lint"` key, walking up from each document's folder (in that
 *   order within one folder); `--config PATH` replaces discovery;
 * - parsing: JSON strictly, JSONC with comments and trailing commas, YAML as
 *   plain data (core schema, no custom or 1.1 tags, duplicate keys refused,
 *   aliases capped against alias bombs); nothing named in a config is ever
 *   required or evaluated, files named in `extends` are only read as data;
 * - `.mlsd-lintignore` files (gitignore syntax) in a document's folder and
 *   every folder above it; `.gitignore` files from the document's folder up
 *   to the root of its repository (where `.git` is; without one, the
 *   working folder), so what git does not track is not linted either;
 *   `--ignore-pattern` globs; `--no-ignore` turns all of these (and the
 *   configuration's `ignores`) off.
 *
 * Problems never throw: they come back as ConfigProblem lines.
 */
import { existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type * as Yaml from 'yaml';
import type { Severity } from '../core/types.js';
import {
  formatProblem,
  matchesGlobs,
  parseRuleFlag,
  resolveConfig,
  settingsFor,
  withRuleFlags,
  type ConfigLoad,
  type ConfigProblem,
  type ConfigSource,
  type FileSettings,
  type ResolvedConfig,
} from '../config/resolve.js';
import { STDIN } from './targets.js';
import { readSmallFileSync } from './bounded-read.js';
import { terminalSafe } from '../format/escape.js';

export const CONFIG_FILES = ['.mlsd-lint.json', '.mlsd-lint.jsonc', '.mlsd-lint.yaml', '.mlsd-lint.yml', 'package.json'] as const;
export const IGNORE_FILE = '.mlsd-lintignore';
export const GIT_IGNORE_FILE = '.gitignore';
export const PACKAGE_KEY = 'mlsd-lint';
/** YAML aliases expanded per file (the `yaml` package's guard against alias bombs). */
const MAX_YAML_ALIASES = 100;

type Parsed = { data: unknown } | { problems: ConfigProblem[] };

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** A JSON tree to plain data: own properties only ("__proto__" stays a key), duplicate keys refused. */
function jsonValue(node: JsonNode, text: string, file: string, problems: ConfigProblem[]): unknown {
  if (node.type === 'array') return (node.children ?? []).map((c) => jsonValue(c, text, file, problems));
  if (node.type !== 'object') return node.value;
  const object: Record<string, unknown> = {};
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    if (Object.hasOwn(object, key)) problems.push({ file, ...lineColumn(text, keyNode.offset), message: `duplicate key ${JSON.stringify(key)}` });
    Object.defineProperty(object, key, { value: jsonValue(valueNode, text, file, problems), enumerable: true, writable: true, configurable: true });
  }
  return object;
}

function parseJson(text: string, file: string, comments: boolean): Parsed {
  const errors: ParseError[] = [];
  const problems: ConfigProblem[] = [];
  try {
    const tree = parseTree(text, errors, { disallowComments: !comments, allowTrailingComma: comments, allowEmptyContent: false });
    for (const e of errors) {
      problems.push({ file, ...lineColumn(text, e.offset), message: `invalid ${comments ? 'JSONC' : 'JSON'}: ${printParseErrorCode(e.error)}` });
    }
    if (problems.length > 0 || !tree) return { problems: problems.length > 0 ? problems : [{ file, message: 'empty file' }] };
    const data = jsonValue(tree, text, file, problems);
    return problems.length > 0 ? { problems } : { data };
  } catch (error) {
    if (error instanceof RangeError) return { problems: [{ file, message: 'nested too deeply' }] };
    throw error;
  }
}

/**
 * The yaml package (about thirty modules, a tenth of the start-up's module
 * loading) is loaded when a YAML configuration is read, not at every start:
 * most runs have none. It is the very module an import would load (its
 * "node" export is CommonJS).
 */
let yaml: typeof Yaml | undefined;
const loadYaml = (): typeof Yaml => (yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml);

function parseYaml(text: string, file: string): Parsed {
  const doc = loadYaml().parseDocument(text, { schema: 'core', customTags: [], resolveKnownTags: false, merge: false, uniqueKeys: true, version: '1.2' });
  const problems: ConfigProblem[] = [...doc.errors, ...doc.warnings].map((e) => {
    const where = e.linePos?.[0];
    let message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    if (e.code === 'TAG_RESOLVE_FAILED') message = `${message}: a configuration is plain data, tags are not allowed`;
    return { file, ...(where ? { line: where.line, column: where.col } : {}), message: `invalid YAML: ${message}` };
  });
  if (problems.length > 0) return { problems };
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? null };
  } catch (error) {
    const message = error instanceof ReferenceError ? `more than ${MAX_YAML_ALIASES} alias expansions (an alias bomb?)` : (error as Error).message;
    return { problems: [{ file, message: `invalid YAML: ${message}` }] };
  }
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return (error as Error).message;
}

/** The path with symbolic links resolved as far as it exists (a missing tail is kept as written). */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : resolve(realPath(parent), basename(path));
  }
}

/**
 * The project a configuration belongs to: the nearest folder at or above
 * it holding `.git` (the repository root); without one, the working folder
 * when the configuration is inside it, else the configuration's own folder.
 */
export function projectRoot(folder: string, cwd: string): string {
  for (let at = folder; ; at = dirname(at)) {
    if (existsSync(resolve(at, '.git'))) return at;
    if (dirname(at) === at) break;
  }
  return inside(folder, cwd) ? cwd : folder;
}

/** Is `path` (after symbolic links) inside `root` (after symbolic links)? */
export function inside(path: string, root: string): boolean {
  const rel = relative(realPath(root), realPath(path));
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

export type ReadConfig = { source: ConfigSource } | { missing: true } | { error: string } | { problems: ConfigProblem[] };

/**
 * Read one configuration file by its type (name or extension). A
 * package.json without an "mlsd-lint" key is `missing` (discovery walks on).
 */
export function readConfigFile(path: string, shown: string): ReadConfig {
  const read = readSmallFileSync(path, describeReadError);
  if (!read.ok) {
    if (read.code === 'ENOENT' || read.code === 'ENOTDIR') return { missing: true };
    return { error: `cannot read: ${read.reason}` };
  }
  const text = read.text;
  const ext = extname(path).toLowerCase();
  if (basename(path) === 'package.json') {
    const parsed = parseJson(text, shown, false);
    if ('problems' in parsed) return parsed;
    const pkg = parsed.data;
    if (pkg === null || typeof pkg !== 'object' || Array.isArray(pkg) || !Object.hasOwn(pkg, PACKAGE_KEY)) return { missing: true };
    return { source: { file: shown, data: (pkg as Record<string, unknown>)[PACKAGE_KEY], pointer: `/${PACKAGE_KEY}` } };
  }
  let parsed: Parsed;
  if (ext === '.json') parsed = parseJson(text, shown, false);
  else if (ext === '.jsonc') parsed = parseJson(text, shown, true);
  else if (ext === '.yaml' || ext === '.yml') parsed = parseYaml(text, shown);
  else return { error: 'unsupported configuration file type (expected .json, .jsonc, .yaml, .yml or package.json)' };
  return 'problems' in parsed ? parsed : { source: { file: shown, data: parsed.data } };
}

interface Entry {
  /** The configuration file as shown; undefined where none applies. */
  file?: string;
  /** Folder its globs are relative to. */
  base: string;
  config?: ResolvedConfig;
  problems: ConfigProblem[];
}

export type FileSetup =
  | { ok: true; settings: FileSettings; ignoredBy?: string }
  | { ok: false; config: string; problems: ConfigProblem[] };

export interface ConfigOptions {
  /** --config PATH: used instead of discovery. */
  configPath?: string;
  /** --rule id:severity values. */
  ruleFlags?: readonly string[];
  /** false with --no-ignore: nothing is ignored (ignore files, "ignores", ignorePatterns). */
  ignore?: boolean;
  /** --ignore-pattern globs, relative to the working folder (matched as "ignores" globs). */
  ignorePatterns?: readonly string[];
}

const NO_CONFIG: ResolvedConfig = { files: [], rules: {}, ignores: [], overrides: [] };

/** Configuration for every document of one run, with caches per folder. */
export class Configs {
  private readonly byFolder = new Map<string, Entry>();
  private readonly ignores = new Map<string, Ignore | ConfigProblem | null>();
  private readonly roots = new Map<string, string>();
  private readonly useIgnores: boolean;
  private readonly ignorePatterns: readonly string[];
  private readonly explicit: Entry | undefined;
  private readonly flags: Record<string, Severity> = {};
  /** Problems with --config or --rule: nothing can be linted. */
  readonly fatal: string[] = [];

  constructor(
    private readonly cwd: string,
    options: ConfigOptions = {},
  ) {
    this.useIgnores = options.ignore ?? true;
    this.ignorePatterns = options.ignorePatterns ?? [];
    for (const value of options.ruleFlags ?? []) {
      const parsed = parseRuleFlag(value);
      if ('problem' in parsed) this.fatal.push(parsed.problem);
      else this.flags[parsed.id] = parsed.severity;
    }
    if (options.configPath !== undefined) {
      const path = resolve(cwd, options.configPath);
      const read = readConfigFile(path, this.shown(path));
      if ('missing' in read) {
        const why = basename(path) === 'package.json' ? `has no "${PACKAGE_KEY}" key` : 'no such file';
        this.fatal.push(`--config ${options.configPath}: ${why}`);
      } else {
        this.explicit = this.resolveEntry(path, read, cwd);
        this.fatal.push(...this.explicit.problems.map(formatProblem));
      }
    }
  }

  /** Relative to the working folder when inside it, else absolute (never a run of "../"). */
  private shown(path: string): string {
    const rel = relative(this.cwd, path);
    return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? path : rel;
  }

  private readonly load: ConfigLoad = (ref, from) => {
    const folder = dirname(resolve(this.cwd, from.file));
    const path = resolve(folder, ref);
    const root = projectRoot(folder, this.cwd);
    if (!inside(path, root)) {
      return { error: `cannot extend "${ref}": outside the project ${this.shown(root)} ("extends" reaches files in the repository of the configuration only)` };
    }
    const read = readConfigFile(path, this.shown(path));
    if ('missing' in read) return { error: `cannot extend "${ref}": ${basename(path) === 'package.json' ? `no "${PACKAGE_KEY}" key` : 'no such file'}` };
    if ('error' in read) return { error: `cannot extend "${ref}": ${this.shown(path)}: ${read.error}` };
    if ('problems' in read) return read;
    return read.source;
  };

  private resolveEntry(path: string, read: Exclude<ReadConfig, { missing: true }>, base: string): Entry {
    const file = this.shown(path);
    if ('error' in read) return { file, base, problems: [{ file, message: read.error }] };
    if ('problems' in read) return { file, base, problems: read.problems };
    const { config, problems } = resolveConfig(read.source, this.load);
    return { file, base, ...(config ? { config } : {}), problems };
  }

  /** The nearest configuration at or above a folder. */
  private nearest(folder: string): Entry {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    let entry: Entry | undefined;
    for (const name of CONFIG_FILES) {
      const path = resolve(folder, name);
      const read = readConfigFile(path, this.shown(path));
      if ('missing' in read) continue;
      entry = this.resolveEntry(path, read, folder);
      break;
    }
    if (!entry) {
      const parent = dirname(folder);
      entry = parent === folder ? { base: folder, config: NO_CONFIG, problems: [] } : this.nearest(parent);
    }
    this.byFolder.set(folder, entry);
    return entry;
  }

  private ignoreFileIn(folder: string, name: string = IGNORE_FILE): Ignore | ConfigProblem | null {
    const path = resolve(folder, name);
    if (!this.ignores.has(path)) {
      const read = readSmallFileSync(path, describeReadError);
      let matcher: Ignore | ConfigProblem | null = null;
      if (read.ok) matcher = ignore().add(read.text);
      // none here (a missing one, or a broken link); anything else that cannot be read is a problem, never "no rules"
      else if (read.code !== 'ENOENT' && read.code !== 'ENOTDIR') matcher = { file: this.shown(path), message: `cannot read: ${read.reason}` };
      this.ignores.set(path, matcher);
    }
    return this.ignores.get(path)!;
  }

  /** The repository root of a folder (cached): where .gitignore files stop being read. */
  private rootOf(folder: string): string {
    let root = this.roots.get(folder);
    if (root === undefined) {
      root = projectRoot(folder, this.cwd);
      this.roots.set(folder, root);
    }
    return root;
  }

  /**
   * The ignore file (at or above the file) that ignores it, or the one that
   * cannot be read: .mlsd-lintignore files up to the file-system root,
   * .gitignore files up to the repository root (a .gitignore above the
   * repository, in a home folder say, is not this project's). As in git,
   * the files are read from the top down and a deeper one's rule wins, so a
   * `!keep.md` below re-includes what a folder above ignored; in one folder
   * .mlsd-lintignore has the last word over .gitignore.
   */
  private ignoredBy(file: string): { by?: string; problem?: ConfigProblem } {
    const root = this.rootOf(dirname(file));
    const folders: Array<{ folder: string; git: boolean }> = [];
    let inRepository = inside(dirname(file), root);
    for (let folder = dirname(file); ; folder = dirname(folder)) {
      folders.push({ folder, git: inRepository });
      if (folder === root) inRepository = false;
      if (dirname(folder) === folder) break;
    }
    let by: string | undefined;
    for (const { folder, git } of folders.reverse()) {
      const rel = relative(folder, file).split(sep).join('/');
      for (const name of git ? [GIT_IGNORE_FILE, IGNORE_FILE] : [IGNORE_FILE]) {
        const matcher = this.ignoreFileIn(folder, name);
        if (matcher && 'message' in matcher) return { problem: matcher };
        if (!matcher) continue;
        const verdict = matcher.test(rel);
        if (verdict.ignored) by = this.shown(resolve(folder, name));
        else if (verdict.unignored) by = undefined;
      }
    }
    return by === undefined ? {} : { by };
  }

  /** The configuration files that make up a document's configuration, in the order applied (--print-config). */
  configFiles(file: string): string[] {
    return [...((this.explicit ?? this.nearest(file === STDIN ? this.cwd : dirname(file))).config?.files ?? [])];
  }

  /** What applies to one document (an absolute path, or "-" for standard input). */
  forFile(file: string): FileSetup {
    const entry = this.explicit ?? this.nearest(file === STDIN ? this.cwd : dirname(file));
    if (!entry.config) return { ok: false, config: entry.file ?? '', problems: entry.problems };
    let relPath: string | null = null;
    if (file !== STDIN) {
      const rel = relative(entry.base, file);
      relPath = rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? null : rel.split(sep).join('/');
    }
    const settings = withRuleFlags(settingsFor(entry.config, relPath), this.flags);
    if (file === STDIN || !this.useIgnores) return { ok: true, settings: { ...settings, ignored: false } };
    if (settings.ignored) return { ok: true, settings, ignoredBy: entry.file! };
    if (this.ignorePatterns.length > 0) {
      const fromCwd = relative(this.cwd, file);
      const inCwd = fromCwd !== '' && !fromCwd.startsWith(`..${sep}`) && fromCwd !== '..' && !isAbsolute(fromCwd);
      if (inCwd && matchesGlobs(this.ignorePatterns, fromCwd.split(sep).join('/'))) return { ok: true, settings, ignoredBy: '--ignore-pattern' };
    }
    const { by: ignoredBy, problem } = this.ignoredBy(file);
    if (problem) return { ok: false, config: problem.file, problems: [problem] };
    return ignoredBy === undefined ? { ok: true, settings } : { ok: true, settings, ignoredBy };
  }
}
