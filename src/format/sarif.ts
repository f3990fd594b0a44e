/**
 * SARIF 2.1.0 (`--format sarif`), ready for GitHub code scanning upload:
 * tool.driver lists the rules that ran (metadata, help URI, default level),
 * one result per failing rule with its location and level. Rules turned
 * off are in neither list. Unreadable inputs are tool notifications.
 * A failure an inline comment silenced is still a result, with SARIF's
 * `suppressions` (kind inSource, the comment's reason as justification):
 * code scanning lists it as dismissed, never as fixed.
 * Columns count UTF-16 code units, as in the JSON report.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { rules } from '../../rules/index.js';
import type { Rule } from '../core/rule.js';
import type { Report } from '../core/report.js';
import type { FileReport, RuleError } from '../core/types.js';
import { failurePlace, failures, ruleErrorText } from './failures.js';
import { suppressionLine } from './suppressions.js';
import { wellFormed } from './escape.js';
import { ARRAY_MARK, FramedArray, jsonFrame } from './json-frame.js';
import { collect, memorySpool, type StreamFormat } from './stream.js';
import type { Formatter } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/mlsd-lint/mlsd-lint';

/** A report path as a SARIF URI: relative ones against %SRCROOT%, absolute ones as file: URIs. */
export function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  const slashed = wellFormed(path).replace(/\\/g, '/');
  const drive = /^[A-Za-z]:\//.test(slashed);
  const segments = slashed.replace(/^\.\//, '').split('/').map((s, i) => (drive && i === 0 ? s : encodeURIComponent(s)));
  if (drive) return { uri: `file:///${segments.join('/')}` };
  if (slashed.startsWith('/')) return { uri: `file://${segments.join('/')}` };
  return { uri: segments.join('/'), uriBaseId: '%SRCROOT%' };
}

function level(severity: string): 'error' | 'warning' {
  return severity === 'error' ? 'error' : 'warning';
}

function descriptor(rule: Rule): ReportingDescriptor {
  const m = rule.meta;
  return {
    id: m.id,
    name: m.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: m.description },
    fullDescription: { text: m.rationale },
    helpUri: m.url,
    help: { text: `${m.description}\n\n${m.rationale}\n\n${m.url}`, markdown: `${m.description}\n\n${m.rationale}\n\n[${m.id}](${m.url})` },
    defaultConfiguration: { level: level(m.severity) },
    properties: { tags: ['ml-system-design', m.phase], 'problem.severity': level(m.severity) },
  };
}

/** A result as spooled: everything but ruleIndex, which is known once every rule that ran is. */
type Pending = Omit<Result, 'ruleIndex'> & { ruleId: string };

/**
 * Streamed (src/format/stream.ts) as far as SARIF allows: the rules that
 * ran (tool.driver.rules, each result's ruleIndex) come before the results
 * and are known only when the last file is, so each file's results go to
 * a spool (a temporary file in the command) as it is done, and the log is
 * written at the end from the spool. The text is JSON.stringify(log, null,
 * 2) byte for byte; the order is every failure file by file, then every
 * failure an inline comment silenced, file by file.
 */
export const streamSarif: StreamFormat = ({ quiet, version }, write, spool = memorySpool) => {
  const failed = spool();
  const silenced = spool();
  const ran = new Set<string>();
  const errors: Array<{ file: FileReport; error: RuleError }> = [];
  return {
    file(file) {
      for (const r of file.results) ran.add(r.rule);
      for (const { result: r } of failures({ files: [file] } as Report, quiet)) {
        const result: Pending = {
          ruleId: r.rule,
          level: level(r.severity),
          message: { text: r.message ?? r.rule },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path), region: { startLine: failurePlace(r).line, startColumn: failurePlace(r).column } } }],
        };
        failed.append(JSON.stringify(result));
      }
      for (const x of file.suppressions ?? []) {
        if (x.status !== 'fail' || (quiet && x.severity !== 'error')) continue;
        ran.add(x.rule);
        // at the first silenced line; something missing has none, so at the comment that silenced it
        const line = x.lines[0] ?? x.line;
        const comment = { physicalLocation: { artifactLocation: artifactLocation(file.path), region: { startLine: x.line, startColumn: x.column } } };
        const result: Pending = {
          ruleId: x.rule,
          level: level(x.severity),
          message: { text: x.message ?? x.rule },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path), region: { startLine: line, startColumn: line === x.line ? x.column : 1 } } }],
          suppressions: [{ kind: 'inSource', status: 'accepted', justification: suppressionLine(x), location: comment }],
        };
        silenced.append(JSON.stringify(result));
      }
      // a rule that threw: a notification at the end (rare; only the rule and message are kept)
      for (const error of file.ruleErrors ?? []) errors.push({ file: { path: file.path } as FileReport, error });
    },
    end(summary) {
      const driverRules = rules.filter((r) => ran.has(r.meta.id));
      const index = new Map(driverRules.map((r, i) => [r.meta.id, i]));
      const log: Log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'mlsd-lint',
                informationUri: INFORMATION_URI,
                ...(version ? { version, semanticVersion: version } : {}),
                rules: driverRules.map(descriptor),
              },
            },
            columnKind: 'utf16CodeUnits',
            results: [ARRAY_MARK as unknown as Result],
            invocations: [
              {
                // a rule that threw did not run to the end: the run is not a success
                executionSuccessful: errors.length === 0,
                toolExecutionNotifications: [
                  ...errors.map(({ file, error }) => ({
                    level: 'error' as const,
                    message: { text: `${file.path}: ${ruleErrorText(error)}` },
                    associatedRule: { id: error.rule },
                    locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path) } }],
                  })),
                  ...summary.unreadable.map((u) => ({
                    level: 'error' as const,
                    message: { text: `${u.path}: ${u.reason}` },
                    locations: [{ physicalLocation: { artifactLocation: artifactLocation(u.path) } }],
                  })),
                ],
              },
            ],
          },
        ],
      };
      const frame = jsonFrame(log);
      const results = new FramedArray(write, () => frame);
      for (const from of [failed, silenced]) {
        for (const line of from.lines()) {
          const { ruleId, ...rest } = JSON.parse(line) as Pending;
          results.push({ ruleId, ruleIndex: index.get(ruleId)!, ...rest });
        }
      }
      results.close(frame);
    },
  };
};

export const sarif: Formatter = (report, options) => collect(streamSarif, report, options);
