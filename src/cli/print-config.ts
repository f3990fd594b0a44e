/**
 * `--print-config <file>` (ESLint's name): the settings that apply to one
 * document, as JSON, without linting it. The file need not exist (a
 * document about to be written is configured by where it would be).
 * Every rule is listed with its effective setting (its default where no
 * configuration sets it), so the output answers "what will run, at which
 * severity" on its own.
 */
import { resolve } from 'node:path';
import { rules } from '../../rules/index.js';
import { DEFAULT_RUBRIC } from '../core/rubric.js';
import type { RuleSetting } from '../core/engine.js';
import type { Configs } from './config.js';
import { formatProblem } from '../config/resolve.js';

export interface PrintedConfig {
  file: string;
  /** The configuration files applied, in order ([] when none is found). */
  configFiles: string[];
  /** The ignore source that would skip it (a file, the configuration, --ignore-pattern), or null. */
  ignoredBy: string | null;
  inlineConfig: boolean;
  rubric: string;
  rules: Record<string, RuleSetting>;
}

/** The JSON text for `file`, or the configuration problems that stop it (one line each). */
export function printConfig(
  configs: Configs,
  file: string,
  cwd: string,
  options: { rubric?: string; inlineConfig: boolean; locksGrading?: (rubric: string, fromConfig: boolean) => boolean },
): { text: string } | { problems: string[]; config: string } {
  const absolute = resolve(cwd, file);
  const setup = configs.forFile(absolute);
  if (!setup.ok) return { config: setup.config, problems: setup.problems.map(formatProblem) };
  const rubric = options.rubric ?? setup.settings.rubric ?? DEFAULT_RUBRIC;
  const printed: PrintedConfig = {
    file,
    configFiles: configs.configFiles(absolute),
    ignoredBy: setup.ignoredBy ?? null,
    // a rubric with "inlineConfig": false locks grading (issue 15): the comments do not apply under it either
    inlineConfig: options.inlineConfig && setup.settings.inlineConfig && !(options.locksGrading?.(rubric, options.rubric === undefined && setup.settings.rubric !== undefined) ?? false),
    rubric,
    rules: Object.fromEntries(rules.map((r) => [r.meta.id, setup.settings.rules[r.meta.id] ?? r.meta.severity])),
  };
  return { text: `${JSON.stringify(printed, null, 2)}\n` };
}
