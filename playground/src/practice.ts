/**
 * The practice clock, as pure functions of a session and the time: no
 * timers, no DOM, no Date.now here (the page passes the time in, tests pass
 * a fake one). A session runs one phase at a time, in the framework's order
 * by default; time accrues to the running phase; once a phase has used its
 * budget's upper bound a single gentle nudge is due.
 */
import { TIME_BUDGET, budgetLabel, type PhaseBudget } from '../../src/core/time-budget.js';

const MINUTE = 60_000;

export interface PracticeSession {
  readonly budgets: readonly PhaseBudget[];
  /** Milliseconds spent per phase, not counting the running stretch. */
  readonly spentMs: readonly number[];
  /** The phase the clock runs for; null once finished. */
  readonly current: number | null;
  /** When the running stretch began. */
  readonly since: number;
  readonly startedAt: number;
  readonly finishedAt: number | null;
  /** Phases whose "budget spent" nudge has been given. */
  readonly nudged: readonly boolean[];
}

export type PaceStatus = 'under' | 'within' | 'over';

export interface PhaseTime {
  budget: PhaseBudget;
  spentMs: number;
  /** Below the budget's lower bound, inside it, or past its upper bound. */
  status: PaceStatus;
  running: boolean;
}

export interface Nudge {
  phase: number;
  message: string;
}

export function startSession(now: number, budgets: readonly PhaseBudget[] = TIME_BUDGET): PracticeSession {
  if (budgets.length === 0) throw new Error('a practice session needs at least one phase');
  return { budgets, spentMs: budgets.map(() => 0), current: 0, since: now, startedAt: now, finishedAt: null, nudged: budgets.map(() => false) };
}

/** The session with the running stretch booked to its phase, up to `now`. */
function settle(session: PracticeSession, now: number): PracticeSession {
  if (session.current === null) return session;
  const at = Math.max(now, session.since); // a clock that steps back books nothing
  const spentMs = session.spentMs.map((ms, i) => (i === session.current ? ms + (at - session.since) : ms));
  return { ...session, spentMs, since: at };
}

/** Run the clock for phase `index` from now on (going back to a phase is allowed). */
export function switchTo(session: PracticeSession, index: number, now: number): PracticeSession {
  if (session.current === null) return session;
  if (!Number.isInteger(index) || index < 0 || index >= session.budgets.length) throw new RangeError(`no phase ${index}`);
  return { ...settle(session, now), current: index };
}

/** The next phase, or the end after the last one. */
export function nextPhase(session: PracticeSession, now: number): PracticeSession {
  if (session.current === null) return session;
  return session.current + 1 < session.budgets.length ? switchTo(session, session.current + 1, now) : finishSession(session, now);
}

export function finishSession(session: PracticeSession, now: number): PracticeSession {
  if (session.current === null) return session;
  const settled = settle(session, now);
  return { ...settled, current: null, finishedAt: settled.since };
}

export function paceStatus(spentMs: number, budget: Pick<PhaseBudget, 'minMinutes' | 'maxMinutes'>): PaceStatus {
  if (spentMs > budget.maxMinutes * MINUTE) return 'over';
  return spentMs >= budget.minMinutes * MINUTE ? 'within' : 'under';
}

/** Time spent on each phase as of `now`, the running stretch included. */
export function phaseTimes(session: PracticeSession, now: number): PhaseTime[] {
  const settled = settle(session, now);
  return session.budgets.map((budget, i) => ({ budget, spentMs: settled.spentMs[i]!, status: paceStatus(settled.spentMs[i]!, budget), running: i === session.current }));
}

export function totalMs(session: PracticeSession, now: number): number {
  return phaseTimes(session, now).reduce((sum, p) => sum + p.spentMs, 0);
}

/** The nudge due now: the running phase has passed its budget and was not nudged yet. */
export function dueNudge(session: PracticeSession, now: number): Nudge | null {
  const i = session.current;
  if (i === null || session.nudged[i]) return null;
  const time = phaseTimes(session, now)[i]!;
  if (time.status !== 'over') return null;
  const next = session.budgets[i + 1];
  const label = budgetLabel(time.budget);
  const message = next
    ? `${time.budget.title}: its ${label} are up. When you are ready, move on to ${next.title.toLowerCase()}.`
    : `${time.budget.title}: its ${label} are up. Wrap up and press Finish to see your grade.`;
  return { phase: i, message };
}

export function markNudged(session: PracticeSession, phase: number): PracticeSession {
  return { ...session, nudged: session.nudged.map((n, i) => n || i === phase) };
}

/** "4:05", "12:00", "1:02:03". */
export function formatClock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/**
 * The phase whose section holds the caret: the last template heading
 * ("## 2. Data (10 minutes)") at or above it, or null above the first one.
 * The clock follows the writer from section to section.
 */
export function phaseAtCaret(text: string, caret: number, budgets: readonly PhaseBudget[] = TIME_BUDGET): number | null {
  const before = text.slice(0, Math.max(0, caret));
  const lineEnd = text.indexOf('\n', before.length);
  let found: number | null = null;
  text
    .slice(0, lineEnd === -1 ? text.length : lineEnd)
    .split('\n')
    .forEach((line) => {
      const index = headingPhase(line, budgets);
      if (index !== null) found = index;
    });
  return found;
}

/** The phase a heading line names ("## 2. Data (10 minutes)", "### Model choice"), or null. */
function headingPhase(line: string, budgets: readonly PhaseBudget[]): number | null {
  const heading = /^#{2,3}\s+(?:\d+\.\s*)?(.*)$/.exec(line.trim());
  if (!heading) return null;
  const title = heading[1]!.toLowerCase();
  const index = budgets.findIndex((b) => title.startsWith(b.title.toLowerCase()));
  return index >= 0 ? index : null;
}

/** The line (1-based) of each phase's heading in the text, by phase index; the first heading of a phase wins. */
export function phaseHeadingLines(text: string, budgets: readonly PhaseBudget[] = TIME_BUDGET): Map<number, number> {
  const found = new Map<number, number>();
  const seen = new Set<number>();
  text.split('\n').forEach((line, i) => {
    const index = headingPhase(line, budgets);
    if (index !== null && !seen.has(index)) {
      seen.add(index);
      found.set(i + 1, index);
    }
  });
  return found;
}
