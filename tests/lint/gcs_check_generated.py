#!/usr/bin/env python3
"""Checks every Google Cloud Storage file the core generates, with tools no one on this project
wrote, for usual and unusual (but valid) values:

- `gcs-role`: parsed by PyYAML, compared as data with docs/facts.md (tests/fixtures/gcs.json):
  exactly the Role resource's fields, `stage: GA`, the permissions in Braze's order (with
  `storage.folders.create` for a bucket with hierarchical namespace), the integration's title.
- `gcs-terraform`: parsed by python-hcl2 and compared as data (the custom role, the service
  account, the role bound on the bucket; never `google_service_account_key`), then `checkov`
  (from its own venv, .venv-checkov) on it: any failed check fails.
- `gcs-cli-script` and `preflight-script`: `bash -n` and `shellcheck`. The gcloud script then
  runs three times with the recording gcloud stub first on PATH (tests/lint/gcs_gcloud_stub.py,
  buckets in Google's storage emulator): against an empty project (the role, the account and
  the binding on the bucket are created, with exactly Braze's permissions), against a project
  where everything exists (updated, not created twice) and a service account that stays
  invisible for a few tries (the binding is retried), and with PERMISSION_DENIED on IAM (the
  script stops, nothing is bound). Every call must pass the stub's checks of the gcloud
  reference; no call may create a key or touch the project's policy.

Usage: gcs_check_generated.py <path to the gcs example binary>
Prints one line per check, then `N passed, N failed`; exits non-zero on any failure.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

import hcl2
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
STUB = HERE / "gcs_gcloud_stub.py"
FACTS = json.loads((ROOT / "tests" / "fixtures" / "gcs.json").read_text(encoding="utf-8"))
CHECKOV = Path(os.environ.get("BSC_CHECKOV") or ROOT / ".venv-checkov" / "bin" / "checkov")
VENV_BIN = Path(sys.executable).parent

CASES = [
    {"name": "currents", "integration": "currents", "bucket": "acme-exports",
     "project_id": "acme-prod", "hierarchical_namespace": False},
    {"name": "both-hns", "integration": "both", "bucket": "acme-exports",
     "project_id": "acme-prod", "role_id": "braze.exports_2", "service_account": "braze-exports",
     "hierarchical_namespace": True},
    {"name": "archiving-dotted", "integration": "message-archiving",
     "bucket": "exports." + "a" * 63 + ".example.com", "project_id": "a" + "b" * 28 + "9",
     "role_id": "R" * 64, "service_account": "s" + "-" * 28 + "x", "hierarchical_namespace": False},
    {"name": "export-short", "integration": "dashboard-export", "bucket": "a_b",
     "project_id": "a-1234", "role_id": "abc", "service_account": "abcdef", "hierarchical_namespace": True},
]


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, fn):
        try:
            problems = fn() or []
        except Exception:  # noqa: BLE001 - any crash is a failed check, reported in full
            problems = ["crashed:\n" + traceback.format_exc()]
        if problems:
            self.failed += 1
            print(f"FAIL {name}")
            for p in problems:
                print("     " + str(p).replace("\n", "\n     "))
        else:
            self.passed += 1
            print(f"ok   {name}")


def permissions(hns):
    return FACTS["permissions"] + ([FACTS["hns_permission"]] if hns else [])


def defaults(case):
    return (case.get("role_id") or FACTS["default_role_id"],
            case.get("service_account") or FACTS["default_service_account"])


def email(case):
    _, account = defaults(case)
    return FACTS["service_account_email"].replace("SERVICE_ACCOUNT", account).replace("PROJECT_ID", case["project_id"])


def role_name(case):
    role_id, _ = defaults(case)
    return FACTS["custom_role_name"].replace("PROJECT_ID", case["project_id"]).replace("ROLE_ID", role_id)


# ------------------------------------------------------------------------------------------
# The role file


def check_role(case, text):
    problems = []
    doc = yaml.safe_load(text)
    if list(doc) != FACTS["role_file_keys"]:
        problems.append(f"keys {list(doc)}")
    if doc.get("includedPermissions") != permissions(case["hierarchical_namespace"]):
        problems.append(f"permissions {doc.get('includedPermissions')}")
    if doc.get("stage") != FACTS["role_stage"]:
        problems.append(f"stage {doc.get('stage')!r}")
    if doc.get("title") != FACTS["titles"][case["integration"]]:
        problems.append(f"title {doc.get('title')!r}")
    if not isinstance(doc.get("description"), str) or len(doc["description"].encode()) > 256:
        problems.append(f"description {doc.get('description')!r}")
    if len(doc["title"].encode()) > 100:
        problems.append("title over 100 bytes (Google: typically limited to 100 UTF-8 bytes)")
    return problems


# ------------------------------------------------------------------------------------------
# Terraform


def check_terraform(case, text, work):
    problems = []
    data = hcl2.loads(text)
    resources = {}
    for block in data.get("resource", []):
        for kind, named in block.items():
            for name, body in named.items():
                resources[(kind.strip('"'), name.strip('"'))] = body
    kinds = sorted(k for k, _ in resources)
    expected = ["google_project_iam_custom_role", "google_service_account", "google_storage_bucket_iam_member"]
    if kinds != expected:
        problems.append(f"resources {kinds}")
    if "google_service_account_key" in text:
        problems.append("a google_service_account_key: its private key would sit in the state")
    unquote = lambda v: v.strip('"') if isinstance(v, str) else v  # noqa: E731
    role = resources.get(("google_project_iam_custom_role", "braze"), {})
    role_id, account = defaults(case)
    if [unquote(p) for p in role.get("permissions", [])] != permissions(case["hierarchical_namespace"]):
        problems.append(f"permissions {role.get('permissions')}")
    for key, value in (("project", case["project_id"]), ("role_id", role_id), ("stage", "GA")):
        if unquote(role.get(key)) != value:
            problems.append(f"role {key} {role.get(key)!r}")
    sa = resources.get(("google_service_account", "braze"), {})
    if unquote(sa.get("account_id")) != account or unquote(sa.get("project")) != case["project_id"]:
        problems.append(f"service account {sa}")
    binding = resources.get(("google_storage_bucket_iam_member", "braze"), {})
    if unquote(binding.get("bucket")) != case["bucket"]:
        problems.append(f"binding bucket {binding.get('bucket')!r}")
    if binding.get("role") != "${google_project_iam_custom_role.braze.name}":
        problems.append(f"binding role {binding.get('role')!r}")
    if binding.get("member") != "${google_service_account.braze.member}":
        problems.append(f"binding member {binding.get('member')!r}")
    folder = work / f"tf-{case['name']}"
    folder.mkdir()
    (folder / "main.tf").write_text(text, encoding="utf-8")
    done = subprocess.run([str(CHECKOV), "-d", str(folder), "--framework", "terraform", "--quiet",
                           "--compact", "--output", "json", "--skip-download"],
                          capture_output=True, text=True, timeout=600)
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        return problems + [f"checkov printed no JSON (exit {done.returncode}): {done.stdout[-500:]} {done.stderr[-500:]}"]
    reports = report if isinstance(report, list) else [report]
    scanned = 0
    for rep in reports:
        results = rep.get("results", {}) if isinstance(rep, dict) else {}
        for failed in results.get("failed_checks", []):
            problems.append(f"checkov {failed.get('check_id')}: {failed.get('check_name')} ({failed.get('resource')})")
        if isinstance(rep, dict):
            scanned += rep.get("summary", {}).get("resource_count", 0)
    if scanned != 3:
        problems.append(f"checkov scanned {scanned} resources, not the 3 of the file")
    return problems


# ------------------------------------------------------------------------------------------
# Scripts


def shell_lint(text, work, name):
    problems = []
    path = work / f"{name}.sh"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
    if done.returncode:
        problems.append(f"bash -n: {done.stderr}")
    done = subprocess.run(["shellcheck", "--shell=bash", str(path)], capture_output=True, text=True)
    if done.returncode:
        problems.append(f"shellcheck:\n{done.stdout}")
    return problems


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Emulator:
    """Google's storage emulator on a free port, in memory."""

    def __enter__(self):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen([str(VENV_BIN / "gcp-storage-emulator"), "start", f"--port={self.port}", "-q", "-M"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("the storage emulator did not start")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=10)

    def client(self):
        os.environ["STORAGE_EMULATOR_HOST"] = self.url
        from google.auth.credentials import AnonymousCredentials
        from google.cloud import storage

        return storage.Client(project="stub-project", credentials=AnonymousCredentials())


def stub_path(work):
    """A folder with `gcloud` (the recording stub) and `sleep` (records, returns at once)."""
    bin_dir = work / "bin"
    if not bin_dir.exists():
        bin_dir.mkdir()
        (bin_dir / "gcloud").write_text(f"#!/bin/sh\nexec {sys.executable} {STUB} \"$@\"\n")
        (bin_dir / "sleep").write_text("#!/bin/sh\nprintf '%s\\n' \"$*\" >> \"$GCLOUD_STUB_LOG.sleep\"\n")
        for tool in ("gcloud", "sleep"):
            (bin_dir / tool).chmod(0o755)
    return bin_dir


def run_script(script, state, work, name, emulator):
    state_file = work / f"{name}.state.json"
    log = work / f"{name}.log"
    state_file.write_text(json.dumps(state), encoding="utf-8")
    log.write_text("", encoding="utf-8")
    env = {**os.environ, "PATH": f"{stub_path(work)}:{os.environ['PATH']}",
           "GCLOUD_STUB_STATE": str(state_file), "GCLOUD_STUB_LOG": str(log),
           "STORAGE_EMULATOR_HOST": emulator.url}
    path = work / f"{name}.sh"
    path.write_text(script, encoding="utf-8")
    done = subprocess.run(["bash", str(path)], capture_output=True, text=True, env=env, timeout=120)
    calls = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line]
    return done, calls, json.loads(state_file.read_text(encoding="utf-8"))


def empty_state(case):
    return {"project": case["project_id"], "roles": {}, "service_accounts": {}, "keys": {},
            "project_policy": {"bindings": [], "etag": "BwX="}, "deny_policies": []}


def call_problems(calls):
    problems = []
    for call in calls:
        if call.get("exit") == 2:
            problems.append(f"gcloud usage error: {call.get('error')} in {call['argv']}")
        words = " ".join(call["argv"])
        if "keys create" in words or "projects add-iam-policy-binding" in words or "set-iam-policy" in words:
            problems.append(f"forbidden call: {call['argv']}")
    return problems


def bucket_members(emulator, bucket, role):
    policy = emulator.client().bucket(bucket).get_iam_policy(requested_policy_version=3)
    return sorted(m for b in policy.bindings if b["role"] == role for m in b["members"])


def check_cli(case, script, work, emulator):
    problems = []
    client = emulator.client()
    bucket = client.bucket(case["bucket"])
    if client.lookup_bucket(case["bucket"]) is None:
        client.create_bucket(bucket)
    expected_permissions = sorted(permissions(case["hierarchical_namespace"]))
    member = f"serviceAccount:{email(case)}"

    # 1. An empty project: everything is created, the role bound on the bucket only.
    done, calls, state = run_script(script, empty_state(case), work, f"{case['name']}-empty", emulator)
    problems += call_problems(calls)
    if done.returncode:
        problems.append(f"empty project: exit {done.returncode}: {done.stderr[-800:]}")
    role = state["roles"].get(role_name(case))
    if role is None or role.get("includedPermissions") != expected_permissions or role.get("stage") != "GA":
        problems.append(f"empty project: role {role}")
    elif role.get("title") != FACTS["titles"][case["integration"]]:
        problems.append(f"empty project: role title {role.get('title')!r}")
    if email(case) not in state["service_accounts"]:
        problems.append(f"empty project: no service account {email(case)}")
    if member not in bucket_members(emulator, case["bucket"], role_name(case)):
        problems.append("empty project: the account is not bound on the bucket with the role")
    if state["project_policy"]["bindings"]:
        problems.append("empty project: the project's policy changed")
    if done.stdout.strip().splitlines()[-1:] != [email(case)]:
        problems.append(f"empty project: last line {done.stdout[-200:]!r}")
    commands = [c.get("command") for c in calls]
    if commands.count("iam roles create") != 1 or commands.count("iam service-accounts create") != 1:
        problems.append(f"empty project: calls {commands}")

    # 2. Everything exists; the account stays invisible to the binding for three tries.
    state["invisible_attempts"] = 3
    done, calls, after = run_script(script, state, work, f"{case['name']}-again", emulator)
    problems += call_problems(calls)
    commands = [c.get("command") for c in calls]
    if done.returncode:
        problems.append(f"again: exit {done.returncode}: {done.stderr[-800:]}")
    if "iam roles create" in commands or "iam service-accounts create" in commands:
        problems.append(f"again: created twice: {commands}")
    if commands.count("iam roles update") != 1:
        problems.append(f"again: the role was not updated: {commands}")
    if commands.count("storage buckets add-iam-policy-binding") != 4:
        problems.append(f"again: the binding was not retried after 3 refusals: {commands}")
    if bucket_members(emulator, case["bucket"], role_name(case)) != [member]:
        problems.append("again: the binding is not there once")

    # 3. IAM refuses: the script stops; nothing is bound.
    denied = empty_state(case)
    denied["deny_calls"] = ["iam roles describe", "iam roles create", "iam roles update"]
    fresh = f"{case['name']}-denied-{int(time.time() * 1000) % 100000}".replace(".", "-")[:40].strip("-")
    client.create_bucket(fresh)
    denied_script = script.replace(f"BUCKET='{case['bucket']}'", f"BUCKET='{fresh}'")
    done, calls, _ = run_script(denied_script, denied, work, f"{case['name']}-denied", emulator)
    problems += call_problems(calls)
    if done.returncode == 0:
        problems.append("denied: the script went on")
    if bucket_members(emulator, fresh, role_name(case)):
        problems.append("denied: something was bound")
    return problems


def can_fail(case, files, work, emulator):
    """The checks above fail on files broken on purpose: a linter that cannot fail proves
    nothing."""
    problems = []
    role = files["gcs-role"].replace('  - "storage.buckets.get"\n', "")
    if not check_role(case, role):
        problems.append("a role file without storage.buckets.get passed")
    broken = files["gcs-terraform"].replace(
        "member = google_service_account.braze.member", 'member = "allUsers"')
    if broken == files["gcs-terraform"] or not any("CKV_GCP_28" in p for p in check_terraform(
            {**case, "name": case["name"] + "-public"}, broken, work)):
        problems.append("checkov did not refuse a bucket bound to allUsers")
    keyed = files["gcs-terraform"] + '\nresource "google_service_account_key" "braze" {\n  service_account_id = google_service_account.braze.name\n}\n'
    if not any("google_service_account_key" in p for p in check_terraform(
            {**case, "name": case["name"] + "-key"}, keyed, work)):
        problems.append("a google_service_account_key passed")
    misspelled = files["gcs-cli-script"].replace("--display-name=", "--display_name=")
    found = check_cli({**case, "name": case["name"] + "-misspelled"}, misspelled, work, emulator)
    if not any("unrecognized arguments: --display_name" in p for p in found):
        problems.append(f"the stub took a flag gcloud does not have: {found}")
    unquoted = files["gcs-cli-script"] + "printf '%s\\n' $1\n"
    if not shell_lint(unquoted, work, case["name"] + "-unquoted"):
        problems.append("shellcheck took an unquoted variable")
    return problems


def main():
    binary = Path(sys.argv[1]).resolve()
    results = Results()
    work = Path(tempfile.mkdtemp(prefix="gcs-generated-"))
    with Emulator() as emulator:
        for case in CASES:
            case_file = work / f"{case['name']}.json"
            case_file.write_text(json.dumps(case), encoding="utf-8")
            done = subprocess.run([str(binary), "generate", str(case_file)], capture_output=True, text=True, check=True)
            files = json.loads(done.stdout)
            for key in FACTS["snippets"]:
                if not isinstance(files.get(key), str):
                    results.check(f"{case['name']} {key}", lambda key=key: [f"not generated: {files.get(key)}"])
            joined = "".join(v for v in files.values() if isinstance(v, str))
            results.check(f"{case['name']}: no key material in any file",
                          lambda: ["private_key in a file"] if "private_key" in joined or "BEGIN PRIVATE" in joined else [])
            results.check(f"{case['name']} gcs-role: PyYAML, compared with docs/facts.md",
                          lambda: check_role(case, files["gcs-role"]))
            results.check(f"{case['name']} gcs-terraform: python-hcl2 as data, checkov",
                          lambda: check_terraform(case, files["gcs-terraform"], work))
            results.check(f"{case['name']} gcs-cli-script: bash -n, shellcheck",
                          lambda: shell_lint(files["gcs-cli-script"], work, f"{case['name']}-cli"))
            results.check(f"{case['name']} preflight-script: bash -n, shellcheck",
                          lambda: shell_lint(files["preflight-script"], work, f"{case['name']}-preflight"))
            results.check(f"{case['name']} gcs-cli-script: run against the recording gcloud and the storage emulator",
                          lambda: check_cli(case, files["gcs-cli-script"], work, emulator))
            if case is CASES[0]:
                results.check(f"{case['name']}: the checks fail on files broken on purpose",
                              lambda: can_fail(case, files, work, emulator))
    print(f"work files in {work}")
    print(f"{results.passed} passed, {results.failed} failed")
    if results.failed == 0:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
