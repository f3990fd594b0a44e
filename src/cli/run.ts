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
import { summarize, type Report } from '../core/report.js';
import type { FileReport } from '../core/types.js';
import { rules, rulesById } from '../../rules/index.js';
import { renderRuleDoc } from '../docs/render.js';
import { formatters } from '../format/index.js';
import { terminalSafe } from '../format/escape.js';
import { parseCli, UsageError, USAGE, type CliOptions } from './args.js';
import { readDocument } from './read.js';
import { resolveTargets } from './targets.js';
import { Configs, projectRoot } from './config.js';
import { formatProblem } from '../config/resolve.js';
import { progress } from './progress.js';
import { createFileLinter } from './linter.js';
import { describeWriteError, outputProblem, writeReport } from './output.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard output is a terminal (colour default). */
  isTTY: boolean;
  /** Standard error is a terminal (progress line). */
  stderrIsTTY?: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
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
      io.stderr(`mlsd-lint: unknown rule "${options.paths[0]}"; "mlsd-lint rules" lists them\n`);
      return EXIT.usage;
    }
    io.stdout(renderRuleDoc(rule));
    return EXIT.ok;
  }

  const configs = new Configs(io.cwd, { configPath: options.config, ruleFlags: options.rules });
  if (configs.fatal.length > 0) {
    for (const line of configs.fatal) io.stderr(`mlsd-lint: ${terminalSafe(line)}\n`);
    return EXIT.usage;
  }
  const targets = await resolveTargets(options.paths, io.cwd, { followSymlinks: options.followSymlinks });
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
  // -o /dev/stdout and /dev/stderr are the command's own streams (whatever they are connected to)
  const toStream = options.output === '/dev/stdout' ? io.stdout : options.output === '/dev/stderr' ? io.stderr : undefined;
  const outputPath = options.output === undefined || toStream ? undefined : resolve(io.cwd, options.output);
  const refused = outputPath === undefined ? null : outputProblem(outputPath, targets.paths);
  if (refused) {
    io.stderr(`mlsd-lint: refusing to write the report to ${options.output}: ${refused}\n`);
    return EXIT.usage;
  }
  const files: FileReport[] = [];
  const notes: string[] = [...targets.notices];
  const badConfigs = new Set<string>();
  let inlineProblems = 0;
  let internalErrors = 0;
  const bar = progress(io, targets.paths.length);
  // each file within the time limit, in a worker; a runaway or a crash is that file's error
  const linter = createFileLinter(options.timeoutMs);
  try {
    for (const [i, { path, file }] of targets.paths.entries()) {
      bar.tick(i);
      const setup = configs.forFile(file);
      if (!setup.ok) {
        if (!badConfigs.has(setup.config)) notes.push(...setup.problems.map(formatProblem));
        badConfigs.add(setup.config);
        unreadable.push({ path, reason: `not linted: invalid configuration ${setup.config}` });
        continue;
      }
      if (setup.ignoredBy !== undefined) {
        if (options.paths.includes(path)) notes.push(`${path}: ignored by ${setup.ignoredBy}, not linted`);
        continue;
      }
      const read = await readDocument(file, options.maxBytes);
      if (!read.ok) {
        unreadable.push({ path, reason: read.reason });
        continue;
      }
      const inlineConfig = options.inlineConfig && setup.settings.inlineConfig;
      // --rubric wins; otherwise the rubric the file's configuration names
      const fileRubric = options.rubric === undefined && setup.settings.rubric !== undefined ? configRubric(setup.settings.rubric) : rubric;
      if (fileRubric instanceof RubricError) {
        unreadable.push({ path, reason: `not linted: ${fileRubric.message.split('\n')[0]}` });
        continue;
      }
      const outcome = await linter.lint(read.text, { path: path === '-' ? '<stdin>' : path, rules: setup.settings.rules, inlineConfig, rubric: fileRubric });
      if (!outcome.ok) {
        unreadable.push({ path, reason: outcome.reason });
        if (outcome.internal) internalErrors++;
        continue;
      }
      const { inlineProblems: problems, ...fileReport } = outcome.report;
      for (const p of problems ?? []) notes.push(`${fileReport.path}:${p.line}:${p.column}: ${p.message}`);
      // a rule that threw is an internal error (exit 3); the file's other results are still reported
      for (const e of fileReport.ruleErrors ?? []) notes.push(`${fileReport.path}: rule ${e.rule} failed: ${e.message}`);
      internalErrors += fileReport.ruleErrors?.length ?? 0;
      inlineProblems += problems?.length ?? 0;
      files.push(fileReport);
    }
  } finally {
    bar.end();
    await linter.close();
  }
  for (const note of notes) io.stderr(`mlsd-lint: ${terminalSafe(note)}\n`);
  for (const u of unreadable) io.stderr(`mlsd-lint: ${terminalSafe(u.path)}: ${u.reason}\n`);
  // --min-score (issue 4): files below it fail the run, named on stderr
  const below = belowMinScore(files, options.minScore);
  for (const f of below) io.stderr(`mlsd-lint: ${terminalSafe(f.path)}: score ${f.score.total} is below --min-score ${options.minScore}\n`);

  const report: Report = { files, summary: summarize(files, unreadable) };
  const text = formatters[options.format]!(report, { color, quiet: options.quiet, version: version() });
  if (outputPath !== undefined) {
    try {
      writeReport(outputPath, text);
    } catch (error) {
      io.stderr(`mlsd-lint: cannot write ${options.output}: ${describeWriteError(error)}\n`);
      return EXIT.usage;
    }
  } else {
    (toStream ?? io.stdout)(text);
  }
  const tooManyWarnings = options.maxWarnings !== undefined && report.summary.warnings > options.maxWarnings;
  if (tooManyWarnings) io.stderr(`mlsd-lint: ${report.summary.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
  if (internalErrors > 0) return EXIT.internal;
  if (unreadable.length > 0 || inlineProblems > 0) return EXIT.usage;
  return report.summary.errors > 0 || tooManyWarnings || below.length > 0 ? EXIT.lintErrors : EXIT.ok;
}
