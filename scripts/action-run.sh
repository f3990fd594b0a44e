#!/usr/bin/env bash
# The "Run mlsd-lint" step of action.yml. Inputs arrive only as environment
# variables (never pasted into a script), so a path or a format cannot
# inject shell code; every value is passed on as one quoted argument.
#
# MLSD_LINT_PATHS holds one path per line (files, folders, globs or !globs):
# a line is one argument, spaces and all, so "my designs/a.md" stays one
# path. Blank lines and the spaces around a line are dropped (YAML block
# scalars keep them); with no path at all the folder "." is linted.
# MLSD_LINT_FORMAT is read the same way: one format per line, each a -f
# (github, then sarif:mlsd-lint.sarif: annotations and a SARIF file at once).
set -euo pipefail
set -f # globs are for mlsd-lint to expand (it knows ** and !negations), not the shell

: "${MLSD_LINT_BIN:?MLSD_LINT_BIN must name dist/src/cli/main.js of mlsd-lint}"

# the lines of a multi-line value, trimmed, blank ones dropped, into the array "lines"
# (no nameref, no empty "${a[@]}" under set -u: bash 3.2, as on macOS, runs this too)
lines_of() {
  local line cr=$'\r'
  lines=()
  while IFS= read -r line || [ -n "$line" ]; do
    line="${line%"$cr"}"                        # a workflow file saved with CRLF
    line="${line#"${line%%[![:space:]]*}"}"     # leading blanks (block indentation)
    line="${line%"${line##*[![:space:]]}"}"     # trailing blanks
    if [ -n "$line" ]; then lines+=("$line"); fi
  done <<< "$1"
}

args=()
lines_of "${MLSD_LINT_FORMAT:-}"
if [ "${#lines[@]}" -eq 0 ]; then lines=(github); fi
for format in "${lines[@]}"; do args+=(--format "$format"); done
if [ -n "${MLSD_LINT_OUTPUT:-}" ]; then args+=(--output "$MLSD_LINT_OUTPUT"); fi
if [ -n "${MLSD_LINT_CONFIG:-}" ]; then args+=(--config "$MLSD_LINT_CONFIG"); fi
if [ -n "${MLSD_LINT_RUBRIC:-}" ]; then args+=(--rubric "$MLSD_LINT_RUBRIC"); fi
if [ -n "${MLSD_LINT_MIN_SCORE:-}" ]; then args+=(--min-score "$MLSD_LINT_MIN_SCORE"); fi
if [ -n "${MLSD_LINT_MAX_WARNINGS:-}" ]; then args+=(--max-warnings "$MLSD_LINT_MAX_WARNINGS"); fi

lines_of "${MLSD_LINT_PATHS:-}"
if [ "${#lines[@]}" -eq 0 ]; then lines=(.); fi

# "--" ends the options: a path that starts with "-" is still a path
exec node "$MLSD_LINT_BIN" "${args[@]}" -- "${lines[@]}"
