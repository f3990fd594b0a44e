#!/usr/bin/env node
/** Entry point of the `mlsd-lint` command. */
import { EXIT, run } from './run.js';

run(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
  cwd: process.cwd(),
  columns: process.stdout.columns,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // never a stack trace for users; MLSD_LINT_DEBUG=1 shows it
    process.stderr.write(`mlsd-lint: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (process.env.MLSD_LINT_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    process.stderr.write('Please report this with the input that caused it.\n');
    process.exitCode = EXIT.internal;
  },
);
