/**
 * Command-line arguments, parsed with Node's own util.parseArgs (no extra
 * dependency, strict: unknown options are usage errors).
 */
import { parseArgs } from 'node:util';
import { formatNames, parseFormatTarget, type FormatTarget } from '../format/load.js';
import { DEFAULT_RUBRIC, rubricNames } from '../core/rubric.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, parseDuration, parseSize } from './limits.js';
import { parseShard, type Shard } from './shard.js';
import { DEFAULT_CACHE_FILE } from './cache.js';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type Command = 'lint' | 'rules' | 'explain';

export interface CliOptions {
  command: Command;
  /** Files, folders, globs or "-" (lint); the rule id (explain). */
  paths: string[];
  format: string;
  output: string | undefined;
  /** --rubric: a shipped rubric's name or a rubric file (undefined: the default). */
  rubric: string | undefined;
  /** --min-score: files below it make the exit code 1 (0: no gate). */
  minScore: number;
  quiet: boolean;
  /** true / false forces colour; undefined decides from the terminal. */
  color: boolean | undefined;
  help: boolean;
  version: boolean;
  // configuration and CI (issue 5)
  /** --config PATH: used instead of the configuration files found. */
  config: string | undefined;
  /** --rule id:severity values, applied over every configuration. */
  rules: string[];
  /** --max-warnings N: exit 1 above N warnings. */
  maxWarnings: number | undefined;
  /** false with --no-inline-config: <!-- mlsd-lint ... --> comments are not applied. */
  inlineConfig: boolean;
  /** Lint-time limit per file in ms (--timeout; 0: none; DEFAULT_TIMEOUT_MS: by size, limits.ts timeLimitFor). */
  timeoutMs: number;
  /** Inputs larger than this many bytes are refused (--max-size). */
  maxBytes: number;
  // speed (issue 13)
  /** --shard i/n: lint only this share of the documents (undefined: all). */
  shard: Shard | undefined;
  /** --jobs N: documents linted at once (undefined: one per core). */
  jobs: number | undefined;
  /** --cache: reuse the results of unchanged documents. */
  cache: boolean;
  /** --cache-location: the cache file, or a folder to hold it (default .mlsd-lintcache in the cwd). */
  cacheLocation: string;
  /** --follow-symlinks: folder walks follow links to folders (loop-safe). */
  followSymlinks: boolean;
  // reports (issue 15)
  /** --verbose: stylish lists passing and n/a rules too. */
  verbose: boolean;
  /** --max-comment-size N: the Markdown report's size budget in characters (a pull-request comment). */
  maxCommentSize: number;
  /** --report-unused-disable-directives: report mlsd-lint comments that silence nothing (exit 1). */
  reportUnusedDisableDirectives: boolean;
  // ESLint / markdownlint-cli2 conventions (issue 15)
  /** Every -f value in order: a format name or module, and its own file (`-f sarif:report.sarif`) if any. */
  formats: FormatTarget[];
  /** --stdin-filename: the path standard input is reported as and configured for. */
  stdinFilename: string | undefined;
  /** --print-config FILE: print the settings that apply to FILE and exit. */
  printConfig: string | undefined;
  /** false with --no-ignore: ignore files, .gitignore, "ignores" and --ignore-pattern are not applied. */
  ignore: boolean;
  /** --ignore-pattern globs (relative to the working folder), repeatable. */
  ignorePatterns: string[];
  /** false with --no-error-on-unmatched-pattern: a glob or folder that finds no document is not an error. */
  errorOnUnmatchedPattern: boolean;
}

/** GitHub caps a comment at 65,536 characters: the default leaves room for what a workflow adds around it. */
export const DEFAULT_MAX_COMMENT_SIZE = 60_000;

export const USAGE = `Usage: mlsd-lint [options] [paths...]
       mlsd-lint rules
       mlsd-lint explain <rule-id>
       mlsd-lint init [file] [--problem "Design a ..."] [--force]   (mlsd-lint init --help)

Lint ML system design documents (Markdown) against the design framework.

Paths are files, folders (searched for *.md and *.markdown), globs, or "-"
for standard input. Without paths, the current folder is linted. A path
starting with "!" is a glob left out: mlsd-lint docs/ '!docs/drafts/**'.
.gitignore and .mlsd-lintignore files are honoured (--no-ignore: not).

Options:
  -f, --format <name>   output format: ${formatNames().join(', ')}
                        (default: stylish); repeatable, each with a file of its own:
                        -f stylish -f sarif:report.sarif; or a formatter module,
                        -f ./my-format.js (its code is run: trusted modules only)
  -o, --output <file>   write the report to a file instead of standard output
                        (the format without a file of its own)
  -q, --quiet           report errors only (hide warnings, passes and n/a;
                        the score stays)
  -c, --config <file>   use this configuration file instead of the ones found
                        next to the documents (.mlsd-lint.json/.jsonc/.yaml/.yml,
                        or the "mlsd-lint" key of package.json)
      --rule <id:sev>   set a rule's severity (off, warn, error or 0, 1, 2); repeatable;
                        wins over every configuration file
      --max-warnings <n>  exit 1 when there are more than n warnings
      --no-inline-config  ignore <!-- mlsd-lint ... --> comments: grade what
                        the document says
      --max-size <size> refuse larger inputs (exit 2), e.g. 10MB, 512KB (default: 10MB)
      --timeout <time>  lint-time limit per file (exit 2), e.g. 30s, 500ms; 0: none
                        (default: 30s + 20s per MB of the file)
      --color           force colour
      --no-color        disable colour (NO_COLOR is honoured too)
      --rubric <name>   grade with a shipped rubric (${rubricNames().join(', ')};
                        default ${DEFAULT_RUBRIC}) or a rubric .json file (a path)
      --min-score <n>   exit 1 when a file's total score (0-100) is below n
      --jobs <n>        documents linted at once (default: one per core;
                        1: in this process, no worker threads)
      --cache           only lint documents that changed since the last run
      --cache-location <path>  the cache file or folder (default: ${DEFAULT_CACHE_FILE})
      --shard <i/n>     lint only shard i of n (a stable split by path, for CI matrices)
      --follow-symlinks folder walks follow links to folders (each real folder
                        once); by default they are not followed
      --verbose         stylish: list passing and n/a rules too (by default
                        only problems, then the score)
      --max-comment-size <n>  markdown: fit the report in n characters, a
                        pull-request comment (default: ${DEFAULT_MAX_COMMENT_SIZE.toLocaleString('en-US')})
      --report-unused-disable-directives  report mlsd-lint disable comments
                        that silence no failure (exit 1)
      --stdin-filename <path>  the path of standard input ("-"): shown in the
                        report, its configuration and ignores found from it
      --print-config <file>  print the settings that apply to <file> (JSON) and exit
      --ignore-pattern <glob>  do not lint documents matching <glob> (relative to
                        the working folder, as "ignores"); repeatable
      --no-ignore       lint ignored documents too (.mlsd-lintignore, .gitignore,
                        "ignores", --ignore-pattern)
      --no-error-on-unmatched-pattern  a glob or folder that finds no document
                        is not an error
  -h, --help            show this help
  -v, --version         show the version

Exit codes:
  0  no rule of severity "error" failed
  1  at least one rule of severity "error" failed, more warnings than
     --max-warnings, a file scored below --min-score, or (with
     --report-unused-disable-directives) a comment that silences nothing
  2  usage error, an input that could not be read, an invalid configuration or
     an invalid mlsd-lint comment (the other documents are still reported),
     a report that could not be written or a formatter module that failed,
     or paths that found only ignored documents
  3  internal error (please report it)
`;

export function parseCli(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', multiple: true },
        output: { type: 'string', short: 'o' },
        quiet: { type: 'boolean', short: 'q' },
        rubric: { type: 'string' },
        'min-score': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        'no-inline-config': { type: 'boolean' },
        'max-size': { type: 'string' },
        timeout: { type: 'string' },
        shard: { type: 'string' },
        jobs: { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        'follow-symlinks': { type: 'boolean' },
        // reports (issue 15)
        verbose: { type: 'boolean' },
        'max-comment-size': { type: 'string' },
        'report-unused-disable-directives': { type: 'boolean' },
        // ESLint / markdownlint-cli2 conventions (issue 15)
        'stdin-filename': { type: 'string' },
        'print-config': { type: 'string' },
        'no-ignore': { type: 'boolean' },
        'ignore-pattern': { type: 'string', multiple: true },
        'no-error-on-unmatched-pattern': { type: 'boolean' },
      },
    });
  } catch (error) {
    // one line: parseArgs adds hints on further lines
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, '').split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  let command: Command = 'lint';
  let paths = positionals;
  if (positionals[0] === 'rules' || positionals[0] === 'explain') {
    command = positionals[0];
    paths = positionals.slice(1);
    if (command === 'explain' && paths.length !== 1) throw new UsageError('explain takes exactly one rule id, e.g. "mlsd-lint explain baseline-proposed"');
    if (command === 'rules' && paths.length > 0) throw new UsageError('rules takes no arguments');
  }
  if (values.output === '') throw new UsageError('--output needs a file name');
  const formats = formatTargets(values.format ?? ['stylish'], values.output);
  if (values.config === '') throw new UsageError('--config needs a file name');
  const maxWarnings = values['max-warnings'];
  if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) {
    throw new UsageError(`--max-warnings expects a whole number of warnings, not "${maxWarnings}"`);
  }
  const maxBytes = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : parseSize(values['max-size']);
  if (maxBytes === null) throw new UsageError(`--max-size takes a size such as 10MB or 512KB, not "${values['max-size']}"`);
  const timeoutMs = values.timeout === undefined ? DEFAULT_TIMEOUT_MS : parseDuration(values.timeout);
  if (timeoutMs === null) throw new UsageError(`--timeout takes a time such as 30s or 500ms (0 for none), not "${values.timeout}"`);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (shard === null) throw new UsageError(`--shard takes i/n with 1 <= i <= n, such as 1/4, not "${values.shard}"`);
  const jobs = values.jobs;
  if (jobs !== undefined && !/^[1-9]\d{0,3}$/.test(jobs)) throw new UsageError(`--jobs takes a whole number of documents linted at once (1 or more), not "${jobs}"`);
  if (values['cache-location'] === '') throw new UsageError('--cache-location needs a file or folder name');
  const maxCommentSize = values['max-comment-size'];
  if (maxCommentSize !== undefined && !/^[1-9]\d{3,8}$/.test(maxCommentSize.replace(/_/g, ''))) {
    throw new UsageError(`--max-comment-size takes a number of characters from 1000, such as 60000, not "${maxCommentSize}"`);
  }
  return {
    command,
    paths,
    format: formats[0]!.format,
    output: values.output,
    rubric: rubricOption(values.rubric),
    minScore: parseMinScore(values['min-score']),
    quiet: values.quiet ?? false,
    color: values['no-color'] ? false : values.color ? true : undefined,
    help: values.help ?? false,
    version: values.version ?? false,
    config: values.config,
    rules: values.rule ?? [],
    maxWarnings: maxWarnings === undefined ? undefined : Number(maxWarnings),
    inlineConfig: !values['no-inline-config'],
    timeoutMs,
    maxBytes,
    shard,
    jobs: jobs === undefined ? undefined : Number(jobs),
    cache: values.cache ?? false,
    cacheLocation: values['cache-location'] ?? DEFAULT_CACHE_FILE,
    followSymlinks: values['follow-symlinks'] ?? false,
    verbose: values.verbose ?? false,
    maxCommentSize: maxCommentSize === undefined ? DEFAULT_MAX_COMMENT_SIZE : Number(maxCommentSize.replace(/_/g, '')),
    reportUnusedDisableDirectives: values['report-unused-disable-directives'] ?? false,
    ...conventionOptions(values, paths, command),
    formats,
  };
}

// ESLint / markdownlint-cli2 conventions (issue 15)

/** The -f values, checked: at most one goes to standard output (or -o), no file twice. */
function formatTargets(values: readonly string[], output: string | undefined): FormatTarget[] {
  const targets: FormatTarget[] = [];
  for (const value of values) {
    const parsed = parseFormatTarget(value);
    if ('problem' in parsed) throw new UsageError(parsed.problem);
    targets.push(parsed);
  }
  const unnamed = targets.filter((t) => t.output === undefined);
  if (unnamed.length > 1) {
    throw new UsageError(`only one format can go to ${output === undefined ? 'standard output' : `--output ${output}`}: give the others a file of their own (-f ${unnamed[1]!.format}:report.out)`);
  }
  if (output !== undefined && unnamed.length === 0) throw new UsageError(`--output ${output}: every --format names its own file, so no report goes to it`);
  const files = targets.map((t) => t.output ?? output);
  const twice = files.find((f, i) => f !== undefined && files.indexOf(f) !== i);
  if (twice !== undefined) throw new UsageError(`two formats would be written to ${twice}`);
  return targets;
}

type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;

function conventionOptions(values: Values, paths: readonly string[], command: Command) {
  const stdinFilename = values['stdin-filename'] as string | undefined;
  if (stdinFilename === '') throw new UsageError('--stdin-filename needs a path');
  if (stdinFilename !== undefined && command === 'lint' && !paths.includes('-')) {
    throw new UsageError('--stdin-filename names standard input: pass - as a path (mlsd-lint --stdin-filename docs/a.md -)');
  }
  const printConfig = values['print-config'] as string | undefined;
  if (printConfig === '') throw new UsageError('--print-config needs a file');
  const ignorePatterns = (values['ignore-pattern'] as string[] | undefined) ?? [];
  if (ignorePatterns.some((p) => p.trim() === '')) throw new UsageError('--ignore-pattern needs a glob');
  return {
    stdinFilename,
    printConfig,
    ignore: !values['no-ignore'],
    ignorePatterns,
    errorOnUnmatchedPattern: !values['no-error-on-unmatched-pattern'],
  };
}

// --rubric and --min-score (issue 4)
function rubricOption(value: string | undefined): string | undefined {
  if (value === '') throw new UsageError('--rubric needs a rubric name or file');
  return value;
}

function parseMinScore(value: string | undefined): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new UsageError(`--min-score needs a score from 0 to 100, not "${value}"`);
  }
  return n;
}
