#!/usr/bin/env python3
"""Offline checks of Membership Workers' deployment files, run by Scripts/deploy-check.sh.

  deploy_check.py kubernetes FILE...            validate rendered manifests: built-in kinds against
                                                Kubernetes' schemas (kubernetes-validate, strict),
                                                KEDA and Prometheus Operator kinds against the
                                                hand-written schemas in Deploy/schemas/
  deploy_check.py compose COMPOSE ENV OUT       interpolate COMPOSE with ENV (the .env.example) as
                                                Compose would, check that ENV documents exactly the
                                                variables COMPOSE uses, write the result to OUT (JSON)
  deploy_check.py consistency ROOT NAME=FILE... the project's own rules over rendered overlays, the
                                                Compose file and Docs/OPERATIONS.md (see below)
  deploy_check.py environment FILE KIND/NAME    print the environment (NAME=VALUE lines) and then the
                                                command line (after a line `--`) of the first container
                                                of KIND/NAME in a rendered overlay, as Kubernetes would
                                                give them; Secret values are replaced by valid test values

Every failure is printed as `FAIL <what>: <why>` and makes the exit status 1.

The consistency rules, each a way these files have drifted from the code in other projects:
- every setting of the code's single configuration definition (WorkerConfiguration.settings in
  Sources/WorkerRuntime/WorkerConfiguration.swift) is in Docs/OPERATIONS.md's table with the code's
  default, in the Compose .env.example, and set for the workers of every overlay;
- a worker's terminationGracePeriodSeconds (and Compose stop_grace_period) exceeds SHUTDOWN_BUDGET_SECONDS;
- every worker Deployment has liveness/readiness probes on /health/*, requests and limits, runs as
  non-root with a read-only root filesystem and a writable /tmp, and has a PodDisruptionBudget and a
  ScaledObject;
- every ScaledObject targets a Deployment of the overlay, reads the lag from the workers' brokers and
  consumer group on a topic of the contract, and has maxReplicaCount <= TOPIC_PARTITIONS;
- every `membership` command line in the manifests uses flags the command declares;
- every membership_* metric an alert names is exported by the code (metrics the alerts need but the
  code does not export yet are listed in PENDING_METRICS and reported as warnings);
- every alert's runbook link points at a heading of Docs/OPERATIONS.md;
- the billing CronJob runs `membership bill --all` on the 1st of the month.
"""
import json
import pathlib
import re
import sys

import yaml

SCHEMA_DIR = pathlib.Path(__file__).resolve().parent.parent / "schemas"
KUBERNETES_VERSION = "1.33.0"
HAND_WRITTEN_SCHEMAS = {
    ("keda.sh/v1alpha1", "ScaledObject"): "keda-scaledobject.schema.json",
    ("monitoring.coreos.com/v1", "PodMonitor"): "podmonitor.schema.json",
    ("monitoring.coreos.com/v1", "PrometheusRule"): "prometheusrule.schema.json",
}
WORKERS = ("enrollment-worker", "billing-worker", "idcard-worker")
EXECUTABLES = ("membership",) + WORKERS
# Metrics the alert rules use that the code does not export yet: name -> what the code should export.
PENDING_METRICS = {
    "membership_review_cases_overdue":
        "gauge, enrollment-worker: open manual-review cases whose due date (rule M3) has passed",
    "membership_cards_overdue_unmailed":
        "gauge, idcard-worker: cards past their service level (rule C4) and still not mailed",
}

failures = []


def fail(what, why):
    failures.append(what)
    print(f"FAIL {what}: {why}")


def ok(what):
    print(f"ok   {what}")


def load_documents(path):
    with open(path) as handle:
        return [document for document in yaml.safe_load_all(handle) if document]


def resource_name(resource):
    return f"{resource.get('kind', '?')}/{resource.get('metadata', {}).get('name', '?')}"


# ---- kubernetes -----------------------------------------------------------------------------------

def check_kubernetes(paths):
    import jsonschema
    import kubernetes_validate
    from kubernetes_validate.utils import SchemaNotFoundError

    for path in paths:
        for resource in load_documents(path):
            what = f"{path}: {resource_name(resource)}"
            key = (resource.get("apiVersion"), resource.get("kind"))
            try:
                kubernetes_validate.validate(resource, KUBERNETES_VERSION, strict=True)
                ok(f"{what} (Kubernetes {KUBERNETES_VERSION} schema, strict)")
                continue
            except SchemaNotFoundError:
                pass
            except kubernetes_validate.ValidationError as error:
                location = "/".join(str(part) for part in error.path)
                fail(what, f"Kubernetes {KUBERNETES_VERSION} schema: {error.message} (at {location or 'top level'})")
                continue
            schema_file = HAND_WRITTEN_SCHEMAS.get(key)
            if schema_file is None:
                fail(what, f"no schema for {key[0]} {key[1]}: neither a Kubernetes kind nor one of Deploy/schemas/")
                continue
            schema = json.loads((SCHEMA_DIR / schema_file).read_text())
            errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(resource), key=lambda e: list(e.path))
            if errors:
                for error in errors:
                    location = "/".join(str(part) for part in error.path)
                    fail(what, f"{schema_file} (hand-written): {error.message} (at {location or 'top level'})")
            else:
                ok(f"{what} ({schema_file}, hand-written)")


# ---- compose --------------------------------------------------------------------------------------

VARIABLE = re.compile(r"\$(?:\$|\{(?P<braced>[A-Za-z_][A-Za-z0-9_]*)(?P<operator>:?[-?])?(?P<argument>[^}]*)\}|(?P<plain>[A-Za-z_][A-Za-z0-9_]*))")


def read_env_file(path):
    values = {}
    for number, line in enumerate(pathlib.Path(path).read_text().splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if "=" not in stripped:
            fail(f"{path}:{number}", f"not NAME=VALUE: {stripped}")
            continue
        name, value = stripped.split("=", 1)
        values[name.strip()] = value
    return values


def interpolate(value, environment, used, where):
    """Compose's interpolation: ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}, $$."""
    def replace(match):
        if match.group(0) == "$$":
            return "$"
        name = match.group("braced") or match.group("plain")
        used.add(name)
        operator, argument = match.group("operator"), match.group("argument") or ""
        present = name in environment
        current = environment.get(name, "")
        if operator == ":-":
            return current if current else argument
        if operator == "-":
            return current if present else argument
        if operator in (":?", "?"):
            if (operator == ":?" and not current) or (operator == "?" and not present):
                fail(where, f"required variable {name} is empty: {argument}")
            return current
        return current

    if isinstance(value, str):
        return VARIABLE.sub(replace, value)
    if isinstance(value, list):
        return [interpolate(item, environment, used, where) for item in value]
    if isinstance(value, dict):
        return {key: interpolate(item, environment, used, f"{where}.{key}") for key, item in value.items()}
    return value


def check_compose(compose_path, env_path, out_path):
    environment = read_env_file(env_path)
    document = yaml.safe_load(pathlib.Path(compose_path).read_text())
    used = set()
    interpolated = interpolate(document, environment, used, compose_path)
    pathlib.Path(out_path).write_text(json.dumps(interpolated, indent=1))
    undocumented = sorted(used - set(environment))
    unused = sorted(set(environment) - used)
    if undocumented:
        fail(f"{env_path}", f"variables {compose_path} uses but this file does not document: {', '.join(undocumented)}")
    if unused:
        fail(f"{env_path}", f"variables this file sets but {compose_path} never uses: {', '.join(unused)}")
    if not undocumented and not unused:
        ok(f"{env_path} documents exactly the {len(used)} variables of {compose_path}")


# ---- consistency ----------------------------------------------------------------------------------

def worker_settings(root):
    source = (root / "Sources/WorkerRuntime/WorkerConfiguration.swift").read_text()
    settings = re.findall(r'Setting\(variable: "([A-Z0-9_]+)", defaultValue: (nil|"([^"]*)")', source)
    if len(settings) < 10:
        fail("WorkerConfiguration.swift", f"found only {len(settings)} settings: has `Setting(variable:defaultValue:help:)` changed shape?")
    return [(name, None if raw == "nil" else value) for name, raw, value in settings]


def exported_metrics(root):
    names = set()
    for path in (root / "Sources").rglob("*.swift"):
        # Metric names are string literals (`Counter(label: "membership_...")`, `DomainGauge("membership_...")`).
        names.update(re.findall(r'"(membership_[a-z0-9_]+)"', path.read_text()))
    return names


def command_flags(root):
    """commandName -> flags declared in that command's file (and its nested option groups)."""
    commands = {}
    option_groups = {}
    for path in (root / "Sources/MembershipCLI/Commands").glob("*.swift"):
        text = path.read_text()
        flags = set()
        for custom in re.findall(r'customLong\("([a-z0-9-]+)"\)', text):
            flags.add("--" + custom)
        for attribute, variable in re.findall(r'@(Option|Flag)(?:\([^\n]*\))?\s+var (\w+)', text):
            if "customLong" not in attribute:
                flags.add("--" + re.sub(r"([A-Z])", lambda m: "-" + m.group(1).lower(), variable))
        groups = re.findall(r'@OptionGroup var \w+: (\w+)', text)
        for name in re.findall(r'struct (\w+): ParsableArguments', text):
            option_groups[name] = flags
        for name in re.findall(r'commandName: "([a-z0-9-]+)"', text):
            commands[name] = (flags, groups)
    resolved = {}
    for name, (flags, groups) in commands.items():
        everything = set(flags)
        for group in groups:
            everything |= option_groups.get(group, set())
        resolved[name] = everything
    return resolved


def check_command_line(where, command, flags_by_command):
    if not command:
        return
    if command[0] not in EXECUTABLES:
        fail(where, f"runs `{command[0]}`, which the image does not have ({', '.join(EXECUTABLES)})")
        return
    if command[0] != "membership" or len(command) < 2:
        return
    subcommand = command[1]
    if subcommand not in flags_by_command:
        print(f"warn {where}: `membership {subcommand}` is not in Sources/MembershipCLI/Commands yet; flags not checked")
        return
    known = flags_by_command[subcommand]
    unknown = [part for part in command[2:] if part.startswith("--") and part.split("=")[0] not in known]
    if unknown:
        fail(where, f"`membership {subcommand}` declares no {', '.join(unknown)} (it has {', '.join(sorted(known)) or 'no flags'})")
    else:
        ok(f"{where}: `{' '.join(command)}` uses declared flags")


def heading_anchors(markdown):
    anchors = set()
    for heading in re.findall(r"^#+\s+(.*)$", markdown, re.MULTILINE):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        anchors.add(slug)
    return anchors


def pod_spec(resource):
    kind = resource["kind"]
    if kind in ("Deployment", "Job"):
        return resource["spec"]["template"]["spec"]
    if kind == "CronJob":
        return resource["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    return None


def container_environment(container, config_maps):
    names = {}
    for source in container.get("envFrom", []):
        reference = source.get("configMapRef", {}).get("name")
        if reference in config_maps:
            names.update(config_maps[reference])
    for variable in container.get("env", []):
        names[variable["name"]] = variable.get("value", "(from a reference)")
    return names


def check_overlay(name, path, settings, flags_by_command, topics):
    resources = load_documents(path)
    by_kind = {}
    for resource in resources:
        by_kind.setdefault(resource["kind"], []).append(resource)
    config_maps = {r["metadata"]["name"]: r.get("data", {}) for r in by_kind.get("ConfigMap", [])}
    config = next((data for key, data in config_maps.items() if key.startswith("membership-config")), None)
    if config is None:
        fail(name, "no ConfigMap membership-config")
        return
    partitions = int(config.get("TOPIC_PARTITIONS", "0"))
    budget = int(config.get("SHUTDOWN_BUDGET_SECONDS", dict(settings)["SHUTDOWN_BUDGET_SECONDS"]))
    prefix = config.get("TOPIC_PREFIX", "")
    deployments = {d["metadata"]["name"]: d for d in by_kind.get("Deployment", [])}

    # Settings: every one is set for the workers.
    worker_env = {}
    for worker in WORKERS:
        deployment = deployments.get(worker)
        if deployment is None:
            fail(f"{name}: Deployment/{worker}", "missing")
            continue
        worker_env[worker] = container_environment(pod_spec(deployment)["containers"][0], config_maps)
    set_anywhere = set().union(*worker_env.values()) if worker_env else set()
    missing = [variable for variable, _ in settings if variable not in set_anywhere]
    if missing:
        fail(f"{name}: worker environment", f"settings of WorkerConfiguration not set in the manifests: {', '.join(missing)}")
    else:
        ok(f"{name}: all {len(settings)} WorkerConfiguration settings are set for the workers")
    if "PII_KEYS" not in worker_env.get("enrollment-worker", {}):
        fail(f"{name}: Deployment/enrollment-worker", "PII_KEYS is not set (the worker refuses to start without it)")

    # Deployments.
    selected_by_pdb = [p["spec"].get("selector", {}).get("matchLabels", {}) for p in by_kind.get("PodDisruptionBudget", [])]
    scaled = {s["spec"]["scaleTargetRef"]["name"]: s for s in by_kind.get("ScaledObject", [])}
    for worker, deployment in deployments.items():
        what = f"{name}: Deployment/{worker}"
        spec = pod_spec(deployment)
        container = spec["containers"][0]
        problems = []
        grace = spec.get("terminationGracePeriodSeconds", 30)
        if grace <= budget:
            problems.append(f"terminationGracePeriodSeconds {grace} is not above SHUTDOWN_BUDGET_SECONDS {budget}")
        for probe, path_expected in (("livenessProbe", "/health/live"), ("readinessProbe", "/health/ready")):
            if container.get(probe, {}).get("httpGet", {}).get("path") != path_expected:
                problems.append(f"{probe} is not an HTTP GET of {path_expected}")
        resources_ = container.get("resources", {})
        for part in ("requests", "limits"):
            if not {"cpu", "memory"} <= set(resources_.get(part, {})):
                problems.append(f"resources.{part} lacks cpu or memory")
        if not spec.get("securityContext", {}).get("runAsNonRoot"):
            problems.append("pod securityContext.runAsNonRoot is not true")
        if not container.get("securityContext", {}).get("readOnlyRootFilesystem"):
            problems.append("readOnlyRootFilesystem is not true")
        if not any(mount.get("mountPath") == "/tmp" for mount in container.get("volumeMounts", [])):
            problems.append("no writable /tmp mount")
        labels = deployment["spec"]["template"]["metadata"].get("labels", {})
        if not any(selector and all(labels.get(k) == v for k, v in selector.items()) for selector in selected_by_pdb):
            problems.append("no PodDisruptionBudget selects its pods")
        if worker not in scaled:
            problems.append("no ScaledObject targets it")
        check_command_line(f"{name}: {what.split(': ')[1]}", container.get("command", []), flags_by_command)
        if problems:
            for problem in problems:
                fail(what, problem)
        else:
            ok(f"{what}: probes, resources, non-root, read-only root, /tmp, PDB, ScaledObject; grace {grace}s > {budget}s")

    # ScaledObjects.
    for target, scaled_object in scaled.items():
        what = f"{name}: ScaledObject/{scaled_object['metadata']['name']}"
        spec = scaled_object["spec"]
        problems = []
        if target not in deployments:
            problems.append(f"targets Deployment/{target}, which the overlay does not have")
        maximum = spec.get("maxReplicaCount", 100)
        if maximum > partitions:
            problems.append(f"maxReplicaCount {maximum} exceeds TOPIC_PARTITIONS {partitions}: replicas beyond the partitions would idle")
        if spec.get("minReplicaCount", 0) > maximum:
            problems.append(f"minReplicaCount {spec.get('minReplicaCount')} exceeds maxReplicaCount {maximum}")
        group = worker_env.get(target, {}).get("CONSUMER_GROUP", target)
        for trigger in spec.get("triggers", []):
            metadata = trigger.get("metadata", {})
            if trigger.get("type") != "kafka":
                problems.append(f"trigger type {trigger.get('type')} is not kafka")
                continue
            if metadata.get("bootstrapServers") != config.get("KAFKA_BROKERS"):
                problems.append(f"bootstrapServers {metadata.get('bootstrapServers')} differs from KAFKA_BROKERS {config.get('KAFKA_BROKERS')}")
            if metadata.get("consumerGroup") != group:
                problems.append(f"consumerGroup {metadata.get('consumerGroup')} differs from the worker's CONSUMER_GROUP {group}")
            if metadata.get("topic") not in {prefix + topic for topic in topics}:
                problems.append(f"topic {metadata.get('topic')} is not TOPIC_PREFIX ('{prefix}') + a topic of the contract")
        if problems:
            for problem in problems:
                fail(what, problem)
        else:
            ok(f"{what}: lag of {group} on {len(spec['triggers'])} topic(s), replicas {spec.get('minReplicaCount', 1)}..{maximum} <= {partitions} partitions")

    # Jobs and the billing CronJob.
    for kind in ("Job", "CronJob"):
        for resource in by_kind.get(kind, []):
            container = pod_spec(resource)["containers"][0]
            check_command_line(f"{name}: {resource_name(resource)}", container.get("command", []), flags_by_command)
    bills = [c for c in by_kind.get("CronJob", []) if pod_spec(c)["containers"][0].get("command", [])[:3] == ["membership", "bill", "--all"]]
    if not bills:
        fail(f"{name}: CronJob", "none runs `membership bill --all`")
    for cron in bills:
        fields = cron["spec"]["schedule"].split()
        if len(fields) != 5 or fields[2] != "1":
            fail(f"{name}: {resource_name(cron)}", f"schedule '{cron['spec']['schedule']}' does not run on the 1st of the month")
        else:
            ok(f"{name}: {resource_name(cron)} bills every group on the 1st ({cron['spec']['schedule']}, {cron['spec'].get('timeZone', 'UTC')})")
    for kind in ("Job",):
        names = {j["metadata"]["name"] for j in by_kind.get(kind, [])}
        for required in ("membership-migrate", "membership-topics"):
            if required not in names:
                fail(f"{name}: Job/{required}", "missing")
    return by_kind


def check_alerts(name, by_kind, root, operations):
    exported = exported_metrics(root)
    anchors = heading_anchors(operations)
    for rule_set in by_kind.get("PrometheusRule", []):
        for group in rule_set["spec"]["groups"]:
            for rule in group["rules"]:
                what = f"{name}: alert {rule.get('alert', rule.get('record'))}"
                problems = []
                for metric in sorted(set(re.findall(r"\b(membership_[a-z0-9_]+)\b", rule["expr"]))):
                    base = re.sub(r"_(bucket|sum|count)$", "", metric)
                    if metric in exported or base in exported:
                        continue
                    if metric in PENDING_METRICS:
                        print(f"warn {what}: {metric} is not exported by the code yet ({PENDING_METRICS[metric]})")
                        continue
                    problems.append(f"metric {metric} is not exported by the code (labels in Sources/)")
                runbook = rule.get("annotations", {}).get("runbook", "")
                anchor = runbook.split("#", 1)[1] if "#" in runbook else None
                if anchor is None or anchor not in anchors:
                    problems.append(f"runbook '{runbook}' is not a heading of Docs/OPERATIONS.md")
                if problems:
                    for problem in problems:
                        fail(what, problem)
                else:
                    ok(f"{what}: metrics exported or listed as pending; runbook #{anchor}")
    for metric in PENDING_METRICS:
        if metric in exported:
            print(f"note {metric} is exported now: remove it from PENDING_METRICS in Deploy/tools/deploy_check.py")


def check_operations_doc(root, settings, operations):
    rows = dict(re.findall(r"^\| `([A-Z0-9_]+)` \| ([^|]*) \|", operations, re.MULTILINE))
    for variable, default in settings:
        expected = "(none)" if default is None else ("(empty)" if default == "" else f"`{default}`")
        cell = rows.get(variable)
        if cell is None:
            fail("Docs/OPERATIONS.md", f"{variable} has no row in the settings table")
        elif cell.strip() != expected:
            fail("Docs/OPERATIONS.md", f"{variable}: default column says {cell.strip()}, the code says {expected}")
    if all(variable in rows for variable, _ in settings):
        ok(f"Docs/OPERATIONS.md documents all {len(settings)} WorkerConfiguration settings with the code's defaults")


def check_compose_consistency(root, compose_json, env_path, settings, flags_by_command):
    compose = json.loads(pathlib.Path(compose_json).read_text())
    env_text = pathlib.Path(env_path).read_text()
    missing = [variable for variable, _ in settings if not re.search(rf"\b{variable}\b", env_text)]
    if missing:
        fail(env_path, f"does not mention the settings {', '.join(missing)}")
    else:
        ok(f"{env_path} mentions all {len(settings)} WorkerConfiguration settings")
    for service_name, service in compose.get("services", {}).items():
        command = service.get("command")
        what = f"compose service {service_name}"
        if isinstance(command, list) and command and command[0] in EXECUTABLES:
            check_command_line(what, command, flags_by_command)
        if service_name in WORKERS:
            problems = []
            budget = int(service.get("environment", {}).get("SHUTDOWN_BUDGET_SECONDS", "20"))
            grace = service.get("stop_grace_period", "10s")
            seconds = int(re.match(r"^(\d+)s$", grace).group(1)) if re.match(r"^(\d+)s$", grace) else 0
            if seconds <= budget:
                problems.append(f"stop_grace_period {grace} is not above SHUTDOWN_BUDGET_SECONDS {budget}")
            if "ports" in service or "container_name" in service:
                problems.append("publishes ports or names its container: it could not be scaled with --scale")
            if problems:
                for problem in problems:
                    fail(what, problem)
            else:
                ok(f"{what}: scalable, stop_grace_period {grace} > {budget}s")


def check_consistency(root, overlay_arguments):
    root = pathlib.Path(root)
    settings = worker_settings(root)
    flags_by_command = command_flags(root)
    topics = set(re.findall(r'static let \w+ = "(membership\.[a-z0-9.-]+)"',
                            (root / "Sources/MembershipEvents/Topics/TopicName.swift").read_text()))
    operations_path = root / "Docs/OPERATIONS.md"
    operations = operations_path.read_text() if operations_path.exists() else ""
    if not operations:
        fail("Docs/OPERATIONS.md", "missing")
    check_operations_doc(root, settings, operations)
    compose_json = env_path = None
    for argument in overlay_arguments:
        name, path = argument.split("=", 1)
        if name == "compose":
            compose_json = path
            continue
        if name == "env":
            env_path = path
            continue
        by_kind = check_overlay(name, path, settings, flags_by_command, topics)
        if by_kind:
            check_alerts(name, by_kind, root, operations)
    if compose_json and env_path:
        check_compose_consistency(root, compose_json, env_path, settings, flags_by_command)


# Stand-ins for Secret values: the right shape, no real secret (the check connects to nothing).
TEST_SECRETS = {
    "DATABASE_URL": "postgres://membership:deploy-check@postgres.invalid:5432/membership?sslmode=require",
    "PII_KEYS": "deploycheck:" + "5a" * 32,
}


def print_environment(path, wanted):
    resources = load_documents(path)
    config_maps = {r["metadata"]["name"]: r.get("data", {}) for r in resources if r["kind"] == "ConfigMap"}
    resource = next((r for r in resources if resource_name(r) == wanted), None)
    if resource is None:
        fail(path, f"no {wanted}")
        return
    container = pod_spec(resource)["containers"][0]
    environment = {}
    for source in container.get("envFrom", []):
        environment.update(config_maps.get(source.get("configMapRef", {}).get("name"), {}))
    for variable in container.get("env", []):
        if "value" in variable:
            environment[variable["name"]] = variable["value"]
            continue
        reference = variable.get("valueFrom", {})
        if "configMapKeyRef" in reference:
            key = reference["configMapKeyRef"]
            environment[variable["name"]] = config_maps.get(key["name"], {}).get(key["key"], "")
        elif "secretKeyRef" in reference:
            environment[variable["name"]] = TEST_SECRETS[reference["secretKeyRef"]["key"]]
    for name, value in environment.items():
        print(f"{name}={value}")
    print("--")
    for part in container.get("command", []) + container.get("args", []):
        print(re.sub(r"\$\((\w+)\)", lambda m: environment.get(m.group(1), m.group(0)), part))


def main(arguments):
    if len(arguments) >= 2 and arguments[0] == "kubernetes":
        check_kubernetes(arguments[1:])
    elif len(arguments) == 4 and arguments[0] == "compose":
        check_compose(*arguments[1:])
    elif len(arguments) == 3 and arguments[0] == "environment":
        print_environment(arguments[1], arguments[2])
    elif len(arguments) >= 3 and arguments[0] == "consistency":
        check_consistency(arguments[1], arguments[2:])
    else:
        print(__doc__)
        return 2
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
