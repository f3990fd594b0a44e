/**
 * ANSI SGR colour codes (what picocolors writes) split into styled runs, to
 * draw the terminal output in a browser for a screenshot. Only the codes the
 * stylish formatter uses: foreground colours, bold, dim and their resets.
 */
export interface Run {
  text: string;
  color: string | null;
  bold: boolean;
  dim: boolean;
}

const COLORS: Record<number, string> = { 30: '#1f2328', 31: '#e5534b', 32: '#57ab5a', 33: '#c69026', 34: '#539bf5', 35: '#b083f0', 36: '#39c5cf', 37: '#d1d7e0', 90: '#768390' };

export function ansiRuns(text: string): Run[] {
  const runs: Run[] = [];
  let state = { color: null as string | null, bold: false, dim: false };
  const sgr = /\x1b\[([\d;]*)m/g;
  let at = 0;
  for (let m = sgr.exec(text); m !== null; m = sgr.exec(text)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), ...state });
    at = m.index + m[0].length;
    for (const code of (m[1] || '0').split(';').map(Number)) {
      if (code === 0) state = { color: null, bold: false, dim: false };
      else if (code === 1) state = { ...state, bold: true };
      else if (code === 2) state = { ...state, dim: true };
      else if (code === 22) state = { ...state, bold: false, dim: false };
      else if (code === 39) state = { ...state, color: null };
      else if (COLORS[code]) state = { ...state, color: COLORS[code]! };
    }
  }
  if (at < text.length) runs.push({ text: text.slice(at), ...state });
  return runs;
}
