/**
 * The JSON report (documented in the README): every file, every rule that
 * ran (passes and n/a included), scores and a summary. With --quiet only
 * failing error-severity results are kept.
 *
 * Streamed (src/format/stream.ts): each file's entry is written when the
 * file is done, the summary (which follows the files) at the end; the
 * text is JSON.stringify(report, null, 2) byte for byte.
 */
import type { FileReport } from '../core/types.js';
import { ARRAY_MARK, FramedArray, jsonFrame } from './json-frame.js';
import { collect, type StreamFormat } from './stream.js';
import type { Formatter } from './types.js';

function shown(file: FileReport, quiet: boolean): FileReport {
  return quiet ? { ...file, results: file.results.filter((r) => r.status === 'fail' && r.severity === 'error') } : file;
}

export const streamJson: StreamFormat = ({ quiet }, write) => {
  // the summary comes after the files: the head is the same whatever it holds
  const files = new FramedArray(write, () => jsonFrame({ files: [ARRAY_MARK], summary: null }));
  return {
    file: (f) => files.push(shown(f, quiet)),
    end: (summary) => files.close(jsonFrame({ files: [ARRAY_MARK], summary })),
  };
};

export const json: Formatter = (report, options) => collect(streamJson, report, options);
