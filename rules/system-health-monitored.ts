import { defineRule, passIfAny } from '../src/core/rule.js';
import { hasHit, hitsIn } from '../src/core/query.js';
import type { DocumentModel, Sentence, SentenceHit } from '../src/core/document.js';
import { ANY_STANCE, frameHas, headingSentence } from '../src/core/analysis/context.js';


/** Hardware nouns (the per-term tag 'health-signal-hardware') are health signals only where the sentence itself watches them. */
/** "alert if the job fails" states the alert: a condition is not a hypothetical here. */
const STATED = ['asserted', 'hypothetical'] as const;

function healthMonitored(doc: DocumentModel, s: Sentence): boolean {
  if (!s.evidence) return false;
  const systemNamed = hasHit(s, 'system-subject', STATED);
  const weakSpans = new Set(s.hits.filter((w) => w.concept === 'health-signal-weak').map((w) => `${w.start}:${w.end}`));
  const weak = (h: SentenceHit) => weakSpans.has(`${h.start}:${h.end}`);
  // "lag features", "delayed labels", "order failures" are not serving health: a weak signal needs the system it is measured on
  const signals = s.hits.filter((h) => h.concept === 'health-signal' && (STATED as readonly string[]).includes(h.stance) && (systemNamed || !weak(h)));
  if (signals.length === 0) return false;
  if (hasHit(s, 'monitoring', STATED)) return true;
  const hardware = new Set(hitsIn(s, 'health-signal-hardware', ANY_STANCE).map((w) => `${w.start}:${w.end}`));
  if (signals.every((h) => hardware.has(`${h.start}:${h.end}`))) return false;
  // a health signal listed under "Monitoring" or "Dashboards:"
  // ('monitoring-frame': the section's heading sentence, the list's lead-in, the table's header)
  const heading = headingSentence(doc, s.section);
  return (
    (heading !== undefined && hasHit(heading, 'monitoring-frame', ANY_STANCE)) ||
    (s.list >= 0 && frameHas(s.listLead, 'monitoring-frame')) ||
    (s.block === 'table-row' && frameHas(s.tableHeader, 'monitoring-frame'))
  );
}

export default defineRule(
  {
    id: 'system-health-monitored',
    phase: 'production',
    description: 'Serving health is monitored: latency, throughput, error rate, resource use or SLOs, with dashboards or alerts.',
    severity: 'warn',
    concepts: ['health-signal', 'health-signal-hardware', 'health-signal-weak', 'monitoring', 'monitoring-frame', 'system-subject'],
    rationale:
      'Most ML incidents are plain system incidents: a slow feature lookup, a timeout storm, a stuck batch job. A design that watches only model metrics finds out from users.',
    passes: 'Monitoring of serving health: latency, throughput, error rate, CPU / GPU / memory use, availability or SLOs, with dashboards or alerts. For batch scoring, job run time, failures and output freshness with alerts.',
    fails: 'No system-health monitoring; latency named only as a requirement, not watched.',
    messages: { fail: 'Serving health (latency, errors, throughput, resources) is not monitored.' },
    fixExample: 'Dashboards track p99 latency, error rate and CPU per replica, and page the on-call when p99 exceeds 200 ms for 5 minutes.',
    examples: [
      { title: 'dashboards and alerts', status: 'pass', markdown: '# Ads\n\n- Dashboards for QPS, p99 inference time and error rate, with alerts to the on-call.\n' },
      { title: 'batch job health', status: 'pass', markdown: '# Forecast\n\n## Monitoring\n\nJob duration, failed partitions and forecast freshness have an SLO; a miss pages the on-call.\n' },
      { title: 'drift only', status: 'fail', markdown: '# Hotel\n\n## Deploy\n\n- monitor for drift\n' },
      { title: 'latency as a requirement only', status: 'fail', markdown: '# Feed\n\nThe p99 latency must stay under 100 ms.\n' },
    ],
  },
  ({ doc }) => {
    const found = doc.sentences.filter((s) => healthMonitored(doc, s));
    return passIfAny(found);
  },
);
