/**
 * The SARIF formatter as it was before it streamed (issue 13): the whole
 * log built as one value and stringified. Kept as the reference the
 * streamed SARIF must equal byte for byte (test/report-stream.test.ts).
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { rules } from '../../rules/index.js';
import type { Rule } from '../../src/core/rule.js';
import { failurePlace, failures, ruleErrors, ruleErrorText } from '../../src/format/failures.js';
import { suppressionsOf, suppressionLine } from '../../src/format/suppressions.js';
import { artifactLocation, INFORMATION_URI, SARIF_SCHEMA } from '../../src/format/sarif.js';
import type { Formatter } from '../../src/format/types.js';

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

export const wholeSarif: Formatter = (report, { quiet, version }) => {
  const silenced = suppressionsOf(report).filter(({ suppression: x }) => x.status === 'fail' && (!quiet || x.severity === 'error'));
  const ran = new Set([...report.files.flatMap((f) => f.results.map((r) => r.rule)), ...silenced.map(({ suppression: x }) => x.rule)]);
  const driverRules = rules.filter((r) => ran.has(r.meta.id));
  const index = new Map(driverRules.map((r, i) => [r.meta.id, i]));
  const results: Result[] = failures(report, quiet).map(({ file, result: r }) => ({
    ruleId: r.rule,
    ruleIndex: index.get(r.rule)!,
    level: level(r.severity),
    message: { text: r.message ?? r.rule },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path), region: { startLine: failurePlace(r).line, startColumn: failurePlace(r).column } } }],
  }));
  for (const { file, suppression: x } of silenced) {
    // at the first silenced line; something missing has none, so at the comment that silenced it
    const line = x.lines[0] ?? x.line;
    const comment = { physicalLocation: { artifactLocation: artifactLocation(file.path), region: { startLine: x.line, startColumn: x.column } } };
    results.push({
      ruleId: x.rule,
      ruleIndex: index.get(x.rule)!,
      level: level(x.severity),
      message: { text: x.message ?? x.rule },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path), region: { startLine: line, startColumn: line === x.line ? x.column : 1 } } }],
      suppressions: [{ kind: 'inSource', status: 'accepted', justification: suppressionLine(x), location: comment }],
    });
  }
  const errors = ruleErrors(report);
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
        results,
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
              ...report.summary.unreadable.map((u) => ({
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
  return `${JSON.stringify(log, null, 2)}\n`;
};
