/**
 * The reports of a run written while it goes (issue 13: memory that
 * follows the report, not the repo). Each output whose format streams
 * (json, sarif, stylish: src/format/stream.ts) gets its writer and its
 * destination (opened at its first write); the command hands each
 * file to every writer as soon as the files before it are done, and keeps
 * nothing of it afterwards. A file report goes to its temporary file as it
 * grows and is moved into place at the end (src/cli/output.ts: the same
 * atomic write, a device or FIFO written in place), so an interrupted run
 * still leaves the previous report or none.
 *
 * Outputs that cannot stream get the whole Report at the end as before:
 * the other formats, custom formatter modules, and a second output to a
 * destination another output already streams to (their texts would
 * interleave; today's order is one report after the other).
 */
import * as nodeFs from 'node:fs';
import type { Summary } from '../core/report.js';
import type { FileReport } from '../core/types.js';
import type { FormatOptions } from '../format/types.js';
import type { ReportWriter, SpoolFactory, StreamFormat } from '../format/stream.js';
import { classifyTarget, describeWriteError, openReport, placeOptions, type EmitOptions, type ReportOutput, type ReportSink } from './output.js';
import { reportMarker } from './report-marker.js';
import { isFormatterModule } from '../format/load.js';

/** The streaming formats by name, loaded with their module (planOutputs already imported it). */
const STREAMING: Readonly<Record<string, () => Promise<StreamFormat>>> = {
  json: async () => (await import('../format/json.js')).streamJson,
  sarif: async () => (await import('../format/sarif.js')).streamSarif,
  stylish: async () => (await import('../format/stylish.js')).streamStylish,
};

interface Streams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/**
 * One output being streamed: its writer, and where its text goes. A file
 * or device is opened at the first write (for SARIF, whose text all comes
 * at the end, that is when the run is over, as before): a FIFO's reader
 * has the whole run to turn up.
 */
export class LiveOutput {
  private failure: string | undefined;
  private writer: ReportWriter | undefined;
  private sink: ReportSink | undefined;

  constructor(
    readonly output: ReportOutput,
    /** Opens the destination (undefined: the output is a command stream); throws a file-system error. */
    private readonly open: (() => ReportSink) | undefined,
    /** What a file starts with (the marker line of a Markdown-named report). */
    private readonly prefix = '',
  ) {}

  start(format: StreamFormat, options: FormatOptions, spool: SpoolFactory): void {
    this.writer = format(options, (text) => this.write(text), spool);
  }

  private fail(error: unknown): void {
    this.failure ??= `cannot write ${this.output.shown}: ${describeWriteError(error)}`;
    this.sink?.abort();
  }

  private write(text: string): void {
    if (this.failure !== undefined) return;
    if (!this.open) {
      this.output.stream!(text);
      return;
    }
    try {
      if (!this.sink) {
        this.sink = this.open();
        if (this.prefix) this.sink.write(this.prefix);
      }
      this.sink.write(text);
    } catch (error) {
      this.fail(error);
    }
  }

  file(f: FileReport): void {
    if (this.failure === undefined) this.writer!.file(f);
  }

  /** Write the rest and put the report in place; the problem, if any, as a line. */
  finish(summary: Summary, exitCode: number): string | undefined {
    if (this.failure === undefined) this.writer!.end(summary, exitCode);
    try {
      if (this.failure === undefined) this.sink?.commit();
    } catch (error) {
      this.fail(error);
    }
    return this.failure;
  }

  /** The run stopped: leave the destination as it was. */
  abort(): void {
    if (this.failure === undefined) this.sink?.abort();
    this.failure ??= 'not written';
  }
}

/** A key for where an output's text ends up: outputs with the same key cannot both stream. */
function destination(output: ReportOutput, io: Streams): unknown {
  if (output.stream) return output.stream;
  const where = classifyTarget(output.path!);
  if (where.kind !== 'stream') return `file:${where.kind === 'file' ? where.path : output.path}`;
  try {
    const info = nodeFs.statSync(where.path);
    // a device or FIFO that is the command's own standard output or error (/dev/fd/1) is that stream
    for (const [fd, stream] of [
      [1, io.stdout],
      [2, io.stderr],
    ] as const) {
      try {
        const own = nodeFs.fstatSync(fd);
        if (own.dev === info.dev && own.ino === info.ino) return stream;
      } catch {
        // closed
      }
    }
    return `node:${info.dev}:${info.ino}`;
  } catch {
    return `path:${output.path}`;
  }
}

export interface ReportStreams {
  /** Each streamed output (as planned) with its writer. */
  live: Map<ReportOutput, LiveOutput>;
  /** The outputs formatted from the whole Report at the end. */
  whole: ReportOutput[];
}

/**
 * Open every output that can stream, in order; the rest are left for the
 * end. `wrap` is applied to text written to a command stream (the progress
 * line is cleared before it).
 */
export async function openReportStreams(
  outputs: readonly ReportOutput[],
  options: Omit<EmitOptions, 'format'> & { format: FormatOptions },
  io: Streams,
  spool: SpoolFactory,
  wrap: (write: (text: string) => void) => (text: string) => void,
): Promise<ReportStreams> {
  const live = new Map<ReportOutput, LiveOutput>();
  const whole: ReportOutput[] = [];
  const taken = new Set<unknown>();
  for (const output of outputs) {
    const load = isFormatterModule(output.format) ? undefined : STREAMING[output.format];
    const to = load ? destination(output, io) : undefined;
    if (!load || taken.has(to)) {
      whole.push(output);
      continue;
    }
    taken.add(to);
    const format = await load();
    const color = output.stream === io.stdout ? options.format.color : options.forcedColor;
    const place = placeOptions(output, options.all ?? outputs, options, io);
    const one = output.stream
      ? new LiveOutput({ ...output, stream: wrap(output.stream) }, undefined)
      : new LiveOutput(output, () => openReport(output.path!), reportMarker(output.path!, output.format));
    one.start(format, { ...options.format, ...place, color }, spool);
    live.set(output, one);
  }
  return { live, whole };
}
