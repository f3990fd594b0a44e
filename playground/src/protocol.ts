/**
 * Messages between the page and the lint worker. Everything is plain data
 * (structured-clone safe): the report objects are the JSON report's.
 * Requests other than lint carry an id, and their reply the same id.
 */
import type { FileReport } from '../../src/core/types.js';

/** The rubric to grade with: a shipped one by name, or the uploaded one. */
export type RubricChoice = { kind: 'shipped'; name: string } | { kind: 'uploaded' };

export type DownloadFormat = 'html' | 'markdown' | 'json';

export type ToWorker =
  | { type: 'lint'; seq: number; text: string; path: string; rubric: RubricChoice }
  | { type: 'rubric'; id: number; text: string; source: string }
  | { type: 'format'; id: number; format: DownloadFormat; report: FileReport }
  | { type: 'template'; id: number; problem: string };

export type RubricReply = { ok: true; id: string; title: string } | { ok: false; problems: string[] };

export type FromWorker =
  | { type: 'ready'; rubrics: Array<{ name: string; title: string }>; defaultRubric: string }
  /** `notes`: inline `mlsd-lint` comments that could not be applied (the CLI's stderr). */
  | { type: 'report'; seq: number; report: FileReport; notes: string[]; ms: number }
  | { type: 'lint-error'; seq: number; message: string }
  | { type: 'reply'; id: number; rubric: RubricReply }
  | { type: 'reply'; id: number; text: string }
  /** A request the worker could not serve (a bug: every expected problem has its own reply). */
  | { type: 'reply'; id: number; error: string };
