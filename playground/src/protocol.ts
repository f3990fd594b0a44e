/**
 * Messages between the page and the lint worker. Everything is plain data
 * (structured-clone safe): the report objects are the JSON report's.
 */
import type { FileReport } from '../../src/core/types.js';

/** The rubric to grade with: a shipped one by name, or the uploaded one. */
export type RubricChoice = { kind: 'shipped'; name: string } | { kind: 'uploaded' };

export type DownloadFormat = 'html' | 'markdown' | 'json';

export type ToWorker =
  | { type: 'lint'; seq: number; text: string; path: string; rubric: RubricChoice }
  | { type: 'rubric'; text: string; source: string }
  | { type: 'format'; format: DownloadFormat; report: FileReport }
  | { type: 'template'; problem: string };

export type FromWorker =
  | { type: 'ready'; rubrics: Array<{ name: string; title: string }>; defaultRubric: string }
  /** `notes`: inline `mlsd-lint` comments that could not be applied (the CLI's stderr). */
  | { type: 'report'; seq: number; report: FileReport; notes: string[]; ms: number }
  | { type: 'lint-error'; seq: number; message: string }
  | { type: 'rubric'; ok: true; id: string; title: string }
  | { type: 'rubric'; ok: false; problems: string[] }
  | { type: 'formatted'; format: DownloadFormat; text: string }
  | { type: 'template'; text: string };
