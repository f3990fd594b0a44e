import { defineRule, passIfAny } from '../src/core/rule.js';
import { hasHit, sentencesWith } from '../src/core/query.js';
import { phaseOf } from '../src/core/document.js';
import { frameHas } from '../src/core/analysis/context.js';
import { isPlaceholderOnly } from '../src/core/placeholder.js';
import type { DocumentModel, Sentence } from '../src/core/document.js';

/** "from an external weather API", "pulled from the bookings table": a generic store named as the origin of data. */
function namedOrigin(s: Sentence): boolean {
  if (!s.evidence || !hasHit(s, 'api-word')) return false;
  // "from" shortly before ("pulled from the bookings table") or after ("bookings table from the PMS")
  return hasHit(s, 'source-word') || s.hits.some((h) => h.concept === 'api-word' && s.tokens.slice(Math.max(0, h.start - 5), h.end + 3).some((t) => t.lower === 'from'));
}

/** Words that join a "sources" subject to what it names: "Sources are ...", "The data sources include ...". */
const DECLARING = new Set(['are', 'is', 'include', 'includes', 'comprise', 'comprises']);

/**
 * "Sources are the policy pages in Confluence and the HR ticket system",
 * "Data sources: Confluence pages, SharePoint handbooks": the author names
 * what the sources are, in words a lexicon cannot list. The sources word
 * opens the statement (after at most "the" / "our" / "data") and a copula
 * or a colon follows it, with words after.
 */
function declaresSources(s: Sentence): boolean {
  if (!s.evidence) return false;
  const hit = s.hits.find((h) => h.concept === 'source-word' && h.stance === 'asserted' && /sources?$/.test(s.tokens[h.end - 1]!.lower));
  if (!hit || hit.start > 2) return false;
  const next = s.tokens[hit.end];
  if (!next || s.tokens.length - hit.end < 3) return false;
  return DECLARING.has(next.lower) || next.before.includes(':');
}

/**
 * An item of a list or table that says its items are sources ("We have the
 * following sources:", a "source" column), or a data-section item headed by
 * a system that holds data ("SCADA historian: inlet flow and pressure"):
 * the item names a source in words a lexicon cannot list.
 */
function sourceItem(doc: DocumentModel, s: Sentence): boolean {
  if (!s.evidence || isPlaceholderOnly(s.text)) return false;
  const framed = (s.list >= 0 && s.itemSentence === 0 && frameHas(s.listLead, 'sources-frame')) || (s.block === 'table-row' && frameHas(s.tableHeader, 'sources-frame'));
  return framed || (hasHit(s, 'source-system-label') && phaseOf(doc, s) === 'data');
}

export default defineRule(
  {
    id: 'data-sources-identified',
    phase: 'data',
    concepts: ['api-word', 'data-source', 'source-system-label', 'source-word', 'sources-frame'],
    description: 'Concrete data sources are named: logs, databases, transaction records, third-party APIs, crawls, sensors.',
    severity: 'error',
    rationale:
      'Where the data comes from decides what you can learn, how fresh it is, what it costs and what leaks. "We need data" is where a weak answer stops; "impression and click logs joined on request id" is where a strong one starts.',
    passes: 'A named concrete source: interaction or event logs, clickstream, transaction records, user or item databases, a catalogue, third-party APIs, crawled content, sensor feeds, a labelled dataset from a vendor.',
    fails: '"We need data" with no source, or sources only asked about.',
    messages: { fail: 'No concrete data source is named.' },
    fixExample: 'Training data comes from the impression and click logs, joined with the product catalogue database.',
    examples: [
      { title: 'logs and a database', status: 'pass', markdown: '# Ads\n\n- Impression logs and click logs from the ad server.\n- Advertiser database.\n' },
      { title: 'third-party API', status: 'pass', markdown: '# ETA\n\nWeather comes hourly from an external weather API.\n' },
      { title: 'no source', status: 'fail', markdown: "# Bots\n\nWe'd need a lot of data, and labels are the hard part.\n" },
      { title: 'only asked', status: 'fail', markdown: '# Bots\n\nWhere does the training data come from: logs or a vendor database?\n' },
    ],
  },
  ({ doc }) => {
    // the first line that names a source, whichever way it names it (evidence is read top-down, as a reader does)
    const named = new Set(sentencesWith(doc, 'data-source'));
    return passIfAny(doc.sentences.filter((s) => named.has(s) || namedOrigin(s) || declaresSources(s) || sourceItem(doc, s)));
  },
);
