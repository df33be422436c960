#!/usr/bin/env python3
"""The Google Cloud Storage preflight run by bash against a recording gcloud (the Google Cloud
CLI is not installable here: tests/lint/gcs_gcloud_stub.py) and Google's storage emulator
(gcp-storage-emulator, through Google's client library, for the buckets and their allow
policies), with accounts set up right and wrong in each way the preflight looks for. Each
report is judged by the core (`examples/gcs.rs check`) and the status of every finding
asserted, as docs/facts.md ("The preflight (Google Cloud Storage)") says it should be.

Also: the script makes reads only (every call `describe`, `list` or `get-iam-policy`, each
with `--quiet`), never asks for a key, and its report holds no key material.

It writes each checked report, with its case and the statuses expected, to
`target/gcs-preflight-reports/<nn>-<case>/` (`report.txt`, `case.json`, `expected.json`), for
the provider engine's end-to-end test (`BSC_GCS_PREFLIGHT_REPORTS` names another folder).

Usage: .venv/bin/python tests/lint/gcs_preflight.py <path to the gcs example binary>
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from gcs_check_generated import Emulator, stub_path

HERE = Path(__file__).resolve().parent
FACTS = json.loads((HERE.parent / "fixtures" / "gcs.json").read_text(encoding="utf-8"))
REPORTS = Path(os.environ.get("BSC_GCS_PREFLIGHT_REPORTS")
               or HERE.parents[1] / "target" / "gcs-preflight-reports")
DAY = 86_400
PROJECT = "acme-prod"


def email(account):
    return f"{account}@{PROJECT}.iam.gserviceaccount.com"


def role(name, permissions, stage="GA", **extra):
    return {"name": name, "title": "t", "description": "d", "etag": "BwY=", "stage": stage,
            "includedPermissions": list(permissions), **extra}


def custom(role_id):
    return f"projects/{PROJECT}/roles/{role_id}"


def iso(seconds):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


NOW = int(time.time())
FIVE = FACTS["permissions"]
SIX = FIVE + [FACTS["hns_permission"]]

# Each case: the reader's values, the account, and what each finding must say.
CASES = {
    "right": {
        "case": {"bucket": "acme-right", "project_id": PROJECT, "role_id": "brazeRight",
                 "service_account": "braze-right", "hierarchical_namespace": False},
        "buckets": {"acme-right": {"location": "EU", "locationType": "multi-region",
                                   "hierarchicalNamespace": {"enabled": False}}},
        "bucket_bindings": {"acme-right": [(custom("brazeRight"), "braze-right")]},
        "roles": {custom("brazeRight"): role(custom("brazeRight"), FIVE)},
        "accounts": {"braze-right": {"disabled": False}},
        "keys": {"braze-right": [{"validAfterTime": iso(NOW - 3 * DAY), "validBeforeTime": "9999-12-31T23:59:59Z", "disabled": False}]},
    },
    "right-hns": {
        "case": {"bucket": "acme-hns", "project_id": PROJECT, "role_id": "brazeHns",
                 "service_account": "braze-hns", "hierarchical_namespace": True, "integration": "both"},
        "buckets": {"acme-hns": {"location": "US-EAST1", "locationType": "region",
                                 "hierarchicalNamespace": {"enabled": True}}},
        "bucket_bindings": {"acme-hns": [(custom("brazeHns"), "braze-hns")]},
        "roles": {custom("brazeHns"): role(custom("brazeHns"), SIX)},
        "accounts": {"braze-hns": {"disabled": False}},
        "keys": {"braze-hns": [{"validAfterTime": iso(NOW - 10 * DAY), "validBeforeTime": iso(NOW + 400 * DAY), "disabled": False}]},
    },
    "wrong": {
        # No bucket; a role without storage.buckets.get bound on the whole project; the account
        # disabled, its only key expired; a deny policy on the project.
        "case": {"bucket": "acme-missing", "project_id": PROJECT, "role_id": "brazeWrong",
                 "service_account": "braze-wrong", "hierarchical_namespace": False},
        "buckets": {},
        "project_bindings": [(custom("brazeWrong"), "braze-wrong")],
        "roles": {custom("brazeWrong"): role(custom("brazeWrong"), [p for p in FIVE if p != "storage.buckets.get"])},
        "accounts": {"braze-wrong": {"disabled": True}},
        "keys": {"braze-wrong": [{"validAfterTime": iso(NOW - 400 * DAY), "validBeforeTime": iso(NOW - DAY), "disabled": False}]},
        "deny": [{"name": "policies/cloudresourcemanager.googleapis.com%2Fprojects%2Facme-prod/denypolicies/no-storage",
                  "displayName": "no-storage", "kind": "DenyPolicy"}],
    },
    "wrong-hns": {
        # A bucket with hierarchical namespace the reader did not say; the guide's role disabled;
        # Storage Object Admin bound instead (setIamPolicy: too broad); the bucket public; the
        # service account missing (Google: PERMISSION_DENIED), so its keys cannot be listed.
        "case": {"bucket": "acme-wrong-hns", "project_id": PROJECT, "role_id": "brazeOff",
                 "service_account": "braze-gone", "hierarchical_namespace": False},
        "buckets": {"acme-wrong-hns": {"location": "EU", "locationType": "multi-region",
                                       "hierarchicalNamespace": {"enabled": True}}},
        "bucket_bindings": {"acme-wrong-hns": [("roles/storage.objectAdmin", "braze-gone"),
                                               ("roles/storage.objectViewer", "allUsers")]},
        "roles": {custom("brazeOff"): role(custom("brazeOff"), FIVE, stage="DISABLED"),
                  "roles/storage.objectAdmin": role("roles/storage.objectAdmin", [
                      "resourcemanager.projects.get", "storage.objects.create", "storage.objects.delete",
                      "storage.objects.get", "storage.objects.getIamPolicy", "storage.objects.list",
                      "storage.objects.setIamPolicy", "storage.objects.update"])},
        "accounts": {},
        "keys": {},
    },
    "conditional": {
        # The guide's role bound on the bucket only under a condition; a key expiring soon.
        "case": {"bucket": "acme-cond", "project_id": PROJECT, "role_id": "brazeCond",
                 "service_account": "braze-cond", "hierarchical_namespace": False},
        "buckets": {"acme-cond": {"location": "EU", "locationType": "multi-region"}},
        "extra_bindings": {"acme-cond": [{"role": custom("brazeCond"), "members": [f"serviceAccount:{email('braze-cond')}"],
                                          "condition": {"title": "exports", "expression": "resource.name.startsWith('projects/_/buckets/acme-cond/objects/braze/')"}}]},
        "roles": {custom("brazeCond"): role(custom("brazeCond"), FIVE)},
        "accounts": {"braze-cond": {"disabled": False}},
        "keys": {"braze-cond": [{"validAfterTime": iso(NOW - 20 * DAY), "validBeforeTime": iso(NOW + 10 * DAY), "disabled": False}]},
    },
}

ALL_PASS = {check: "pass" for check in [
    "bucket-exists", "hierarchical-namespace", "custom-role", "service-account", "permissions",
    "binding-scope", "extra-permissions", "public-access", "deny-policies", "service-account-key"]}

# (report of, changes to the reader's values, days after now, expected status of each finding)
EXPECTATIONS = [
    ("right", {}, 0, ALL_PASS),
    ("right-hns", {}, 0, ALL_PASS),
    # The same key, 100 days later: rotate it.
    ("right", {}, 100, {"service-account-key": "warn", "permissions": "pass"}),
    # The reader now says the bucket uses hierarchical namespace: it does not.
    ("right", {"hierarchical_namespace": True}, 0, {"hierarchical-namespace": "warn", "permissions": "pass"}),
    # A report made for another bucket is not judged.
    ("right", {"bucket": "acme-other"}, 0, {"report": "unknown"}),
    ("wrong", {}, 0, {
        "bucket-exists": "fail", "hierarchical-namespace": "unknown", "custom-role": "fail",
        "service-account": "fail", "permissions": "fail", "binding-scope": "warn",
        "extra-permissions": "pass", "public-access": "pass", "deny-policies": "warn",
        "service-account-key": "fail"}),
    ("wrong-hns", {}, 0, {
        "bucket-exists": "pass", "hierarchical-namespace": "fail", "custom-role": "fail",
        "service-account": "fail", "permissions": "fail", "binding-scope": "pass",
        "extra-permissions": "warn", "public-access": "warn", "deny-policies": "pass",
        "service-account-key": "unknown"}),
    ("conditional", {}, 0, {
        "custom-role": "pass", "permissions": "unknown", "binding-scope": "pass",
        "service-account-key": "warn"}),
]

READ_VERBS = ("describe", "list", "get-iam-policy")


def state_for(spec):
    case = spec["case"]
    return {
        "project": case["project_id"],
        "roles": spec["roles"],
        "service_accounts": {email(a): v for a, v in spec["accounts"].items()},
        "keys": {email(a): v for a, v in spec["keys"].items()},
        "project_policy": {"bindings": [{"role": r, "members": [f"serviceAccount:{email(a)}"]}
                                        for r, a in spec.get("project_bindings", [])], "etag": "BwX=", "version": 1},
        "deny_policies": spec.get("deny", []),
        "bucket_overlay": spec["buckets"],
        "bucket_extra_bindings": spec.get("extra_bindings", {}),
    }


def set_up_buckets(emulator, spec):
    client = emulator.client()
    for name in spec["buckets"]:
        bucket = client.create_bucket(name)
        bindings = spec.get("bucket_bindings", {}).get(name, [])
        if bindings:
            policy = bucket.get_iam_policy(requested_policy_version=3)
            for role_name, account in bindings:
                member = account if account in ("allUsers", "allAuthenticatedUsers") else f"serviceAccount:{email(account)}"
                policy.bindings.append({"role": role_name, "members": {member}})
            bucket.set_iam_policy(policy)


def main():
    binary = Path(sys.argv[1]).resolve()
    work = Path(tempfile.mkdtemp(prefix="gcs-preflight-"))
    failures, passed = [], 0
    reports = {}
    with Emulator() as emulator:
        for name, spec in CASES.items():
            set_up_buckets(emulator, spec)
            case_file = work / f"{name}.json"
            case_file.write_text(json.dumps(spec["case"]), encoding="utf-8")
            files = json.loads(subprocess.run([str(binary), "generate", str(case_file)], capture_output=True,
                                              text=True, check=True).stdout)
            script = work / f"{name}.sh"
            script.write_text(files["preflight-script"], encoding="utf-8")
            state_file, log = work / f"{name}.state.json", work / f"{name}.log"
            state_file.write_text(json.dumps(state_for(spec)), encoding="utf-8")
            log.write_text("", encoding="utf-8")
            env = {**os.environ, "PATH": f"{stub_path(work)}:{os.environ['PATH']}",
                   "GCLOUD_STUB_STATE": str(state_file), "GCLOUD_STUB_LOG": str(log),
                   "STORAGE_EMULATOR_HOST": emulator.url}
            done = subprocess.run(["bash", str(script)], capture_output=True, text=True, env=env, timeout=300)
            reports[name] = done.stdout
            (work / f"{name}.report").write_text(done.stdout, encoding="utf-8")
            if done.returncode != 0:
                failures.append(f"{name}: script exited {done.returncode}: {done.stderr[-500:]}")
            if not done.stdout.startswith("# braze-s3-companion preflight v1\n") or "\n# end " not in done.stdout:
                failures.append(f"{name}: not a whole report:\n{done.stdout[:500]}")
            for secret in ("private_key", "BEGIN PRIVATE", "privateKeyData"):
                if secret in done.stdout:
                    failures.append(f"{name}: the report holds {secret!r}")
            calls = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line]
            for call in calls:
                command = call.get("command") or " ".join(call["argv"][:3])
                if call.get("exit") == 2:
                    failures.append(f"{name}: gcloud usage error {call.get('error')}")
                if not command.endswith(READ_VERBS) or "--quiet" not in call["argv"]:
                    failures.append(f"{name}: not a quiet read: {call['argv']}")
            if len(calls) < 7:
                failures.append(f"{name}: only {len(calls)} calls")

        shutil.rmtree(REPORTS, ignore_errors=True)
        for number, (name, changes, days, expected) in enumerate(EXPECTATIONS, 1):
            case = {**CASES[name]["case"], **changes}
            case_file = work / f"{name}-{number}-check.json"
            case_file.write_text(json.dumps(case), encoding="utf-8")
            folder = REPORTS / f"{number:02}-{name}"
            folder.mkdir(parents=True)
            (folder / "report.txt").write_text(reports[name], encoding="utf-8")
            shutil.copyfile(case_file, folder / "case.json")
            (folder / "expected.json").write_text(json.dumps({"days": days, "statuses": expected}, indent=1))
            checked = subprocess.run([str(binary), "check", str(case_file), str(work / f"{name}.report"),
                                      str(NOW + days * DAY)], capture_output=True, text=True)
            try:
                findings = json.loads(checked.stdout)
            except json.JSONDecodeError:
                failures.append(f"{name} {changes}: checker output {checked.stdout[:300]} {checked.stderr[-300:]}")
                continue
            if isinstance(findings, dict):
                failures.append(f"{name} {changes}: report refused: {findings}")
                continue
            got = {f["id"]: f for f in findings}
            wrong = [f"{name} {changes} +{days}d: {check} expected {status}, got "
                     f"{got.get(check) and got[check]['status']}: {got.get(check) and got[check]['message']}"
                     for check, status in expected.items()
                     if got.get(check) is None or got[check]["status"] != status]
            failures.extend(wrong)
            label = f"{name} {changes or ''} +{days}d"
            print(f"FAIL {label}" if wrong else f"ok   {label}: {len(expected)} findings as expected")
            passed += not wrong
    for failure in failures:
        print("FAIL", failure)
    print(f"preflight against the recording gcloud and the storage emulator: {len(EXPECTATIONS)} checks of "
          f"{len(CASES)} reports; work files in {work}; reports in {REPORTS}")
    print(f"{passed} passed, {len(EXPECTATIONS) - passed} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
