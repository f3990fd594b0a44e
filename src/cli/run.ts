/**
 * The command-line program as a function: arguments and streams in, exit
 * code out. main.ts only wires it to the process, so tests can run it in
 * process.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createColors } from 'picocolors';
import { RubricError, type Rubric } from '../core/rubric.js';
import { belowMinScore, loadRubricOption } from './rubric.js';
import type { Report } from '../core/report.js';
import { SummaryTally } from './summary.js';
import { openReportStreams } from './report-stream.js';
import { fileSpools } from './spool.js';
import type { FileReport } from '../core/types.js';
import { rules, rulesById } from '../../rules/index.js';
import { FormatterError } from '../format/load.js';
import type { FormatOptions } from '../format/types.js';
import { terminalSafe } from '../format/escape.js';
import { parseCli, UsageError, USAGE, type CliOptions } from './args.js';
import { readDocument } from './read.js';
import { resolveTargets } from './targets.js';
import { Configs, projectRoot } from './config.js';
import { formatProblem, type ConfigProblem } from '../config/resolve.js';
import { progress } from './progress.js';
import { createFileLinter, type FileLinter, type FileOutcome } from './linter.js';
import { inShard } from './shard.js';
import { inLanes, laneCount } from './lanes.js';
import { cacheKey, codeFingerprint, openCache, type LintCache } from './cache.js';
import { emitReports, outputProblem, planOutputs, sameFile, type ReportOutput } from './output.js';
import { runInit } from './init.js';
import { closest } from './suggest.js';
import { printConfig } from './print-config.js';
import { fileIsReport, isReport } from './report-marker.js';
import { STDIN, type Target } from './targets.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard output is a terminal (colour default). */
  isTTY: boolean;
  /** Standard error is a terminal (progress line). */
  stderrIsTTY?: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Standard output's width in columns when it is a terminal (stylish cuts quoted evidence to it). */
  columns?: number;
}

export const EXIT = { ok: 0, lintErrors: 1, usage: 2, internal: 3 } as const;

/** The package version, from the nearest package.json above this module (src or dist). */
function version(): string {
  for (let url = new URL('./', import.meta.url); url.pathname !== '/'; url = new URL('../', url)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', url), 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'mlsd-lint') return pkg.version;
    } catch {
      // not here: keep walking up
    }
  }
  return 'unknown';
}

function useColor(options: CliOptions, io: Io): boolean {
  if (options.color !== undefined) return options.color;
  if (options.output) return false;
  if ('NO_COLOR' in io.env && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}

function listRules(io: Io, color: boolean): void {
  const c = createColors(color);
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  for (const r of rules) {
    const sev = r.meta.severity === 'error' ? c.red('error') : c.yellow('warn ');
    io.stdout(`${r.meta.id.padEnd(width)}  ${r.meta.phase.padEnd(10)}  ${sev}  ${r.meta.description}\n`);
  }
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  // init has options of its own (--problem, --force): it parses its arguments itself
  if (argv[0] === 'init') return runInit(argv.slice(1), io);
  let options: CliOptions;
  try {
    options = parseCli(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`mlsd-lint: ${error.message}\nRun "mlsd-lint --help" for usage.\n`);
      return EXIT.usage;
    }
    throw error;
  }
  if (options.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (options.version) {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const color = useColor(options, io);
  if (options.command === 'rules') {
    listRules(io, color);
    return EXIT.ok;
  }
  if (options.command === 'explain') {
    const rule = rulesById.get(options.paths[0]!);
    if (!rule) {
      // a typo'd id suggests the closest one (issue 15)
      const near = closest(options.paths[0]!, [...rulesById.keys()]);
      const hint = near === undefined ? '' : `; did you mean "${near}"?`;
      io.stderr(`mlsd-lint: unknown rule "${terminalSafe(options.paths[0]!)}"${hint} ("mlsd-lint rules" lists them)\n`);
      return EXIT.usage;
    }
    // loaded only here: the lint path never needs the documentation renderer
    const { renderRuleDoc } = await import('../docs/render.js');
    io.stdout(renderRuleDoc(rule));
    return EXIT.ok;
  }

  const configs = new Configs(io.cwd, { configPath: options.config, ruleFlags: options.rules, ignore: options.ignore, ignorePatterns: options.ignorePatterns });
  if (configs.fatal.length > 0) {
    for (const line of configs.fatal) io.stderr(`mlsd-lint: ${terminalSafe(line)}\n`);
    return EXIT.usage;
  }
  if (options.printConfig !== undefined) {
    const locksGrading = (name: string, fromConfig: boolean): boolean => {
      try {
        return loadRubricOption(name, io.cwd, fromConfig ? { confineTo: projectRoot(io.cwd, io.cwd) } : {}).inlineConfig === false;
      } catch (error) {
        if (error instanceof RubricError) return false; // a lint names the bad rubric; the settings print as configured
        throw error;
      }
    };
    const printed = printConfig(configs, options.printConfig, io.cwd, { rubric: options.rubric, inlineConfig: options.inlineConfig, locksGrading });
    if ('problems' in printed) {
      for (const line of printed.problems) io.stderr(`mlsd-lint: ${terminalSafe(line)}\n`);
      return EXIT.usage;
    }
    io.stdout(printed.text);
    return EXIT.ok;
  }
  // every formatter before any lint: a custom module that cannot be loaded stops the run at once
  let outputs: ReportOutput[];
  try {
    outputs = await planOutputs(options.formats, options.output, io);
  } catch (error) {
    if (!(error instanceof FormatterError)) throw error;
    io.stderr(`mlsd-lint: ${terminalSafe(error.message)}\n`);
    return EXIT.usage;
  }
  const found = await resolveTargets(options.paths, io.cwd, { followSymlinks: options.followSymlinks, errorOnUnmatched: options.errorOnUnmatchedPattern });
  // a report never lints itself (issue 15): the report file is left out of the inputs (however it was reached: a
  // walk, a glob, the shell's *.md) when it is one of our reports; a document there is never replaced (refused below)
  const reports = outputs.flatMap((o) => (o.path === undefined ? [] : [o.path]));
  const isOutput = (t: Target): boolean => reports.some((r) => sameFile(t.file, r)) && fileIsReport(t.file);
  const targets = { ...found, paths: found.paths.filter((t) => !isOutput(t)) };
  // --rubric (issue 4): a bad rubric is a usage error naming the file and the JSON pointer
  let rubric: Rubric;
  try {
    rubric = loadRubricOption(options.rubric, io.cwd);
  } catch (error) {
    if (!(error instanceof RubricError)) throw error;
    io.stderr(`${error.message.replace(/^/gm, 'mlsd-lint: rubric ')}\n`);
    return EXIT.usage;
  }
  const rubrics = new Map<string, Rubric | RubricError>();
  const configRubric = (name: string): Rubric | RubricError => {
    let r = rubrics.get(name);
    if (r === undefined) {
      try {
        r = loadRubricOption(name, io.cwd, { confineTo: projectRoot(io.cwd, io.cwd) });
      } catch (error) {
        if (!(error instanceof RubricError)) throw error;
        r = error;
      }
      rubrics.set(name, r);
    }
    return r;
  };
  const unreadable = [...targets.problems];
  for (const output of outputs) {
    const refused = output.path === undefined ? null : outputProblem(output.path, targets.paths);
    if (refused) {
      io.stderr(`mlsd-lint: refusing to write the report to ${terminalSafe(output.shown!)}: ${refused}\n`);
      return EXIT.usage;
    }
  }
  // --shard (issue 13): this job's share of the documents; problems with the paths given are every shard's
  const documents = inShard(targets.paths, options.shard);
  const cache = options.cache ? openCache(options.cacheLocation, io.cwd, codeFingerprint(version())) : undefined;
  for (const warning of cache?.warnings.splice(0) ?? []) io.stderr(`mlsd-lint: ${terminalSafe(warning)}\n`);

  const bar = progress(io, documents.length);
  // the reports that stream are opened now and get each file as soon as the files before it are done (issue 13)
  const spools = fileSpools();
  const emitOptions = { format: reportOptions(options, io, color, undefined), forcedColor: options.color === true, all: outputs, isTTY: io.isTTY, columns: io.columns };
  // a report written to the terminal while the progress line is up clears it first (the next tick redraws it)
  const clearingBar = (write: (text: string) => void) => (text: string) => {
    bar.end();
    write(text);
  };
  const { live, whole } = await openReportStreams(outputs, emitOptions, io, spools.factory, clearingBar);
  // only a format that needs the whole Report (not streamed) keeps the files until the end
  const files: FileReport[] | undefined = whole.length > 0 ? [] : undefined;
  const tally = new SummaryTally();
  const notes: string[] = [...targets.notices];
  const badConfigs = new Set<string>();
  const below: Array<{ path: string; total: number }> = [];
  let inlineProblems = 0;
  let internalErrors = 0;
  let unusedDirectives = 0;
  let ignored = 0;
  let ignoredAsReports = 0;
  /** What one document's step adds to the run, in input order: notes, counts, and its report to every output. */
  const report = (step: Step, { path, named }: Target): void => {
    if (step.kind === 'bad-config') {
      if (!badConfigs.has(step.config)) notes.push(...step.problems.map(formatProblem));
      badConfigs.add(step.config);
      unreadable.push({ path, reason: `not linted: invalid configuration ${step.config}` });
    } else if (step.kind === 'ignored') {
      ignored++;
      if (step.by === REPORT) ignoredAsReports++;
      if (named) notes.push(`${path === STDIN ? (options.stdinFilename ?? '<stdin>') : path}: ${step.by === REPORT ? 'a report written by mlsd-lint' : `ignored by ${step.by}`}, not linted${step.by === REPORT || !options.ignore ? '' : ' (--no-ignore lints it)'}`);
    } else if (step.kind === 'unreadable') {
      unreadable.push({ path, reason: step.reason });
      if (step.internal) internalErrors++;
    } else {
      const { inlineProblems: problems, unusedDirectives: unused, ...fileReport } = step.report;
      for (const p of problems ?? []) notes.push(`${fileReport.path}:${p.line}:${p.column}: ${p.message}`);
      // --report-unused-disable-directives (issue 15): ESLint's name, and like ESLint an error (exit 1)
      if (options.reportUnusedDisableDirectives) for (const u of unused ?? []) notes.push(`${fileReport.path}:${u.line}:${u.column}: ${u.message}`);
      if (options.reportUnusedDisableDirectives) unusedDirectives += unused?.length ?? 0;
      // a rule that threw is an internal error (exit 3); the file's other results are still reported
      for (const e of fileReport.ruleErrors ?? []) notes.push(`${fileReport.path}: rule ${e.rule} failed: ${e.message}`);
      internalErrors += fileReport.ruleErrors?.length ?? 0;
      inlineProblems += problems?.length ?? 0;
      // unused comments are shown by the formats (stylish, json, github annotations) only when asked for
      const shown: FileReport = options.reportUnusedDisableDirectives && unused ? { ...fileReport, unusedDirectives: unused } : fileReport;
      tally.add(shown);
      // --min-score (issue 4): files below it fail the run, named on stderr
      for (const f of belowMinScore([shown], options.minScore)) below.push({ path: f.path, total: f.score.total });
      for (const out of live.values()) out.file(shown);
      files?.push(shown);
    }
  };

  // each document in a lane of its own (--jobs); a step waits by index until the ones before it are reported,
  // so the reports are in input order whichever lane finished first, and a reported step is dropped
  const steps = new Map<number, Step>();
  let next = 0;
  const lanes = laneCount(options.jobs, documents.length);
  // within the time limit: in the main thread with one lane, else each lane's own worker
  const linters: FileLinter[] = Array.from({ length: lanes }, () => createFileLinter(options.timeoutMs, lanes === 1));
  let done = 0;
  bar.tick(0);
  let finished = false;
  try {
    await inLanes(documents, lanes, async (target, index, lane) => {
      steps.set(index, await lintTarget(target, { options, configs, rubric, configRubric, linter: linters[lane]!, cache, cwd: io.cwd }));
      for (let step = steps.get(next); step !== undefined; step = steps.get(next)) {
        steps.delete(next);
        report(step, documents[next]!);
        next++;
      }
      bar.tick(++done);
    });
    finished = true;
  } finally {
    bar.end();
    await Promise.all(linters.map((l) => l.close()));
    // a run that stopped on an error leaves every report target as it was
    if (!finished) {
      for (const out of live.values()) out.abort();
      spools.discardAll();
      cache?.discard();
    }
  }
  cache?.save();
  for (const warning of cache?.warnings ?? []) io.stderr(`mlsd-lint: ${terminalSafe(warning)}\n`);

  for (const note of notes) io.stderr(`mlsd-lint: ${terminalSafe(note)}\n`);
  for (const u of unreadable) io.stderr(`mlsd-lint: ${terminalSafe(u.path)}: ${u.reason}\n`);
  for (const f of below) io.stderr(`mlsd-lint: ${terminalSafe(f.path)}: score ${f.total} is below --min-score ${options.minScore}\n`);

  // ESLint: paths were named and every document they found is ignored: nothing was checked, exit 2 (not for one
  // --shard: its share may be all ignored while the other shards lint the rest)
  const allIgnored =
    options.shard === undefined && options.paths.some((p) => !p.startsWith('!')) && documents.length > 0 && ignored === documents.length && unreadable.length === 0;
  if (allIgnored) io.stderr(`mlsd-lint: every document found is ignored, nothing was linted${ignoredAsReports === ignored || !options.ignore ? '' : ' (--no-ignore lints them)'}\n`);

  const summary = tally.summary(unreadable);
  const tooManyWarnings = options.maxWarnings !== undefined && summary.warnings > options.maxWarnings;
  // decided before any report is finished, so every report can say how the run ends (issue 15: no green tick on
  // exit 1 or 2; an all-ignored run is exit 2)
  const exitCode =
    internalErrors > 0
      ? EXIT.internal
      : unreadable.length > 0 || inlineProblems > 0 || allIgnored
        ? EXIT.usage
        : summary.errors > 0 || tooManyWarnings || below.length > 0 || unusedDirectives > 0
          ? EXIT.lintErrors
          : EXIT.ok;
  const wholeReport: Report = { files: files ?? [], summary };
  const finish = async (toFiles: boolean, code: number): Promise<string[]> => {
    const problems: string[] = [];
    for (const output of outputs) {
      if ((output.stream === undefined) !== toFiles) continue;
      const streamed = live.get(output);
      if (streamed) {
        const problem = streamed.finish(summary, code);
        if (problem !== undefined) problems.push(problem);
      } else {
        problems.push(...(await emitReports([output], wholeReport, { ...emitOptions, format: { ...emitOptions.format, exitCode: code } }, io)));
      }
    }
    return problems;
  };
  // files first: a report that cannot be written is exit 2, and the one on the terminal says so
  const failures = await finish(true, exitCode);
  const finalCode = failures.length > 0 ? EXIT.usage : exitCode;
  failures.push(...(await finish(false, finalCode)));
  // a spool left unread (its report could not be written) gives up its file now
  spools.discardAll();
  for (const line of failures) io.stderr(`mlsd-lint: ${terminalSafe(line)}\n`);
  if (tooManyWarnings) io.stderr(`mlsd-lint: ${plural(summary.warnings, 'warning')}, more than --max-warnings ${options.maxWarnings}\n`);
  return failures.length > 0 ? EXIT.usage : exitCode;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The report options of issue 15 every output shares (--verbose, the exit code and gates, --max-comment-size); where each output goes adds its own (output.ts). */
function reportOptions(options: CliOptions, io: Io, color: boolean, exitCode: number | undefined): FormatOptions {
  return {
    color,
    quiet: options.quiet,
    version: version(),
    cwd: io.cwd,
    verbose: options.verbose,
    exitCode,
    minScore: options.minScore,
    maxWarnings: options.maxWarnings,
    maxCommentSize: options.maxCommentSize,
  };
}

/** The `by` of a document skipped because it is one of our reports. */
const REPORT = Symbol('report');

/** What became of one document, before it is reported (in input order). */
type Step =
  | { kind: 'bad-config'; config: string; problems: ConfigProblem[] }
  | { kind: 'ignored'; by: string | typeof REPORT }
  | { kind: 'unreadable'; reason: string; internal?: boolean }
  | { kind: 'linted'; report: FileOutcome };

interface LintContext {
  options: CliOptions;
  configs: Configs;
  rubric: Rubric;
  configRubric: (name: string) => Rubric | RubricError;
  linter: FileLinter;
  cache: LintCache | undefined;
  cwd: string;
}

/** Configure, read and lint one document (or take its report from the cache). */
async function lintTarget({ path, file }: Target, ctx: LintContext): Promise<Step> {
  const { options } = ctx;
  // --stdin-filename: standard input is configured (and ignored) as that file would be
  const configuredAs = file === STDIN && options.stdinFilename !== undefined ? resolve(ctx.cwd, options.stdinFilename) : file;
  const setup = ctx.configs.forFile(configuredAs);
  if (!setup.ok) return { kind: 'bad-config', config: setup.config, problems: setup.problems };
  if (setup.ignoredBy !== undefined) return { kind: 'ignored', by: setup.ignoredBy };
  const read = await readDocument(file, options.maxBytes);
  if (!read.ok) return { kind: 'unreadable', reason: read.reason };
  if (isReport(read.text)) return { kind: 'ignored', by: REPORT };
  const inlineConfig = options.inlineConfig && setup.settings.inlineConfig;
  // --rubric wins; otherwise the rubric the file's configuration names
  const fileRubric = options.rubric === undefined && setup.settings.rubric !== undefined ? ctx.configRubric(setup.settings.rubric) : ctx.rubric;
  if (fileRubric instanceof RubricError) return { kind: 'unreadable', reason: `not linted: ${fileRubric.message.split('\n')[0]}` };
  const shownPath = path === '-' ? (options.stdinFilename ?? '<stdin>') : path;
  // standard input is never cached: it has no file to key it on
  const key = ctx.cache && file !== '-' ? cacheKey({ text: read.text, path: shownPath, rules: setup.settings.rules, inlineConfig, rubric: fileRubric }) : undefined;
  const cached = key === undefined ? undefined : ctx.cache!.get(file, key);
  if (cached) return { kind: 'linted', report: cached };
  const outcome = await ctx.linter.lint(read.text, { path: shownPath, rules: setup.settings.rules, inlineConfig, rubric: fileRubric });
  if (!outcome.ok) return { kind: 'unreadable', reason: outcome.reason, internal: outcome.internal };
  // a rule that threw is not cached: the next run tries again and reports it again
  if (key !== undefined && !outcome.report.ruleErrors) ctx.cache!.set(file, key, outcome.report);
  return { kind: 'linted', report: outcome.report };
}
