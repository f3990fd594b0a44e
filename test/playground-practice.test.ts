/** The practice clock (playground/src/practice.ts) on a fake clock: plain numbers for the time. */
import { describe, expect, it } from 'vitest';
import { dueNudge, finishSession, formatClock, markNudged, nextPhase, paceStatus, phaseAtCaret, phaseHeadingLines, phaseTimes, startSession, switchTo, totalMs } from '../playground/src/practice.js';
import { TIME_BUDGET } from '../src/core/time-budget.js';
import { designTemplate } from '../src/core/template.js';
import { rules } from '../rules/index.js';

const MIN = 60_000;
const T0 = 1_700_000_000_000;
const at = (minutes: number) => T0 + minutes * MIN;
const spent = (s: ReturnType<typeof startSession>, now: number) => phaseTimes(s, now).map((p) => p.spentMs / MIN);

describe('the practice clock', () => {
  it('books time to the running phase only, in the framework order', () => {
    let s = startSession(at(0));
    expect(phaseTimes(s, at(0)).map((p) => p.budget.phase)).toEqual(['clarify', 'data', 'model', 'production']);
    expect(spent(s, at(7))).toEqual([7, 0, 0, 0]);
    s = nextPhase(s, at(7));
    expect(spent(s, at(18))).toEqual([7, 11, 0, 0]);
    expect(phaseTimes(s, at(18)).map((p) => p.running)).toEqual([false, true, false, false]);
    s = nextPhase(s, at(18));
    s = nextPhase(s, at(30));
    s = nextPhase(s, at(39.5)); // past the last phase: the end
    expect(s.current).toBeNull();
    expect(s.finishedAt).toBe(at(39.5));
    // a finished session's clock stands still
    expect(spent(s, at(90))).toEqual([7, 11, 12, 9.5]);
    expect(totalMs(s, at(90))).toBe(39.5 * MIN);
  });

  it('lets the writer go back to a phase; its time adds up', () => {
    let s = startSession(at(0));
    s = switchTo(s, 2, at(5));
    s = switchTo(s, 0, at(8));
    expect(spent(s, at(10))).toEqual([7, 0, 3, 0]);
    expect(() => switchTo(s, 4, at(10))).toThrow(RangeError);
    s = finishSession(s, at(10));
    expect(switchTo(s, 1, at(20))).toBe(s); // nothing runs after the end
    expect(finishSession(s, at(30))).toBe(s);
  });

  it('books nothing when the clock steps back', () => {
    const s = switchTo(startSession(at(10)), 1, at(5));
    expect(spent(s, at(5))).toEqual([0, 0, 0, 0]);
    expect(spent(s, at(12))).toEqual([0, 2, 0, 0]);
  });

  it('tells under, within and over budget by the range of each phase', () => {
    const clarify = TIME_BUDGET[0]!; // 5-10
    expect([4.9, 5, 10, 10.01].map((m) => paceStatus(m * MIN, clarify))).toEqual(['under', 'within', 'within', 'over']);
    const data = TIME_BUDGET[1]!; // 10
    expect([9, 10, 11].map((m) => paceStatus(m * MIN, data))).toEqual(['under', 'within', 'over']);
  });

  it('nudges once when the running phase has used its budget, then moves on', () => {
    let s = startSession(at(0));
    expect(dueNudge(s, at(10))).toBeNull(); // 10 of 5-10 minutes: still within
    const nudge = dueNudge(s, at(10.5));
    expect(nudge).toEqual({ phase: 0, message: 'Clarify the problem: its 5-10 minutes are up. When you are ready, move on to data.' });
    s = markNudged(s, 0);
    expect(dueNudge(s, at(20))).toBeNull();
    s = nextPhase(s, at(20));
    expect(dueNudge(s, at(29))).toBeNull();
    expect(dueNudge(s, at(31))!.phase).toBe(1);
    // the last phase says how to end
    s = switchTo(s, 3, at(31));
    expect(dueNudge(s, at(42))!.message).toBe('Production: its 10 minutes are up. Wrap up and press Finish to see your grade.');
    expect(dueNudge(finishSession(s, at(42)), at(50))).toBeNull();
  });

  it('formats the clock as minutes and seconds', () => {
    expect([0, 999, 65_000, 12 * MIN, 62 * MIN + 3000, -5].map(formatClock)).toEqual(['0:00', '0:00', '1:05', '12:00', '1:02:03', '0:00']);
  });
});

describe('the clock follows the caret through the template', () => {
  const text = designTemplate(rules, { problem: 'Design a video recommender' });
  const offsetOf = (needle: string, from = 0) => text.indexOf(needle, from);
  it('maps the caret to the phase section it is in', () => {
    expect(phaseAtCaret(text, 0)).toBeNull(); // the title
    expect(phaseAtCaret(text, offsetOf('## 1.'))).toBe(0);
    expect(phaseAtCaret(text, offsetOf('What the rules look for here', offsetOf('## 2.')))).toBe(1);
    expect(phaseAtCaret(text, offsetOf('## 3.') + 3)).toBe(2);
    expect(phaseAtCaret(text, text.length)).toBe(3);
  });
  it('finds the line of each phase heading, for the clocks shown beside them', () => {
    const lines = text.split('\n');
    const found = phaseHeadingLines(text);
    expect([...found.values()]).toEqual([0, 1, 2, 3]);
    expect([...found.keys()].map((l) => lines[l - 1])).toEqual(['## 1. Clarify the problem (5-10 minutes)', '## 2. Data (10 minutes)', '## 3. Model (10-15 minutes)', '## 4. Production (10 minutes)']);
    // a second heading of a phase keeps the first one's place; plain text is no heading
    expect([...phaseHeadingLines('# X\n\n## Data\n\nData is key.\n\n## Data, again\n').entries()]).toEqual([[3, 1]]);
  });
  it('reads headings a writer typed, and ignores others', () => {
    const doc = '# X\n\n## Data\n\nlogs\n\n## Appendix\n\nmore\n\n### Model choice\n\nGBDT\n';
    expect(phaseAtCaret(doc, doc.indexOf('logs'))).toBe(1);
    expect(phaseAtCaret(doc, doc.indexOf('more'))).toBe(1); // an unknown heading keeps the phase
    expect(phaseAtCaret(doc, doc.indexOf('GBDT'))).toBe(2);
  });
});
