/**
 * Practice mode on the page: pick a problem, start, write against the
 * framework's clock. The clock logic is practice.ts (pure); this module only
 * shows it, ticks it once a second and follows the caret between sections.
 */
import { PHASES, type Phase } from '../../src/core/types.js';
import { TIME_BUDGET, budgetLabel } from '../../src/core/time-budget.js';
import problems from './problems.json' with { type: 'json' };
import { byId, el, replaceChildren } from './dom.js';
import { dueNudge, finishSession, formatClock, markNudged, nextPhase, phaseAtCaret, phaseHeadingLines, phaseTimes, startSession, switchTo, totalMs, type PracticeSession } from './practice.js';

export interface PracticeHost {
  /** Put a fresh template for the problem in the editor (replacing its text). */
  startWriting(problem: string): Promise<void>;
  editor: HTMLTextAreaElement;
  /** Show each phase's clock beside its heading in the editor (line -> note; empty to clear). */
  annotate(notes: ReadonlyMap<number, string>): void;
  /** The practice run ended: show the graded report with the time spent. */
  finished(spentShares: Record<Phase, number>, summary: HTMLElement): void;
  now?: () => number;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export const PROBLEMS: ReadonlyArray<{ id: string; title: string; brief: string }> = problems;
const OWN = 'own';

export function setupPractice(host: PracticeHost): void {
  const now = host.now ?? (() => Date.now());
  const select = byId<HTMLSelectElement>('problem');
  const own = byId<HTMLInputElement>('own-problem');
  const ownRow = byId('own-problem-row');
  const brief = byId('problem-brief');
  const start = byId<HTMLButtonElement>('practice-start');
  const next = byId<HTMLButtonElement>('practice-next');
  const finish = byId<HTMLButtonElement>('practice-finish');
  const timers = byId('phase-timers');
  const nudge = byId('practice-nudge');
  const summary = byId('practice-summary');
  const total = byId('practice-total');
  // the running phase's clock, beside the editor where the writing happens
  const editorClock = byId('editor-clock');

  for (const p of PROBLEMS) select.appendChild(el('option', { value: p.id }, p.title));
  select.appendChild(el('option', { value: OWN }, 'Your own problem…'));
  const showBrief = () => {
    const p = PROBLEMS.find((x) => x.id === select.value);
    ownRow.hidden = select.value !== OWN;
    brief.textContent = p ? p.brief : 'Type the problem, e.g. "Design a news feed".';
  };
  select.addEventListener('change', showBrief);
  showBrief();

  let session: PracticeSession | null = null;
  let ticker: ReturnType<typeof setInterval> | undefined;

  // the phase buttons are made once and updated in place: a focused one keeps the focus as the clock ticks
  const buttons = TIME_BUDGET.map((budget, i) => {
    const clock = el('span', { class: 'timer-clock' }, '0:00');
    const button = el('button', { type: 'button', class: 'timer', 'data-phase': budget.phase, 'aria-pressed': 'false', disabled: true }, el('span', { class: 'timer-name' }, budget.title), clock, el('span', { class: 'timer-budget' }, `of ${budgetLabel(budget)}`));
    button.addEventListener('click', () => {
      if (session) session = switchTo(session, i, now());
      render();
    });
    return { button, clock };
  });
  replaceChildren(timers, ...buttons.map(({ button }) => el('li', {}, button)));
  timers.hidden = true;

  function render(): void {
    if (!session) return;
    const at = now();
    const times = phaseTimes(session, at);
    timers.hidden = false;
    times.forEach((t, i) => {
      const { button, clock } = buttons[i]!;
      button.className = `timer ${t.status}${t.running ? ' running' : ''}`;
      button.setAttribute('aria-pressed', String(t.running));
      button.disabled = session!.current === null;
      clock.textContent = formatClock(t.spentMs);
    });
    total.textContent = `${formatClock(totalMs(session, at))} in all`;
    // each phase's clock beside its heading, wherever the heading now is
    const notes = new Map<number, string>();
    for (const [line, i] of phaseHeadingLines(host.editor.value)) notes.set(line, `${formatClock(times[i]!.spentMs)} / ${budgetLabel(times[i]!.budget)}`);
    host.annotate(notes);
    const current = times.find((t) => t.running);
    editorClock.hidden = current === undefined;
    if (current) {
      editorClock.className = `editor-clock ${current.status}`;
      editorClock.textContent = `${current.budget.title}: ${formatClock(current.spentMs)} of ${budgetLabel(current.budget)}`;
    }
    const due = dueNudge(session, at);
    if (due) {
      nudge.textContent = due.message;
      session = markNudged(session, due.phase);
    }
  }

  function stopTicking(): void {
    if (ticker !== undefined) clearInterval(ticker);
    ticker = undefined;
  }

  function running(on: boolean): void {
    next.disabled = !on;
    finish.disabled = !on;
    start.textContent = on ? 'Restart' : 'Start';
  }
  running(false);

  start.addEventListener('click', async () => {
    const problem = select.value === OWN ? own.value.trim() : PROBLEMS.find((p) => p.id === select.value)?.title ?? '';
    if (problem === '') {
      nudge.textContent = 'Type your problem first, e.g. "Design a news feed".';
      own.focus();
      return;
    }
    try {
      await host.startWriting(problem);
    } catch (error) {
      nudge.textContent = `Could not start: ${(error as Error).message}.`;
      return;
    }
    session = startSession(now());
    nudge.textContent = `Started: ${problem}. The clock follows the section you write in; the phase buttons switch it by hand.`;
    summary.replaceChildren();
    summary.hidden = true;
    running(true);
    stopTicking();
    ticker = setInterval(render, 1000);
    render();
  });

  next.addEventListener('click', () => {
    if (!session) return;
    session = nextPhase(session, now());
    if (session.current === null) end();
    else render();
  });
  finish.addEventListener('click', () => {
    if (session) {
      session = finishSession(session, now());
      end();
    }
  });

  // the clock follows the caret into a phase's section
  const follow = () => {
    if (!session || session.current === null) return;
    const phase = phaseAtCaret(host.editor.value, host.editor.selectionStart);
    if (phase !== null && phase !== session.current) {
      session = switchTo(session, phase, now());
      render();
    }
  };
  for (const type of ['input', 'click', 'keyup', 'focus'] as const) host.editor.addEventListener(type, follow);

  function end(): void {
    stopTicking();
    running(false);
    render();
    const times = phaseTimes(session!, now());
    const all = times.reduce((s, t) => s + t.spentMs, 0);
    const shares = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
    for (const t of times) shares[t.budget.phase] = all > 0 ? t.spentMs / all : 0;
    const STATUS = { under: 'under budget', within: 'within budget', over: 'over budget' } as const;
    replaceChildren(
      summary,
      el('h3', {}, 'Time spent per phase'),
      el(
        'table',
        { class: 'times' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'phase'), el('th', { scope: 'col' }, 'budget'), el('th', { scope: 'col' }, 'spent'), el('th', { scope: 'col' }, ''))),
        el('tbody', {}, ...times.map((t) => el('tr', { class: t.status, 'data-phase': t.budget.phase }, el('th', { scope: 'row' }, t.budget.title), el('td', {}, budgetLabel(t.budget)), el('td', { class: 'num' }, formatClock(t.spentMs)), el('td', {}, STATUS[t.status])))),
        el('tfoot', {}, el('tr', {}, el('th', { scope: 'row' }, 'total'), el('td', {}, budgetLabel({ minMinutes: sum(TIME_BUDGET.map((b) => b.minMinutes)), maxMinutes: sum(TIME_BUDGET.map((b) => b.maxMinutes)) })), el('td', { class: 'num' }, formatClock(all)), el('td', {}, ''))),
      ),
    );
    summary.hidden = false;
    nudge.textContent = 'Finished: your graded report is below, with the time you spent on each phase.';
    host.finished(shares, summary);
  }
}
