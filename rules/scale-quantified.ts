import { defineRule, passIfAny } from '../src/core/rule.js';
import { anyWithin, hasHit, hitsIn, questionAnswered } from '../src/core/query.js';
import type { DocumentModel, Sentence } from '../src/core/document.js';
import { statedQuantities } from '../src/core/analysis/stated-quantities.js';

/** Units large enough to be a data volume on their own. */
const LARGE_DATA_UNITS = new Set(['gb', 'tb', 'pb', 'eb', 'gib', 'tib', 'pib', 'gigabytes', 'terabytes', 'petabytes']);
/** How far (tokens) a machine's name reaches to the memory size it is given with ("Jetson Orin (32 GB)"). */
const HARDWARE_REACH = 3;
/** A count needs at least this value to read as a scale figure ("3 layers" is not). */
const MIN_COUNT = 100;

function scaleFigure(s: Sentence): boolean {
  const nouns = hitsIn(s, 'scale-noun');
  const hardware = hitsIn(s, 'compute-resource');
  return statedQuantities(s).some((q) => {
    if (q.kind === 'rate') return true;
    // data volume, not a model-size limit ("must fit in 10 MB") nor a machine's memory ("four A100 80 GB GPUs")
    if (q.kind === 'data') {
      if (hasHit(s, 'model-size-word') || anyWithin([q], hardware, HARDWARE_REACH)) return false;
      return LARGE_DATA_UNITS.has(q.unit) || hasHit(s, 'data-volume-noun');
    }
    if (q.kind !== 'count') return false;
    if (!Number.isNaN(q.value) && q.value < MIN_COUNT) return false;
    // the noun right after the number: "120M daily active users", "800M videos";
    // in a table row, anywhere in the row ("| MAU | 80M |")
    return nouns.some((h) => (h.start >= q.end - 1 && h.start <= q.end + 2) || s.block === 'table-row');
  });
}

function answersScale(doc: DocumentModel, s: Sentence): boolean {
  const question = questionAnswered(doc, s);
  if (!question || !(hasHit(question, 'scale-noun', ['question']) || /\bhow (many|much)\b|\bscale\b|\btraffic\b/i.test(question.text))) return false;
  return statedQuantities(s).some((q) => q.kind === 'rate' || q.kind === 'data' || (q.kind === 'count' && (Number.isNaN(q.value) || q.value >= MIN_COUNT)));
}

export default defineRule(
  {
    id: 'scale-quantified',
    phase: 'clarify',
    concepts: ['compute-resource', 'data-volume-noun', 'model-size-word', 'scale-noun'],
    description: 'At least one quantified scale figure: users, request rate, catalogue size or data volume.',
    severity: 'warn',
    rationale:
      'Scale turns a model into a system: 10k QPS and 800M items mean candidate generation, caching and sharding; 60k applications a month do not. Numbers make the later choices checkable.',
    passes: 'A number tied to the size of the problem: users (DAU, MAU), request rate (QPS, RPS, "2,500 requests per second"), catalogue or item count, data volume (events per day, TB). Number words count ("billions of images").',
    fails: 'Scale words without numbers ("huge", "lots of users"), or numbers only in questions.',
    messages: { fail: 'No quantified scale figure: give users, request rate, catalogue size or data volume as numbers.' },
    fixExample: 'We serve 120M daily active users, with a peak of 60k requests per second.',
    examples: [
      { title: 'users and QPS', status: 'pass', markdown: '# Feed\n\n120M daily active users, with a peak of 60k feed requests per second.\n' },
      { title: 'number words', status: 'pass', markdown: '# Images\n\nThe index holds billions of images.\n' },
      { title: 'words only', status: 'fail', markdown: '# Feed\n\nWe have a huge number of users and lots of traffic.\n' },
      { title: 'only asked', status: 'fail', markdown: '# Feed\n\n- How many users do we have, 10M or 100M?\n' },
    ],
  },
  ({ doc }) => {
    // the answer to "How many users do we have?" ("About 40 million.") is a scale figure too
    const found = doc.sentences.filter((s) => s.evidence && (scaleFigure(s) || answersScale(doc, s)));
    return passIfAny(found);
  },
);
