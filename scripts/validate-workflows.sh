#!/usr/bin/env bash
# Validates every GitHub Actions workflow in .github/workflows/ here, where they cannot run:
#  1. schema: @action-validator/cli (the GitHub workflow JSON schema, compiled to WebAssembly);
#  2. scripts/workflow-lint.mjs: what a schema cannot see: `bash -n` on every bash `run:` block,
#     third-party actions pinned to a version tag or commit, no `secrets.` in `if:`, `needs:` naming
#     real jobs, multi-line pwsh blocks stopping on a failing native command.
# Prints one line per file and exits non-zero if any file fails.
# The npm packages are installed once, at pinned versions, into a cache folder outside the
# repository ($YUTANG_TOOLS_DIR, default ${XDG_CACHE_HOME:-~/.cache}/yutang-tools); later runs
# reuse them without the network.
set -euo pipefail
cd "$(dirname "$0")/.."

VALIDATOR_VERSION=0.6.0 # @action-validator/cli and its peer @action-validator/core
YAML_VERSION=2.9.1
tools=${YUTANG_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/yutang-tools}
stamp="$tools/.installed-av${VALIDATOR_VERSION}-yaml${YAML_VERSION}"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        echo "Installing: nodejs npm" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
    else
        echo "validate-workflows: needs Node.js and npm (apt-get install nodejs npm)" >&2
        exit 1
    fi
fi

if [ ! -e "$stamp" ]; then
    echo "Installing @action-validator/cli@$VALIDATOR_VERSION and yaml@$YAML_VERSION into $tools" >&2
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-audit --no-fund --no-update-notifier --loglevel=error \
        "@action-validator/cli@$VALIDATOR_VERSION" "@action-validator/core@$VALIDATOR_VERSION" \
        "yaml@$YAML_VERSION" >/dev/null
    touch "$stamp"
fi
validator="$tools/node_modules/.bin/action-validator"

shopt -s nullglob
files=(.github/workflows/*.yml .github/workflows/*.yaml)
if [ ${#files[@]} -eq 0 ]; then
    echo "validate-workflows: no workflow in .github/workflows" >&2
    exit 1
fi

passed=0
failed=0
for f in "${files[@]}"; do
    problems=""
    if ! out=$(NO_COLOR=1 "$validator" "$f" 2>&1); then
        problems+="  schema:"$'\n'"$(sed 's/^/    /' <<<"$out")"$'\n'
    fi
    if ! lint=$(YUTANG_TOOLS_DIR="$tools" node scripts/workflow-lint.mjs "$f" 2>&1); then
        problems+="$lint"$'\n'
    fi
    if [ -z "$problems" ]; then
        echo "ok      $f (schema; $lint)"
        passed=$((passed + 1))
    else
        echo "FAILED  $f"
        printf '%s' "$problems"
        failed=$((failed + 1))
    fi
done
echo "workflows: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
