/**
 * The worker thread that lints for the command (see linter.ts): one
 * document per message, the plain-data report back. Whatever goes wrong in
 * lint() comes back as a message; a runaway is stopped from outside.
 */
import { parentPort } from 'node:worker_threads';
import { lint } from '../shipped.js';
import { fileOutcome, type LintJob, type LintReply } from './linter.js';

const port = parentPort;
if (port) {
  port.on('message', (job: LintJob) => {
    let reply: LintReply;
    try {
      reply = { id: job.id, ok: true, report: fileOutcome(lint(job.text, job.options)) };
    } catch (error) {
      reply = { id: job.id, ok: false, message: (error as Error)?.message ?? String(error) };
    }
    port.postMessage(reply);
  });
  // compile the lexicons and warm up before saying ready, so the first file's time limit measures that file only
  lint('# warm-up\n');
  port.postMessage({ ready: true });
}
