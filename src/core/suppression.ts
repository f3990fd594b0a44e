/**
 * Which inline comment silenced what. unified-message-control tells whether
 * a place is disabled for a rule, not by which comment; the reports show
 * the comment (its line and reason) beside every silenced rule, and a
 * comment that silenced no failure is an unused directive, so the comment
 * responsible for a place is worked out here from positions, with the same
 * semantics: the last `disable` / `enable` naming the rule before the place
 * decides, an `ignore` covers the block after it, `disable-next-line` the
 * line after it and `disable-file` the whole document.
 * No `node:` imports: this runs in the browser too.
 */

/** One applied mlsd-lint comment. */
export interface Directive {
  line: number;
  column: number;
  verb: string;
  /** The rule ids it names; empty: every rule. */
  rules: readonly string[];
  reason: string | null;
  /** ignore: the last line of the block it covers; disable-next-line: the line it covers. */
  until?: number;
}

interface Place {
  line: number;
  column: number;
}

export function covers(d: Directive, rule: string): boolean {
  return d.rules.length === 0 || d.rules.includes(rule);
}

function before(d: Directive, p: Place): boolean {
  return d.line < p.line || (d.line === p.line && d.column <= p.column);
}

/** The `disable-file` comment that turns `rule` off, if any. */
export function fileDirective(directives: readonly Directive[], rule: string): Directive | undefined {
  return directives.find((d) => d.verb === 'disable-file' && covers(d, rule));
}

/** The `disable-next-line` comment covering `line` for `rule`, if any. */
export function nextLineDirective(directives: readonly Directive[], rule: string, line: number): Directive | undefined {
  return directives.find((d) => d.verb === 'disable-next-line' && d.until === line && covers(d, rule));
}

/**
 * The comment that disables `rule` at a place known to be disabled (or
 * undefined when none is found). `lines`: the place is a failing line, which
 * `disable-next-line` can cover too (a block start, used to judge the whole
 * document, cannot: that comment covers one line, not the body).
 */
export function attribute(directives: readonly Directive[], rule: string, place: Place, lines: boolean): Directive | undefined {
  const file = fileDirective(directives, rule);
  if (file) return file;
  if (lines) {
    const next = nextLineDirective(directives, rule, place.line);
    if (next) return next;
  }
  let found: Directive | undefined;
  for (const d of directives) {
    if (!covers(d, rule) || !before(d, place)) continue;
    if (d.verb === 'disable') found = d;
    else if (d.verb === 'enable') found = undefined;
    else if (d.verb === 'ignore' && d.until !== undefined && place.line <= d.until) found = d;
  }
  return found;
}
