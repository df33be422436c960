#!/usr/bin/env python3
"""The preflight against a real AWS API emulator (moto's server), not a stub.

Starts `moto_server` on a free port, sets up buckets, users and roles right and wrong in each
way the preflight looks for, runs the generated script with the AWS CLI (v1, from the venv)
against it, feeds each report to the Rust checker (`examples/preflight.rs`) and asserts the
status of every finding.

It also writes each checked report, with its case and the statuses expected, for the widget's
end-to-end test (`tests/e2e/preflight.test.mjs` pastes them into the widget in Chromium):
`target/preflight-reports/<nn>-<case>/` holds `report.txt` (what the script printed),
`case.json` (the reader's values, keys as in `CASES`) and `expected.json`
(`{"days": <days after the run>, "statuses": {"<check id>": "<status>"}}`).
`BSC_PREFLIGHT_REPORTS` names another folder.

Usage: .venv/bin/python tests/lint/preflight_moto.py <path to the preflight example binary>
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import boto3

VENV_BIN = Path(sys.executable).parent
ACCOUNT = "123456789012"  # moto's default account
BRAZE = "999999999999"
DAY = 86_400
REPORTS = Path(os.environ.get("BSC_PREFLIGHT_REPORTS")
               or Path(__file__).resolve().parents[2] / "target" / "preflight-reports")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def policy(*statements):
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def allow(actions, resources):
    return {"Effect": "Allow", "Action": actions, "Resource": resources}


def braze_policy(bucket):
    return policy(
        allow(["s3:ListBucket", "s3:GetBucketLocation"], f"arn:aws:s3:::{bucket}"),
        allow(["s3:PutObject", "s3:GetObject"], f"arn:aws:s3:::{bucket}/*"),
    )


def trust(external_id):
    return policy({
        "Effect": "Allow",
        "Principal": {"AWS": f"arn:aws:iam::{BRAZE}:root"},
        "Action": "sts:AssumeRole",
        "Condition": {"StringEquals": {"sts:ExternalId": external_id}},
    })


def trust_with(principal, condition):
    return policy({"Effect": "Allow", "Principal": principal, "Action": "sts:AssumeRole", "Condition": condition})


def export_policy(bucket):
    """Braze's published dashboard-export policy for the secret-key method, as is (`BUCKET*`)."""
    return policy(
        allow(["s3:ListBucket", "s3:GetBucketLocation"], f"arn:aws:s3:::{bucket}"),
        allow(["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
              [f"arn:aws:s3:::{bucket}*", f"arn:aws:s3:::{bucket}/", f"arn:aws:s3:::{bucket}"]),
    )


SSE_POLICY = lambda bucket: policy(  # noqa: E731 (as the widget's bucket-policy-sse snippet)
    {"Sid": "DenyUploadsNotSseS3", "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject",
     "Resource": f"arn:aws:s3:::{bucket}/*",
     "Condition": {"StringNotEquals": {"s3:x-amz-server-side-encryption": "AES256"}}},
    {"Sid": "DenyUploadsWithoutSseHeader", "Effect": "Deny", "Principal": "*",
     "Action": "s3:PutObject", "Resource": f"arn:aws:s3:::{bucket}/*",
     "Condition": {"Null": {"s3:x-amz-server-side-encryption": "true"}}},
)


def setup(endpoint):
    kw = dict(endpoint_url=endpoint, region_name="us-east-1",
              aws_access_key_id="testing", aws_secret_access_key="testing")
    s3, iam = boto3.client("s3", **kw), boto3.client("iam", **kw)

    def managed(name, document):
        return iam.create_policy(PolicyName=name, PolicyDocument=document)["Policy"]["Arn"]

    # Right, secret key: the policy attached, an active key.
    s3.create_bucket(Bucket="acme-right")
    iam.create_user(UserName="braze-right")
    iam.attach_user_policy(UserName="braze-right", PolicyArn=managed("braze-right", braze_policy("acme-right")))
    iam.create_access_key(UserName="braze-right")

    # Wrong, secret key: SSE-KMS by default, Object Lock on, a bucket policy denying
    # PutObject, the policy created but never attached, and the only key deactivated.
    s3.create_bucket(Bucket="acme-wrong", ObjectLockEnabledForBucket=True)
    s3.put_bucket_encryption(Bucket="acme-wrong", ServerSideEncryptionConfiguration={
        "Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms"}}]})
    s3.put_bucket_policy(Bucket="acme-wrong", Policy=policy({
        "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject",
        "Resource": "arn:aws:s3:::acme-wrong/*"}))
    iam.create_user(UserName="braze-wrong")
    managed("braze-wrong", braze_policy("acme-wrong"))
    key = iam.create_access_key(UserName="braze-wrong")["AccessKey"]["AccessKeyId"]
    iam.update_access_key(UserName="braze-wrong", AccessKeyId=key, Status="Inactive")

    # Right, role: the trust policy with the external ID, the policy attached, the SSE bucket
    # policy (fine when Braze's AES-256 option is on), a region.
    s3.create_bucket(Bucket="acme-role", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    s3.put_bucket_policy(Bucket="acme-role", Policy=SSE_POLICY("acme-role"))
    iam.create_role(RoleName="braze-role", AssumeRolePolicyDocument=trust("ext-right"))
    iam.attach_role_policy(RoleName="braze-role", PolicyArn=managed("braze-role", braze_policy("acme-role")))

    # Wrong, role: the trust policy names another external ID; the bucket does not exist;
    # an inline policy grants only part of what Braze needs; a permissions boundary that only
    # allows reading (moto implements boundaries for roles, not for users).
    iam.create_role(RoleName="braze-role-wrong", AssumeRolePolicyDocument=trust("ext-old"))
    read_only = managed("read-only-boundary", policy(allow("s3:GetObject", "*")))
    iam.put_role_permissions_boundary(RoleName="braze-role-wrong", PermissionsBoundary=read_only)
    iam.put_role_policy(RoleName="braze-role-wrong", PolicyName="partial",
                        PolicyDocument=policy(allow("s3:GetObject", "arn:aws:s3:::acme-missing/*")))

    # Issue 19: policies that a literal reading of `arn:aws:s3:::BUCKET/*` let through.
    def user(name, bucket, *documents, bucket_policy=None):
        if bucket:
            s3.create_bucket(Bucket=bucket)
        iam.create_user(UserName=name)
        for i, document in enumerate(documents):
            iam.attach_user_policy(UserName=name, PolicyArn=managed(f"{name}-{i}", document))
        iam.create_access_key(UserName=name)
        if bucket_policy:
            s3.put_bucket_policy(Bucket=bucket, Policy=bucket_policy)

    bucket_part = lambda b: allow(["s3:ListBucket", "s3:GetBucketLocation"], f"arn:aws:s3:::{b}")  # noqa: E731
    # An Allow on one-character keys only; an Allow of everything but the Currents folder; a
    # Deny of uploads to the folder in the user's own policies.
    user("braze-onechar", "acme-onechar",
         policy(bucket_part("acme-onechar"), allow(["s3:PutObject", "s3:GetObject"], "arn:aws:s3:::acme-onechar/?")))
    user("braze-notres", "acme-notres",
         policy(bucket_part("acme-notres"),
                {"Effect": "Allow", "Action": "s3:*", "NotResource": "arn:aws:s3:::acme-notres/currents/*"}))
    user("braze-denyfolder", "acme-denyfolder", braze_policy("acme-denyfolder"),
         policy({"Effect": "Deny", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::acme-denyfolder/currents/*"}))
    # A bucket policy that denies uploads to the Currents folder; and, for message archiving,
    # one that denies `sent_messages/` to a user holding the page's own export policy as is.
    user("braze-bdeny", "acme-bdeny", braze_policy("acme-bdeny"), bucket_policy=policy(
        {"Effect": "Deny", "Principal": "*", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::acme-bdeny/currents/*"}))
    user("braze-archive", "acme-archive", export_policy("acme-archive"), bucket_policy=policy(
        {"Effect": "Deny", "Principal": "*", "Action": "s3:PutObject",
         "Resource": "arn:aws:s3:::acme-archive/sent_messages/*"}))
    # Access granted by a same-account bucket policy alone (AWS: identity OR resource policy).
    iam.create_user(UserName="braze-grant")
    iam.create_access_key(UserName="braze-grant")
    s3.create_bucket(Bucket="acme-grant")
    grantee = {"AWS": f"arn:aws:iam::{ACCOUNT}:user/braze-grant"}
    s3.put_bucket_policy(Bucket="acme-grant", Policy=policy(
        {"Effect": "Allow", "Principal": grantee, "Action": ["s3:ListBucket", "s3:GetBucketLocation"],
         "Resource": "arn:aws:s3:::acme-grant"},
        {"Effect": "Allow", "Principal": grantee, "Action": ["s3:PutObject", "s3:GetObject"],
         "Resource": "arn:aws:s3:::acme-grant/*"}))

    # Trust policies that void the external ID (the confused deputy), each on its own role.
    braze_root = {"AWS": f"arn:aws:iam::{BRAZE}:root"}
    for name, principal, condition in [
        ("braze-open-star", braze_root, {"StringLike": {"sts:ExternalId": "*"}}),
        ("braze-open-prefix", braze_root, {"StringLike": {"sts:ExternalId": "ext-*"}}),
        ("braze-open-anyone", "*", {"StringEquals": {"sts:ExternalId": "ext-right"}}),
        ("braze-open-aws-any", {"AWS": "*"}, {"StringEquals": {"sts:ExternalId": "ext-right"}}),
    ]:
        iam.create_role(RoleName=name, AssumeRolePolicyDocument=trust_with(principal, condition))
        iam.attach_role_policy(RoleName=name, PolicyArn=managed(name, braze_policy("acme-role")))

    # NotPrincipal with Deny: listing the role denies its sessions still; listing the session
    # too always denies a role with a permissions boundary.
    s3.create_bucket(Bucket="acme-np")
    iam.create_role(RoleName="braze-np", AssumeRolePolicyDocument=trust("ext-right"))
    iam.attach_role_policy(RoleName="braze-np", PolicyArn=managed("braze-np", braze_policy("acme-np")))
    s3.put_bucket_policy(Bucket="acme-np", Policy=policy(
        {"Effect": "Deny", "NotPrincipal": {"AWS": [f"arn:aws:iam::{ACCOUNT}:role/braze-np"]}, "Action": "s3:*",
         "Resource": ["arn:aws:s3:::acme-np", "arn:aws:s3:::acme-np/*"]}))
    s3.create_bucket(Bucket="acme-npb")
    iam.create_role(RoleName="braze-npb", AssumeRolePolicyDocument=trust("ext-right"))
    iam.attach_role_policy(RoleName="braze-npb", PolicyArn=managed("braze-npb", braze_policy("acme-npb")))
    iam.put_role_permissions_boundary(RoleName="braze-npb", PermissionsBoundary=managed(
        "s3-boundary", policy(allow("s3:*", "*"))))
    s3.put_bucket_policy(Bucket="acme-npb", Policy=policy(
        {"Effect": "Deny", "NotPrincipal": {"AWS": [
            f"arn:aws:sts::{ACCOUNT}:assumed-role/braze-npb/braze", f"arn:aws:iam::{ACCOUNT}:role/braze-npb",
            f"arn:aws:iam::{ACCOUNT}:root"]},
         "Action": "s3:*", "Resource": ["arn:aws:s3:::acme-npb", "arn:aws:s3:::acme-npb/*"]}))

    # Issue 22: a role with a path; its ARN has the path in it.
    iam.create_role(RoleName="braze-path", Path="/service/braze/", AssumeRolePolicyDocument=trust("ext-right"))
    iam.attach_role_policy(RoleName="braze-path", PolicyArn=managed("braze-path", braze_policy("acme-role")))


CASES = {
    "user-right": {"integration": "currents", "auth": "secret-key", "bucket": "acme-right", "user_name": "braze-right"},
    "user-wrong": {"integration": "currents", "auth": "secret-key", "bucket": "acme-wrong", "user_name": "braze-wrong"},
    "role-right": {"integration": "currents", "auth": "role-arn", "bucket": "acme-role", "role_name": "braze-role",
                   "braze_account": BRAZE, "external_id": "ext-right", "sse": True},
    "role-wrong": {"integration": "dashboard-export", "auth": "role-arn", "bucket": "acme-missing",
                   "role_name": "braze-role-wrong", "braze_account": BRAZE, "external_id": "ext-right"},
}
_user = lambda name, bucket, integration="currents": {  # noqa: E731
    "integration": integration, "auth": "secret-key", "bucket": bucket, "user_name": name}
_role = lambda name, bucket, **more: {  # noqa: E731
    "integration": "currents", "auth": "role-arn", "bucket": bucket, "role_name": name,
    "braze_account": BRAZE, "external_id": "ext-right", **more}
CASES.update({
    "user-onechar": _user("braze-onechar", "acme-onechar"),
    "user-notres": _user("braze-notres", "acme-notres"),
    "user-denyfolder": _user("braze-denyfolder", "acme-denyfolder"),
    "user-bdeny": _user("braze-bdeny", "acme-bdeny"),
    "user-archive": _user("braze-archive", "acme-archive", "message-archiving"),
    "user-grant": _user("braze-grant", "acme-grant"),
    "role-open-star": _role("braze-open-star", "acme-role"),
    "role-open-prefix": _role("braze-open-prefix", "acme-role"),
    "role-open-anyone": _role("braze-open-anyone", "acme-role"),
    "role-open-aws-any": _role("braze-open-aws-any", "acme-role"),
    "role-np": _role("braze-np", "acme-np"),
    "role-npb": _role("braze-npb", "acme-npb"),
    "role-path": _role("braze-path", "acme-role", own_account=ACCOUNT),
})

# (report of, config changes, days after now, expected status of each finding)
EXPECTATIONS = [
    ("user-right", {}, 0, {
        "bucket-exists": "pass", "bucket-region": "pass", "default-encryption": "pass",
        "object-lock": "pass", "bucket-policy": "pass", "identity-policy": "pass",
        "permissions-boundary": "pass", "access-key": "pass"}),
    # The same account 100 days later: the key should be rotated.
    ("user-right", {}, 100, {"access-key": "warn"}),
    # A report made for another bucket is not judged.
    ("user-right", {"bucket": "acme-other"}, 0, {"report": "unknown"}),
    ("user-wrong", {}, 0, {
        "bucket-exists": "pass", "default-encryption": "fail", "object-lock": "fail",
        "bucket-policy": "fail", "identity-policy": "fail", "permissions-boundary": "pass",
        "access-key": "fail"}),
    # Object Lock does not stop dashboard export: a warning only.
    ("user-wrong", {"integration": "dashboard-export"}, 0, {"object-lock": "warn"}),
    ("role-right", {}, 0, {
        "bucket-exists": "pass", "bucket-region": "pass", "default-encryption": "pass",
        "object-lock": "pass", "bucket-policy": "pass", "identity-policy": "pass",
        "permissions-boundary": "pass", "trust-policy": "pass", "role-arn": "pass",
        "organizations": "unknown"}),
    # Without Braze's AES-256 option, the SSE bucket policy refuses Braze's uploads.
    ("role-right", {"sse": False}, 0, {"bucket-policy": "fail"}),
    # Another external ID than the report's is not judged.
    ("role-right", {"external_id": "ext-new"}, 0, {"report": "unknown"}),
    ("role-wrong", {}, 0, {
        "bucket-exists": "fail", "bucket-region": "unknown", "default-encryption": "unknown",
        "object-lock": "unknown", "bucket-policy": "unknown", "identity-policy": "fail",
        "permissions-boundary": "fail", "trust-policy": "fail", "role-arn": "pass",
        "organizations": "unknown"}),
    # Issue 19: every key Braze writes, not the text `BUCKET/*`.
    ("user-onechar", {}, 0, {"identity-policy": "fail", "bucket-policy": "pass"}),
    ("user-notres", {}, 0, {"identity-policy": "fail"}),
    ("user-denyfolder", {}, 0, {"identity-policy": "fail"}),
    # With another folder, the same Deny does not touch Braze's keys.
    ("user-denyfolder", {"folder": "events"}, 0, {"identity-policy": "pass"}),
    ("user-bdeny", {}, 0, {"bucket-policy": "fail", "identity-policy": "pass"}),
    # The page's own export policy, as is, passes; the bucket policy refuses the archives.
    ("user-archive", {}, 0, {"identity-policy": "pass", "bucket-policy": "fail"}),
    # Granted by the bucket policy alone, in the same account.
    ("user-grant", {}, 0, {"identity-policy": "pass", "bucket-policy": "pass", "permissions-boundary": "pass"}),
    # The confused deputy: an external ID anyone can match, or a role anyone may assume.
    ("role-open-star", {}, 0, {"trust-policy": "fail", "identity-policy": "pass"}),
    ("role-open-prefix", {}, 0, {"trust-policy": "fail"}),
    ("role-open-anyone", {}, 0, {"trust-policy": "fail"}),
    ("role-open-aws-any", {}, 0, {"trust-policy": "fail"}),
    # NotPrincipal with Deny: the role's sessions are still denied; a boundary always is.
    ("role-np", {}, 0, {"bucket-policy": "fail", "identity-policy": "pass"}),
    ("role-npb", {}, 0, {"bucket-policy": "fail", "permissions-boundary": "pass"}),
    # Issue 22: the role's ARN has its path; the page gives Braze the typed one.
    ("role-path", {}, 0, {"role-arn": "fail", "trust-policy": "pass"}),
    ("role-path", {"role_name": "service/braze/braze-path"}, 0, {"role-arn": "pass", "trust-policy": "pass"}),
]


def main():
    binary = Path(sys.argv[1]).resolve()
    port = free_port()
    endpoint = f"http://127.0.0.1:{port}"
    work = Path(tempfile.mkdtemp(prefix="preflight-moto-"))
    server = subprocess.Popen([str(VENV_BIN / "moto_server"), "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=(work / "moto.log").open("w"))
    failures = []
    passed = 0
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        setup(endpoint)
        env = {**os.environ, "AWS_ENDPOINT_URL": endpoint, "AWS_ACCESS_KEY_ID": "testing",
               "AWS_SECRET_ACCESS_KEY": "testing-secret-never-printed", "AWS_DEFAULT_REGION": "us-east-1",
               "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
               "PATH": f"{VENV_BIN}:{os.environ['PATH']}"}

        def run(name):
            case_file = work / f"{name}.json"
            case_file.write_text(json.dumps(CASES[name]))
            script = subprocess.run([binary, "script", case_file], capture_output=True, text=True, check=True).stdout
            (work / f"{name}.sh").write_text(script)
            done = subprocess.run(["bash", work / f"{name}.sh"], capture_output=True, text=True, env=env, timeout=300)
            (work / f"{name}.report").write_text(done.stdout)
            return name, done

        with ThreadPoolExecutor(max_workers=2) as pool:
            runs = dict(pool.map(run, CASES))
        for name, done in runs.items():
            out = done.stdout
            if done.returncode != 0:
                failures.append(f"{name}: script exited {done.returncode}: {done.stderr[-500:]}")
            for secret in ("testing-secret-never-printed", "AccessKeyId", "SecretAccessKey"):
                if secret in out:
                    failures.append(f"{name}: the report holds {secret!r}")
            if not out.startswith("# braze-s3-companion preflight v1\n") or "\n# end " not in out:
                failures.append(f"{name}: not a whole report:\n{out[:500]}")
            # The same linter the other providers' scripts pass (tests/lint/gcs_check_generated.py).
            linted = subprocess.run(["shellcheck", "--shell=bash", str(work / f"{name}.sh")],
                                    capture_output=True, text=True)
            if linted.returncode != 0:
                failures.append(f"{name}: shellcheck:\n{linted.stdout[:1500]}")

        now = int(time.time())
        shutil.rmtree(REPORTS, ignore_errors=True)
        for number, (name, changes, days, expected) in enumerate(EXPECTATIONS, 1):
            case_file = work / f"{name}-check.json"
            case_file.write_text(json.dumps({**CASES[name], **changes}))
            # For the end-to-end test: the same report, case and expectation.
            folder = REPORTS / f"{number:02}-{name}"
            folder.mkdir(parents=True)
            shutil.copyfile(work / f"{name}.report", folder / "report.txt")
            shutil.copyfile(case_file, folder / "case.json")
            (folder / "expected.json").write_text(json.dumps({"days": days, "statuses": expected}, indent=1))
            checked = subprocess.run([binary, "check", case_file, work / f"{name}.report", str(now + days * DAY)],
                                     capture_output=True, text=True)
            try:
                findings = json.loads(checked.stdout)
            except json.JSONDecodeError:
                failures.append(f"{name} {changes}: checker output {checked.stdout[:300]} {checked.stderr[-300:]}")
                continue
            if isinstance(findings, dict):
                failures.append(f"{name} {changes}: report refused: {findings}")
                continue
            got = {f["id"]: f for f in findings}
            wrong = []
            for check, status in expected.items():
                finding = got.get(check)
                if finding is None or finding["status"] != status:
                    wrong.append(f"{name} {changes} +{days}d: {check} expected {status}, got "
                                 f"{finding and finding['status']}: {finding and finding['message']}")
            failures.extend(wrong)
            label = f"{name} {changes or ''} +{days}d"
            print(f"FAIL {label}" if wrong else f"ok   {label}: {len(expected)} findings as expected")
            passed += not wrong
    finally:
        server.terminate()
        server.wait(timeout=10)
    for failure in failures:
        print("FAIL", failure)
    print(f"preflight against moto: {len(EXPECTATIONS)} checks of {len(CASES)} reports; work files in {work}; "
          f"reports for the e2e test in {REPORTS}")
    print(f"{passed} passed, {len(EXPECTATIONS) - passed} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
