/**
 * The output formats by name, each loaded only when asked for: the command
 * imports one formatter module (and its dependencies: the HTML one pulls
 * in hast) instead of all of them at start-up. src/format/index.ts keeps
 * the eager map for the library and tests; a test checks the two agree.
 *
 * A `--format` value that is a path (`./my-format.js`, `/abs/fmt.mjs`) is a
 * custom formatter module, as in ESLint: it is imported and run, so it is
 * code with every right of the command (documented as such). Anything that
 * goes wrong with it is a FormatterError with one line saying what, never a
 * stack trace.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Report } from '../core/report.js';
import type { FormatOptions, Formatter } from './types.js';

const LOADERS: Readonly<Record<string, () => Promise<Formatter>>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  markdown: async () => (await import('./markdown.js')).markdown,
  html: async () => (await import('./html.js')).html,
};

export function formatNames(): string[] {
  return Object.keys(LOADERS);
}

/** The formatter of a name formatNames() lists. */
export function loadFormatter(name: string): Promise<Formatter> {
  const load = LOADERS[name];
  if (!load) throw new Error(`unknown format "${name}"`);
  return load();
}

// custom formatter modules and several formats in one run (issue 15)

/** A formatter module's problem (cannot be imported, exports no function, throws): one line, exit 2. */
export class FormatterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormatterError';
  }
}

/** A custom formatter may also be async (ESLint's formatters may return a promise). */
export type ModuleFormatter = (report: Report, options: FormatOptions) => string | Promise<string>;

/** Is this --format value a module path rather than a format name? (ESLint: a path starts with . or /.) */
export function isFormatterModule(value: string): boolean {
  return value.startsWith('./') || value.startsWith('../') || value.startsWith('/') || /\.[cm]?js$/.test(value);
}

/** One `-f` value: a format (name or module) and where it goes (undefined: standard output or -o). */
export interface FormatTarget {
  format: string;
  output?: string;
}

/**
 * `-f name` or `-f name:file` (markdownlint-cli2 and ESLint users write
 * `-f sarif:report.sarif`): the first ":" splits, so a file name may hold
 * colons. Returns a problem for an empty name or file.
 */
export function parseFormatTarget(value: string): FormatTarget | { problem: string } {
  const at = value.indexOf(':');
  const format = at < 0 ? value : value.slice(0, at);
  const output = at < 0 ? undefined : value.slice(at + 1);
  if (format === '') return { problem: `--format "${value}": no format before ":" (e.g. -f sarif:report.sarif)` };
  if (output === '') return { problem: `--format "${value}": no file after ":" (e.g. -f ${format}:report.out)` };
  if (!isFormatterModule(format) && !formatNames().includes(format)) {
    return { problem: `unknown format "${format}" (expected one of: ${formatNames().join(', ')}, or a formatter module such as ./my-format.js)` };
  }
  return output === undefined ? { format } : { format, output };
}

function describeImportError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ERR_UNKNOWN_FILE_EXTENSION') return 'not a JavaScript module (expected .js, .mjs or .cjs)';
  if (e?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') return 'is a folder, not a module';
  // a module it imports that is missing, a syntax error, an error thrown while it loads: the first line says which
  const name = e instanceof Error ? e.name : 'Error';
  return `${name}: ${(e?.message ?? String(error)).split('\n')[0]}`;
}

/** Why `file` cannot be a module, before importing it (the import's own "not found" names our loader, not the user's path). */
function notAModule(file: string): string | undefined {
  try {
    return statSync(file).isFile() ? undefined : 'is not a file';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
  }
}

/**
 * Import a custom formatter module (relative to `cwd`): its default
 * export, or a named export `format`, must be a function of (report,
 * options) returning the text (or a promise of it).
 */
export async function loadFormatterModule(path: string, cwd: string): Promise<ModuleFormatter> {
  const file = resolve(cwd, path);
  const missing = notAModule(file);
  if (missing !== undefined) throw new FormatterError(`cannot load the formatter ${path}: ${missing}`);
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    throw new FormatterError(`cannot load the formatter ${path}: ${describeImportError(error)}`);
  }
  // a CommonJS module.exports = fn arrives as the default export
  const fn = typeof module.default === 'function' ? module.default : module.format;
  if (typeof fn !== 'function') {
    throw new FormatterError(`the formatter ${path} exports no function: write "export default (report, options) => text" (or export a function named format)`);
  }
  return fn as ModuleFormatter;
}

/** Run a formatter; a custom one that throws or returns something other than text is a FormatterError. */
export async function runFormatter(name: string, format: ModuleFormatter, report: Report, options: FormatOptions): Promise<string> {
  let text: unknown;
  try {
    text = await format(report, options);
  } catch (error) {
    throw new FormatterError(`the formatter ${name} failed: ${error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error)}`);
  }
  if (typeof text !== 'string') throw new FormatterError(`the formatter ${name} returned ${text === null ? 'null' : typeof text}, not the report's text (a string)`);
  return text;
}

/** The formatter for a --format value: a built-in by name, or a module path. */
export function resolveFormatter(format: string, cwd: string): Promise<ModuleFormatter> {
  return isFormatterModule(format) ? loadFormatterModule(format, cwd) : loadFormatter(format);
}
