#!/usr/bin/env python3
"""Checks every document the core generated, with tools no one on this project wrote.

Usage: check_generated.py <dir written by `cargo run --example generate -- <dir>`>

- parliament (IAM linter) on every identity policy: the policy snippets of issue 2, and the
  policies inside every CloudFormation template, Terraform file and CLI script. Any finding
  fails, whatever its severity. Trust policies are not identity policies: parliament 1.6 reads
  every statement as an identity statement (it wants a Resource), so they are checked as data.
- cfn-lint on every CloudFormation template; the template is then parsed by PyYAML and by
  cfn-lint's own decoder and checked as data.
- python-hcl2 parses every Terraform file; resources, attachments, outputs and the policy
  documents inside `jsonencode(...)` are checked as data.
- Every CLI script: `bash -n`, then three runs with a stub `aws` first on PATH (aws_stub.py)
  that records each argument: against an empty account, against an account where everything
  exists already (policies at their 5-version limit, a user with an access key), and with
  AccessDenied on the first IAM read. Each argument must arrive exactly as the reader typed
  the value, and every document written to a file must be the expected one.
- The YAML and HCL emitters' escaping, on hostile strings no input rule lets through.

Expected policies come from docs/facts.md ("The identity policies", "The trust policy"), read
from the fixture the Rust tests share (tests/fixtures/braze-policies.json), never from the
generator. Prints one line per check, then `N passed, N failed`;
exits non-zero on any failure.
"""

import json
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

import hcl2
import yaml
from cfnlint.api import lint as cfn_lint
from cfnlint.config import ManualArgs
from cfnlint.decode.decode import decode_str as cfn_decode
from hcl2.rules.base import AttributeRule, BlockRule
from hcl2.rules.functions import FunctionCallRule
from hcl2.utils import SerializationContext, SerializationOptions
from parliament import analyze_policy_string

HERE = Path(__file__).resolve().parent
STUB = HERE / "aws_stub.py"
STUB_ACCOUNT = "111122223333"  # the account the stub answers with
STUB_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


# ------------------------------------------------------------------------------------------
# Results


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, fn):
        """Runs fn(); it returns a list of problems (empty: pass). An exception fails."""
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


# ------------------------------------------------------------------------------------------
# What docs/facts.md says


FIXTURE = HERE.parent / "fixtures" / "braze-policies.json"
PLACEHOLDER = re.compile(r"BUCKET|BRAZE_ACCOUNT_ID|EXTERNAL_ID")


def facts_document(name, **values):
    """Document `name` of the shared fixture, its placeholders filled in one pass (a value
    holding a placeholder's name is not filled again)."""
    def fill(node):
        if isinstance(node, str):
            return PLACEHOLDER.sub(lambda m: values.get(m.group(0), m.group(0)), node)
        if isinstance(node, list):
            return [fill(item) for item in node]
        if isinstance(node, dict):
            return {key: fill(item) for key, item in node.items()}
        return node

    return fill(json.loads(FIXTURE.read_text(encoding="utf-8"))[name])


def facts_statements(kind, bucket, auth):
    """docs/facts.md "The identity policies": [(actions, resources)] in the page's order."""
    name = kind if kind == "currents" else f"{kind}/{auth}"
    if kind not in ("currents", "dashboard-export"):
        raise ValueError(kind)
    doc = facts_document(name, BUCKET=bucket)
    return [(st["Action"], st["Resource"]) for st in doc["Statement"]]


def as_list(value):
    return value if isinstance(value, list) else [value]


def allowed_pairs(statements):
    return {(a, r) for actions, resources in statements for a in actions for r in resources}


def pattern_covers(wide, narrow):
    """Whether IAM resource pattern `wide` matches every ARN `narrow` matches. Only the forms
    Braze's policies use: an exact ARN, or a prefix ending with one `*`."""
    if wide == narrow:
        return True
    return wide.endswith("*") and "*" not in wide[:-1] and narrow.startswith(wide[:-1])


def covered(pair, pairs):
    action, resource = pair
    return any(a == action and pattern_covers(r, resource) for a, r in pairs)


def check_identity_policy(doc, kind, bucket, auth):
    """The document is Braze's published policy of `kind` (docs/facts.md), for `bucket`."""
    problems = []
    if not isinstance(doc, dict):
        return [f"not a JSON object: {doc!r}"]
    if doc.get("Version") != "2012-10-17":
        problems.append(f"Version {doc.get('Version')!r}")
    statements = doc.get("Statement")
    if not isinstance(statements, list) or not statements:
        return problems + ["no Statement list"]
    got = []
    for st in statements:
        extra = set(st) - {"Sid", "Effect", "Action", "Resource"}
        if extra:
            problems.append(f"unexpected statement keys {sorted(extra)}")
        if st.get("Effect") != "Allow":
            problems.append(f"Effect {st.get('Effect')!r}")
        got.append((as_list(st.get("Action")), as_list(st.get("Resource"))))
    if kind == "combined":
        # One policy covering both (docs/facts.md: "one policy that covers both"): exactly what the
        # two published policies allow together, nothing more.
        want = allowed_pairs(facts_statements("currents", bucket, auth)) | allowed_pairs(
            facts_statements("dashboard-export", bucket, auth)
        )
        # Compared as what they allow: a pair is covered when the same action is allowed on a
        # resource pattern matching at least the same ARNs (`BUCKET*` covers `BUCKET/*`).
        beyond = sorted(p for p in allowed_pairs(got) if not covered(p, want))
        lacking = sorted(p for p in want if not covered(p, allowed_pairs(got)))
        if beyond or lacking:
            problems.append(f"allows {beyond} beyond the two policies, lacks {lacking}")
    else:
        want = facts_statements(kind, bucket, auth)
        if got != [(list(a), list(r)) for a, r in want]:
            problems.append(f"statements {got}\n  expected {want}")
    return problems


def check_trust_policy(doc, account, external_id):
    """docs/facts.md "The trust policy"."""
    problems = []
    if doc.get("Version") != "2012-10-17":
        problems.append(f"Version {doc.get('Version')!r}")
    statements = doc.get("Statement")
    if not isinstance(statements, list) or len(statements) != 1:
        return problems + [f"expected one statement, got {statements!r}"]
    st = statements[0]
    (expected,) = facts_document("trust", BRAZE_ACCOUNT_ID=account, EXTERNAL_ID=external_id)["Statement"]
    got = dict(st)
    got.pop("Sid", None)
    if "Action" in got:
        got["Action"] = as_list(got["Action"])
    if got != expected:
        problems.append(f"statement {got!r}\n  expected {expected!r}")
    return problems


# IAM's own name patterns (IAM API reference), to check the effective names.
IAM_USER_ROLE = re.compile(r"[A-Za-z0-9+=,.@_-]{1,64}")
# IAM's path pattern (IAM API, CreateRole: `Path`), 1 to 512 characters with its slashes.
IAM_PATH = re.compile(r"/|/[\x21-\x7e]{1,510}/")
IAM_POLICY = re.compile(r"[A-Za-z0-9+=,.@_-]{1,128}")


def iac_policy_kinds(integration):
    """The policies the infrastructure files create. With both integrations: the two published
    policies, one per integration (the project's documented choice; docs/facts.md allows both)."""
    # Message archiving uses the dashboard-export policy (Braze today; docs/facts.md).
    return {
        "currents": ["currents"],
        "dashboard-export": ["dashboard-export"],
        "message-archiving": ["dashboard-export"],
        "both": ["currents", "dashboard-export"],
    }[integration]


def check_names(case):
    """The effective names follow what the reader typed, and IAM's rules."""
    problems = []
    values, names = case["values"], case["names"]
    for key, name in (("user-name", names["user"]), ("role-name", names["role"])):
        typed = values[key]
        if key == "role-name" and "/" in typed:
            # A role typed with its path (`team/x/name`): the name is the last part, the path
            # the rest between slashes (IAM's path rules: 1 to 512 characters).
            head, _, typed = typed.lstrip("/").rpartition("/")
            if names["role_path"] != f"/{head}/" or not IAM_PATH.fullmatch(names["role_path"]):
                problems.append(f"role path {names['role_path']!r} for {values[key]!r}")
        elif key == "role-name" and names["role_path"] != "/":
            problems.append(f"role path {names['role_path']!r} without one typed")
        if typed and name != typed:
            problems.append(f"{key}: typed {values[key]!r}, used {name!r}")
        if not IAM_USER_ROLE.fullmatch(name):
            problems.append(f"{key}: {name!r} breaks IAM's rule")
    base = values["policy-name"]
    for kind, name in names["policies"].items():
        if case["integration"] == "both" and kind != "combined":
            if not name.endswith("-" + kind):
                problems.append(f"policy {kind}: {name!r} lacks the -{kind} suffix")
            elif base and name != f"{base}-{kind}":
                problems.append(f"policy {kind}: typed base {base!r}, used {name!r}")
        elif base and name != base:
            problems.append(f"policy {kind}: typed {base!r}, used {name!r}")
        if not IAM_POLICY.fullmatch(name):
            problems.append(f"policy {kind}: {name!r} breaks IAM's rule")
    return problems


# ------------------------------------------------------------------------------------------
# parliament


def parliament_findings(doc):
    """Every finding parliament reports on an identity policy, community auditors included.
    Nothing is filtered: no finding of any severity is expected, and none is suppressed."""
    policy = analyze_policy_string(
        json.dumps(doc, indent=4),
        ignore_private_auditors=True,
        include_community_auditors=True,
    )
    return [f"{f.issue}: {f.detail} at {f.location}" for f in policy.findings]


# ------------------------------------------------------------------------------------------
# CloudFormation


def to_plain(value):
    """cfn-lint's decoder returns str/dict subclasses with line marks: plain data for ==."""
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value


def cfn_lint_matches(text):
    # Errors, warnings and informational checks, in the primary region (IAM is global).
    matches = cfn_lint(text, config=ManualArgs(include_checks=["I"], regions=["us-east-1"]))
    return [f"{m.rule.id} line {m.linenumber}: {m.message}" for m in matches]


def check_cloudformation(text, case, policies_out):
    problems = []
    safe = yaml.safe_load(text)
    decoded, errors = cfn_decode(text)
    if errors:
        return [f"cfn-lint decoder: {e}" for e in errors]
    template = to_plain(decoded)
    if template != safe:
        problems.append("PyYAML and cfn-lint's decoder read the template differently")
    v, names, auth = case["values"], case["names"], case["auth"]
    if template.get("AWSTemplateFormatVersion") != "2010-09-09":
        problems.append("AWSTemplateFormatVersion")
    resources = template.get("Resources", {})
    by_type = {}
    for logical_id, resource in resources.items():
        by_type.setdefault(resource.get("Type"), []).append((logical_id, resource.get("Properties", {})))
    managed = by_type.pop("AWS::IAM::ManagedPolicy", [])
    policy_ids = []
    want_kinds = iac_policy_kinds(case["integration"])
    if len(managed) != len(want_kinds):
        problems.append(f"{len(managed)} managed policies, expected {len(want_kinds)}")
    for kind in want_kinds:
        found = [(i, p) for i, p in managed if p.get("ManagedPolicyName") == names["policies"][kind]]
        if len(found) != 1:
            problems.append(f"no single ManagedPolicy named {names['policies'][kind]!r}")
            continue
        logical_id, props = found[0]
        policy_ids.append(logical_id)
        doc = props.get("PolicyDocument")
        problems += [f"{logical_id}: {p}" for p in check_identity_policy(doc, kind, v["bucket"], auth)]
        policies_out.append((f"{logical_id}", doc))
    refs = [{"Ref": i} for i in policy_ids]
    outputs = template.get("Outputs", {})
    output_values = [o.get("Value") for o in outputs.values()]
    if auth == "secret-key":
        users = by_type.pop("AWS::IAM::User", [])
        if len(users) != 1:
            return problems + [f"{len(users)} users"]
        user_id, props = users[0]
        if props.get("UserName") != names["user"]:
            problems.append(f"UserName {props.get('UserName')!r}")
        if props.get("ManagedPolicyArns") != refs:
            problems.append(f"user policies {props.get('ManagedPolicyArns')!r}, expected {refs!r}")
        if {"Ref": user_id} not in output_values:
            problems.append("no output with the user name")
    else:
        roles = by_type.pop("AWS::IAM::Role", [])
        if len(roles) != 1:
            return problems + [f"{len(roles)} roles"]
        role_id, props = roles[0]
        if props.get("RoleName") != names["role"]:
            problems.append(f"RoleName {props.get('RoleName')!r}")
        if props.get("Path", "/") != names["role_path"]:
            problems.append(f"Path {props.get('Path')!r}, expected {names['role_path']!r}")
        problems += check_trust_policy(props.get("AssumeRolePolicyDocument", {}), v["account"], v["external-id"])
        if props.get("ManagedPolicyArns") != refs:
            problems.append(f"role policies {props.get('ManagedPolicyArns')!r}, expected {refs!r}")
        if {"Fn::GetAtt": [role_id, "Arn"]} not in output_values:
            problems.append("no output with the role ARN")
    if by_type:
        # Notably no AWS::IAM::AccessKey: its secret would sit in the stack.
        problems.append(f"unexpected resources {sorted(by_type)}")
    return problems


# ------------------------------------------------------------------------------------------
# Terraform

HCL_ESCAPES = {"\\": "\\", '"': '"', "n": "\n", "r": "\r", "t": "\t"}


def hcl_string(raw):
    """The value of a quoted HCL template string as python-hcl2 serializes it (quotes kept,
    escapes raw), decoded by the HCL native syntax spec. An interpolation or a directive is an
    error: no generated string may contain one."""
    if not (isinstance(raw, str) and len(raw) >= 2 and raw[0] == '"' and raw[-1] == '"'):
        raise ValueError(f"not a quoted string literal: {raw!r}")
    s, out, i = raw[1:-1], [], 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            n = s[i + 1]
            if n in HCL_ESCAPES:
                out.append(HCL_ESCAPES[n])
                i += 2
            elif n == "u":
                out.append(chr(int(s[i + 2 : i + 6], 16)))
                i += 6
            elif n == "U":
                out.append(chr(int(s[i + 2 : i + 10], 16)))
                i += 10
            else:
                raise ValueError(f"unknown escape \\{n} in {raw!r}")
        elif s.startswith("$${", i) or s.startswith("%%{", i):
            out.append(c + "{")
            i += 3
        elif s.startswith("${", i) or s.startswith("%{", i):
            raise ValueError(f"template sequence in {raw!r}")
        else:
            out.append(c)
            i += 1
    return "".join(out)


def hcl_data(value):
    """Decodes serialized HCL data: strings, lists, objects (keys decoded too)."""
    if isinstance(value, dict):
        return {(hcl_string(k) if k.startswith('"') else k): hcl_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [hcl_data(v) for v in value]
    if isinstance(value, str):
        return hcl_string(value)
    return value


SERIAL = SerializationOptions(with_comments=False)


def walk(node):
    yield node
    for child in getattr(node, "children", None) or []:
        yield from walk(child)


def hcl_expression(expr):
    """An attribute's value: ("call", name, [args as data]), ("ref", "a.b.c") or data."""
    calls = [n for n in walk(expr) if isinstance(n, FunctionCallRule)]
    if calls:
        call = calls[0]
        name = "::".join(i.serialize() for i in call.identifiers)
        args = call.arguments.arguments if call.arguments else []
        return ("call", name, [hcl_data(a.serialize(SERIAL, SerializationContext())) for a in args])
    value = expr.serialize(SERIAL, SerializationContext())
    if isinstance(value, str) and value.startswith("${") and value.endswith("}"):
        return ("ref", value[2:-1])
    return hcl_data(value)


def hcl_blocks(body):
    """[(labels, attributes, nested blocks)] of a body, labels decoded."""
    out = []
    for child in body.children:
        if isinstance(child, BlockRule):
            labels = [l.serialize(SERIAL) for l in child.labels]
            labels = [hcl_string(l) if l.startswith('"') else l for l in labels]
            attrs = {}
            for item in child.body.children:
                if isinstance(item, AttributeRule):
                    name = item.identifier.serialize(SERIAL)
                    if name in attrs:
                        raise ValueError(f"attribute {name} twice in {labels}")
                    attrs[name] = hcl_expression(item.expression)
            out.append((labels, attrs, hcl_blocks(child.body)))
    return out


def check_terraform(text, case, policies_out):
    problems = []
    hcl2.loads(text)  # the plain API parses it too
    blocks = hcl_blocks(hcl2.parses(text).body)
    resources = {}
    outputs = {}
    for labels, attrs, _nested in blocks:
        if labels[0] == "resource":
            key = (labels[1], labels[2])
            if key in resources:
                problems.append(f"resource {key} twice")
            resources[key] = attrs
        elif labels[0] == "output":
            outputs[labels[1]] = attrs
        elif labels[0] != "terraform":
            problems.append(f"unexpected block {labels}")
    v, names, auth = case["values"], case["names"], case["auth"]

    def jsonencoded(attrs, name):
        value = attrs.get(name)
        if not (isinstance(value, tuple) and value[0] == "call" and value[1] == "jsonencode" and len(value[2]) == 1):
            raise ValueError(f"{name} is not jsonencode(<object>): {value!r}")
        return value[2][0]

    policy_resources = {k[1]: a for k, a in resources.items() if k[0] == "aws_iam_policy"}
    want_kinds = iac_policy_kinds(case["integration"])
    if len(policy_resources) != len(want_kinds):
        problems.append(f"{len(policy_resources)} aws_iam_policy, expected {len(want_kinds)}")
    policy_names = {}
    for kind in want_kinds:
        found = [n for n, a in policy_resources.items() if a.get("name") == names["policies"][kind]]
        if len(found) != 1:
            problems.append(f"no single aws_iam_policy named {names['policies'][kind]!r}")
            continue
        policy_names[kind] = found[0]
        doc = jsonencoded(policy_resources[found[0]], "policy")
        problems += [f"{found[0]}: {p}" for p in check_identity_policy(doc, kind, v["bucket"], auth)]
        policies_out.append((found[0], doc))
    kind_of_identity = "aws_iam_user" if auth == "secret-key" else "aws_iam_role"
    identities = {k[1]: a for k, a in resources.items() if k[0] == kind_of_identity}
    if len(identities) != 1:
        return problems + [f"{len(identities)} {kind_of_identity}"]
    (identity, attrs), = identities.items()
    if auth == "secret-key":
        if attrs.get("name") != names["user"]:
            problems.append(f"user name {attrs.get('name')!r}")
        attachment, key, output = "aws_iam_user_policy_attachment", "user", ("user_name", f"aws_iam_user.{identity}.name")
    else:
        if attrs.get("name") != names["role"]:
            problems.append(f"role name {attrs.get('name')!r}")
        if attrs.get("path", "/") != names["role_path"]:
            problems.append(f"role path {attrs.get('path')!r}, expected {names['role_path']!r}")
        problems += check_trust_policy(jsonencoded(attrs, "assume_role_policy"), v["account"], v["external-id"])
        attachment, key, output = "aws_iam_role_policy_attachment", "role", ("role_arn", f"aws_iam_role.{identity}.arn")
    attached = sorted(
        a.get("policy_arn", ("", ""))[1]
        for k, a in resources.items()
        if k[0] == attachment and a.get(key) == ("ref", f"{kind_of_identity}.{identity}.name")
    )
    want_attached = sorted(f"aws_iam_policy.{n}.arn" for n in policy_names.values())
    if attached != want_attached:
        problems.append(f"attachments {attached}, expected {want_attached}")
    if outputs.get(output[0], {}).get("value") != ("ref", output[1]):
        problems.append(f"output {output[0]} is not {output[1]}")
    known = {"aws_iam_policy", kind_of_identity, attachment}
    extra = sorted({k[0] for k in resources} - known)
    if extra:
        # Notably no aws_iam_access_key: its secret would sit in the state.
        problems.append(f"unexpected resources {extra}")
    counted = len(policy_resources) + 1 + len(want_kinds)
    if len(resources) != counted:
        problems.append(f"{len(resources)} resources, expected {counted}")
    return problems


# ------------------------------------------------------------------------------------------
# CLI scripts


class Sandbox:
    """A folder with the stub `aws` first on PATH, its log, its state and a private TMPDIR."""

    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="braze-cli-"))
        self.bin = self.root / "bin"
        self.tmp = self.root / "tmp"
        self.bin.mkdir()
        self.tmp.mkdir()
        self.log = self.root / "calls.jsonl"
        self.state = self.root / "state.json"
        aws = self.bin / "aws"
        aws.write_text(f"#!/bin/sh\nexec {shlex.quote(sys.executable)} {shlex.quote(str(STUB))} \"$@\"\n")
        aws.chmod(0o755)

    def seed(self, state):
        self.state.write_text(json.dumps(state))

    def run(self, script, deny=None):
        if self.log.exists():
            self.log.unlink()
        env = {
            "PATH": f"{self.bin}:/usr/bin:/bin",
            "HOME": str(self.root),
            "TMPDIR": str(self.tmp),
            "STUB_LOG": str(self.log),
            "STUB_STATE": str(self.state),
            "LANG": "C.UTF-8",
        }
        if deny:
            env["STUB_DENY"] = deny
        proc = subprocess.run(
            ["bash", str(script)], cwd=self.root, env=env, capture_output=True, text=True, timeout=120
        )
        calls = [json.loads(line) for line in self.log.read_text().splitlines()] if self.log.exists() else []
        return proc, calls

    def close(self):
        shutil.rmtree(self.root, ignore_errors=True)


def policy_arn(name):
    return f"arn:aws:iam::{STUB_ACCOUNT}:policy/{name}"


def document(call, option):
    value = call["options"][option]
    if not value.startswith("file://"):
        raise ValueError(f"{option} is not a file:// document: {value!r}")
    return json.loads(call["files"][value])


def ops(calls):
    return [c.get("operation") for c in calls]


def check_common_run(proc, calls, sandbox):
    problems = []
    if proc.returncode != 0:
        problems.append(f"exit status {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}")
    for c in calls:
        if "error" in c and c["error"] != "NoSuchEntity":
            problems.append(f"call failed with {c['error']}: {c['argv']}")
    leftovers = list(sandbox.tmp.iterdir())
    if leftovers:
        problems.append(f"temporary files left behind: {leftovers}")
    return problems


def check_cli_fresh(script, case, policies_out):
    """Against an empty account: creates everything, with every argument intact."""
    sandbox = Sandbox()
    try:
        proc, calls = sandbox.run(script)
        problems = check_common_run(proc, calls, sandbox)
        v, names, auth = case["values"], case["names"], case["auth"]
        kinds = iac_policy_kinds(case["integration"])
        created = [c for c in calls if c.get("operation") == "iam create-policy"]
        if [c["options"]["policy-name"] for c in created] != [names["policies"][k] for k in kinds]:
            problems.append(f"created policies {[c['options'].get('policy-name') for c in created]}")
        for kind, call in zip(kinds, created):
            doc = document(call, "policy-document")
            problems += [f"{kind}: {p}" for p in check_identity_policy(doc, kind, v["bucket"], auth)]
            policies_out.append((f"cli {kind}", doc))
        arns = [policy_arn(names["policies"][k]) for k in kinds]
        if auth == "secret-key":
            who, attach = ("user-name", names["user"]), "iam attach-user-policy"
            if not any(c.get("operation") == "iam create-user" and c["options"]["user-name"] == names["user"] for c in calls):
                problems.append(f"no create-user --user-name={names['user']}")
            last = calls[-1] if calls else {}
            if last.get("operation") != "iam create-access-key" or last["options"].get("user-name") != names["user"]:
                problems.append("the access key is not created last, for the user")
            if proc.stdout.count(STUB_SECRET) != 1:
                problems.append("the secret access key is not shown exactly once")
            if "once" not in proc.stdout or "Braze" not in proc.stdout:
                problems.append("no warning that the secret is shown once and goes into Braze")
        else:
            who, attach = ("role-name", names["role"]), "iam attach-role-policy"
            creates = [c for c in calls if c.get("operation") == "iam create-role"]
            if (len(creates) != 1 or creates[0]["options"]["role-name"] != names["role"]
                    or creates[0]["options"].get("path", "/") != names["role_path"]):
                problems.append(f"create-role calls {[c['argv'] for c in creates]}")
            else:
                problems += check_trust_policy(
                    document(creates[0], "assume-role-policy-document"), v["account"], v["external-id"]
                )
            role_arn = f"arn:aws:iam::{STUB_ACCOUNT}:role{names['role_path']}{names['role']}"
            if f"  {role_arn}\n" not in proc.stdout:
                problems.append(f"the role ARN {role_arn} is not printed")
            if "S3 credentials are invalid" not in proc.stdout:
                problems.append("no propagation note")
        attached = [c["options"]["policy-arn"] for c in calls if c.get("operation") == attach and c["options"].get(who[0]) == who[1]]
        if attached != arns:
            problems.append(f"attached {attached}, expected {arns}")
        # Every name argument, wherever it appears, is exactly one of the reader's values.
        allowed = {names["user"], names["role"], *names["policies"].values()}
        for c in calls:
            for option in ("user-name", "role-name", "policy-name"):
                if option in c.get("options", {}) and c["options"][option] not in allowed:
                    problems.append(f"{option}={c['options'][option]!r} is none of the reader's values")
        return problems
    finally:
        sandbox.close()


def check_cli_existing(script, case, policies_out):
    """Run again where everything exists: updates, never duplicates, and stays within limits."""
    sandbox = Sandbox()
    try:
        v, names, auth = case["values"], case["names"], case["auth"]
        kinds = iac_policy_kinds(case["integration"])
        # Five versions (IAM's limit); v1 is the default (a rollback), so the oldest
        # non-default version by creation date is v3, created before v2.
        dates = {"v1": "2020-01-01", "v2": "2022-01-01", "v3": "2021-01-01", "v4": "2023-01-01", "v5": "2024-01-01"}
        versions = [
            {"VersionId": vid, "IsDefaultVersion": vid == "v1", "CreateDate": f"{d}T00:00:00+00:00", "Document": {}}
            for vid, d in dates.items()
        ]
        state = {
            "policies": {policy_arn(names["policies"][k]): {"versions": json.loads(json.dumps(versions))} for k in kinds},
            "users": {names["user"]: {"keys": 1, "attached": []}},
            "roles": {names["role"]: {"trust": {}, "attached": [], "path": names["role_path"]}},
        }
        sandbox.seed(state)
        proc, calls = sandbox.run(script)
        problems = check_common_run(proc, calls, sandbox)
        operations = ops(calls)
        for forbidden in ("iam create-policy", "iam create-user", "iam create-role", "iam create-access-key"):
            if forbidden in operations:
                problems.append(f"{forbidden} called although it exists")
        deleted = [c["options"] for c in calls if c.get("operation") == "iam delete-policy-version"]
        want_deleted = [{"policy-arn": policy_arn(names["policies"][k]), "version-id": "v3"} for k in kinds]
        if deleted != want_deleted:
            problems.append(f"deleted versions {deleted}, expected {want_deleted}")
        updates = [c for c in calls if c.get("operation") == "iam create-policy-version"]
        if [c["options"]["policy-arn"] for c in updates] != [policy_arn(names["policies"][k]) for k in kinds]:
            problems.append(f"new versions for {[c['options'].get('policy-arn') for c in updates]}")
        for kind, call in zip(kinds, updates):
            if call.get("flags") != ["set-as-default"]:
                problems.append("a new version is not set as default")
            doc = document(call, "policy-document")
            problems += [f"{kind}: {p}" for p in check_identity_policy(doc, kind, v["bucket"], auth)]
            policies_out.append((f"cli update {kind}", doc))
        final = json.loads(sandbox.state.read_text())
        if auth == "secret-key":
            if final["users"][names["user"]]["keys"] != 1:
                problems.append("a second access key was created")
            if STUB_SECRET in proc.stdout:
                problems.append("a secret was shown")
        else:
            updates = [c for c in calls if c.get("operation") == "iam update-assume-role-policy"]
            if len(updates) != 1 or updates[0]["options"]["role-name"] != names["role"]:
                problems.append("the trust policy is not updated once")
            else:
                problems += check_trust_policy(document(updates[0], "policy-document"), v["account"], v["external-id"])
        return problems
    finally:
        sandbox.close()


def check_cli_denied(script):
    """An error other than NoSuchEntity stops the script before it creates anything."""
    sandbox = Sandbox()
    try:
        proc, calls = sandbox.run(script, deny="get-policy")
        problems = []
        if proc.returncode == 0:
            problems.append("exit status 0 despite AccessDenied")
        if "AccessDenied" not in proc.stderr:
            problems.append("the AWS error is not shown")
        made = [o for o in ops(calls) if o and o.split(" ")[1].startswith(("create-", "attach-", "update-"))]
        if made:
            problems.append(f"went on after AccessDenied: {made}")
        if list(sandbox.tmp.iterdir()):
            problems.append("temporary files left behind")
        return problems
    finally:
        sandbox.close()


def check_bash_syntax(script):
    proc = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    return [proc.stderr or f"bash -n exited {proc.returncode}"] if proc.returncode else []


# ------------------------------------------------------------------------------------------
# The emitters' escaping


def check_yaml_fixture(path, strings):
    data = yaml.safe_load(path.read_text())
    problems = []
    if data.get("values") != strings:
        problems.append(f"values read back: {data.get('values')!r}")
    want_keys = {s: str(i) for i, s in enumerate(strings)}
    if data.get("keys") != want_keys:
        problems.append(f"keys read back: {data.get('keys')!r}")
    decoded, errors = cfn_decode(path.read_text())
    if errors or to_plain(decoded) != data:
        problems.append(f"cfn-lint's decoder disagrees: {errors}")
    return problems


def check_hcl_fixture(path, strings):
    blocks = hcl_blocks(hcl2.parses(path.read_text()).body)
    problems = []
    (labels, attrs, _), = blocks
    if labels != ["locals"]:
        problems.append(f"labels {labels}")
    if attrs.get("values") != strings:
        problems.append(f"values read back: {attrs.get('values')!r}")
    want_keys = {s: str(i) for i, s in enumerate(strings)}
    if attrs.get("keys") != want_keys:
        problems.append(f"keys read back: {attrs.get('keys')!r}")
    encoded = attrs.get("encoded")
    if encoded != ("call", "jsonencode", [{"values": strings, "keys": want_keys}]):
        problems.append(f"jsonencode argument read back: {encoded!r}")
    return problems


# ------------------------------------------------------------------------------------------


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    root = Path(argv[1]).resolve()
    manifest = json.loads((root / "manifest.json").read_text())
    results = Results()
    counts = {"parliament": 0, "cfn-lint": 0, "hcl2": 0, "bash -n": 0, "stub runs": 0}

    def lint_policies(where, policies):
        for name, doc in policies:
            counts["parliament"] += 1
            results.check(f"parliament {where} {name}", lambda d=doc: parliament_findings(d))

    for case in manifest["cases"]:
        cid, v = case["id"], case["values"]
        results.check(f"{cid} names", lambda c=case: check_names(c))
        kinds_seen = {f["kind"] for f in case["files"]}
        for kind in ("cli-script", "cloudformation", "terraform"):
            if kind not in kinds_seen:
                results.check(f"{cid} has {kind}", lambda k=kind: [f"no {k} file"])
        for f in case["files"]:
            path = root / f["path"]
            text = path.read_text()
            label = f"{cid} {f.get('snippet', f['kind'])}"
            if f["kind"] == "identity-policy":
                doc = json.loads(text)
                results.check(f"{label} is Braze's policy", lambda d=doc, k=f["policy"]: check_identity_policy(d, k, v["bucket"], case["auth"]))
                lint_policies(cid, [(f["snippet"], doc)])
            elif f["kind"] == "trust-policy":
                results.check(label, lambda t=text: check_trust_policy(json.loads(t), v["account"], v["external-id"]))
            elif f["kind"] == "other-json":
                results.check(f"{label} parses", lambda t=text: [] if isinstance(json.loads(t), dict) else ["not an object"])
            elif f["kind"] == "cloudformation":
                counts["cfn-lint"] += 1
                results.check(f"cfn-lint {label}", lambda t=text: cfn_lint_matches(t))
                found = []
                results.check(f"{label} as data", lambda t=text, o=found: check_cloudformation(t, case, o))
                lint_policies(f"{cid} cloudformation", found)
            elif f["kind"] == "terraform":
                counts["hcl2"] += 1
                found = []
                results.check(f"hcl2 {label} as data", lambda t=text, o=found: check_terraform(t, case, o))
                lint_policies(f"{cid} terraform", found)
            elif f["kind"] == "cli-script":
                counts["bash -n"] += 1
                counts["stub runs"] += 3
                results.check(f"bash -n {label}", lambda p=path: check_bash_syntax(p))
                found = []
                results.check(f"{label} stub run, empty account", lambda p=path, o=found: check_cli_fresh(p, case, o))
                results.check(f"{label} stub run, everything exists", lambda p=path, o=found: check_cli_existing(p, case, o))
                results.check(f"{label} stub run, access denied", lambda p=path: check_cli_denied(p))
                lint_policies(f"{cid} cli", found)

    emitters = manifest["emitters"]
    results.check("yaml emitter escaping (PyYAML, cfn-lint decoder)", lambda: check_yaml_fixture(root / emitters["yaml"], emitters["strings"]))
    results.check("hcl emitter escaping (python-hcl2)", lambda: check_hcl_fixture(root / emitters["hcl"], emitters["strings"]))

    print("checked: " + ", ".join(f"{k} {n}" for k, n in counts.items()))
    print(f"{results.passed} passed, {results.failed} failed")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
