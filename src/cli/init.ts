/**
 * `mlsd-lint init [file] [--problem "Design a ..."] [--force]`: writes a
 * starting design document (src/core/template.ts) to a file, or to standard
 * output with "-". An existing file is never replaced without --force.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { designTemplate } from '../core/template.js';
import { rules } from '../../rules/index.js';
import { terminalSafe } from '../format/escape.js';
import { describeWriteError, writeReport } from './output.js';

export const DEFAULT_INIT_FILE = 'design.md';

export const INIT_USAGE = `Usage: mlsd-lint init [file] [--problem "Design a ..."] [--force]

Write a starting ML system design document: the title, the four phases as
sections with their time budget, and under each one a prompt (an HTML
comment, never graded) naming what the rules look for.

  file                  where to write it (default: ${DEFAULT_INIT_FILE}); "-" for standard output
      --problem <text>  the problem, used as the title (e.g. "Design a video recommender")
      --force           replace the file if it exists
  -h, --help            show this help

Exit codes: 0 written; 2 usage error, the file exists (without --force) or
cannot be written.
`;

/** What init needs of the process (a subset of run.ts's Io). */
export interface InitIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

// run.ts's EXIT.ok and EXIT.usage (run.ts imports this module, so they are not imported from it)
const EXIT_OK = 0;
const EXIT_USAGE = 2;

function usageError(io: InitIo, message: string): number {
  io.stderr(`mlsd-lint init: ${message}\nRun "mlsd-lint init --help" for usage.\n`);
  return EXIT_USAGE;
}

export function runInit(argv: readonly string[], io: InitIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        problem: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError(io, (error as Error).message.replace(/\. To specify a positional.*$/s, '').split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(INIT_USAGE);
    return EXIT_OK;
  }
  if (positionals.length > 1) return usageError(io, `takes at most one file, not ${positionals.length}`);
  if (values.problem !== undefined && values.problem.trim() === '') return usageError(io, '--problem needs the problem, e.g. --problem "Design a video recommender"');
  const target = positionals[0] ?? DEFAULT_INIT_FILE;
  if (target === '') return usageError(io, 'the file name is empty');
  const text = designTemplate(rules, { problem: values.problem });
  if (target === '-') {
    io.stdout(text);
    return EXIT_OK;
  }
  const path = resolve(io.cwd, target);
  try {
    if (values.force) writeReport(path, text); // as --output: atomic, never over a folder or a socket
    // "wx": the check and the creation are one step, so no file is ever replaced by accident
    else writeFileSync(path, text, { flag: 'wx' });
  } catch (error) {
    const name = terminalSafe(target);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') io.stderr(`mlsd-lint init: ${name} already exists; not replaced (pass --force to replace it)\n`);
    else io.stderr(`mlsd-lint init: cannot write ${name}: ${describeWriteError(error)}\n`);
    return EXIT_USAGE;
  }
  io.stdout(`Wrote ${terminalSafe(target)}: answer under each heading, then run "mlsd-lint ${terminalSafe(target)}" to grade it.\n`);
  return EXIT_OK;
}
