#!/usr/bin/env bash
# Canary for `pnpm test`: forge's exit status must reach whoever runs it. Runs tools/forge on two fixtures and fails
# unless the passing one exits 0 and the failing one exits non-zero after reporting its failing test.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
forge=../forge

fail() {
  printf 'forge canary: %s\n' "$*" >&2
  exit 1
}

output="$("$forge" test --match-contract '^CanaryPasses$' --color never 2>&1)"
status=$?
[[ $status -eq 0 ]] || fail "a passing forge test exited $status:"$'\n'"$output"
grep -q '\[PASS\] test_Canary_Passes()' <<<"$output" || fail "the passing fixture did not run:"$'\n'"$output"

output="$("$forge" test --match-contract '^CanaryFails$' --color never 2>&1)"
status=$?
[[ $status -ne 0 ]] || fail "a failing forge test exited 0: forge's exit status is lost, so pnpm test could not fail"
grep -q '\[FAIL: canary: this test fails on purpose\] test_Canary_Fails()' <<<"$output" ||
  fail "the failing fixture did not fail as expected (exit $status):"$'\n'"$output"

echo "forge canary: a passing test exits 0, a failing test exits $status"

# `pnpm test` runs the forge suites beside the packages' tests (`concurrently --group`, package.json `test:suites`):
# a failure on either side must fail the whole run, and a pass on both must pass it.
concurrently=../../node_modules/.bin/concurrently
"$concurrently" --group --names a,b "node -e ''" "node -e ''" >/dev/null 2>&1 || fail "concurrently failed two passing commands"
for failing in a b; do
  if [[ $failing == a ]]; then pair=("node -e 'process.exit(3)'" "node -e ''"); else pair=("node -e ''" "node -e 'process.exit(3)'"); fi
  "$concurrently" --group --names a,b "${pair[@]}" >/dev/null 2>&1 && fail "concurrently exited 0 although side $failing failed"
done
echo "concurrently canary: a failure on either side fails the run"
