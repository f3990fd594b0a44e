#!/usr/bin/env bash
# Entry of the pre-commit hook (.pre-commit-hooks.yaml): build this checkout
# once (npm ci runs the "prepare" build, as the GitHub Action does), then lint
# the files pre-commit passes. language: script rather than node, because a
# global npm install from git cannot build a TypeScript package (npm does not
# give the git clone its devDependencies).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -f "$here/dist/src/cli/main.js" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
exec node "$here/dist/src/cli/main.js" "$@"
