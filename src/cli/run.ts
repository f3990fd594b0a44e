/**
 * The command-line program as a function: arguments and streams in, exit
 * code out. main.ts only wires it to the process, so tests can run it in
 * process.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createColors } from 'picocolors';
import { lint } from '../core/engine.js';
import { RubricError, type Rubric } from '../core/rubric.js';
import { belowMinScore, loadRubricOption } from './rubric.js';
import { summarize, type Report } from '../core/report.js';
import type { FileReport } from '../core/types.js';
import { rules, rulesById } from '../../rules/index.js';
import { renderRuleDoc } from '../docs/render.js';
import { formatters } from '../format/index.js';
import { parseCli, UsageError, USAGE, type CliOptions } from './args.js';
import { readDocument } from './read.js';
import { resolveTargets } from './targets.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard output is a terminal (colour default). */
  isTTY: boolean;
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

  const targets = await resolveTargets(options.paths, io.cwd);
  // --rubric (issue 4): a bad rubric is a usage error naming the file and the JSON pointer
  let rubric: Rubric;
  try {
    rubric = loadRubricOption(options.rubric, io.cwd);
  } catch (error) {
    if (!(error instanceof RubricError)) throw error;
    io.stderr(`${error.message.replace(/^/gm, 'mlsd-lint: rubric ')}\n`);
    return EXIT.usage;
  }
  const unreadable = [...targets.problems];
  const files: FileReport[] = [];
  for (const { path, file } of targets.paths) {
    const read = await readDocument(file);
    if (!read.ok) {
      unreadable.push({ path, reason: read.reason });
      continue;
    }
    const report = lint(read.text, { path: path === '-' ? '<stdin>' : path, rubric });
    files.push({ path: report.path, results: report.results, score: report.score });
  }
  for (const u of unreadable) io.stderr(`mlsd-lint: ${u.path}: ${u.reason}\n`);
  // --min-score (issue 4): files below it fail the run, named on stderr
  const below = belowMinScore(files, options.minScore);
  for (const f of below) io.stderr(`mlsd-lint: ${f.path}: score ${f.score.total} is below --min-score ${options.minScore}\n`);

  const report: Report = { files, summary: summarize(files, unreadable) };
  const text = formatters[options.format]!(report, { color, quiet: options.quiet });
  if (options.output) {
    try {
      writeFileSync(options.output, text);
    } catch (error) {
      io.stderr(`mlsd-lint: cannot write ${options.output}: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
  } else {
    io.stdout(text);
  }
  if (unreadable.length > 0) return EXIT.usage;
  return report.summary.errors > 0 || below.length > 0 ? EXIT.lintErrors : EXIT.ok;
}
