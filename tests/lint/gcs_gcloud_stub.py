"""A stand-in for the `gcloud` command (the Google Cloud CLI is not installable here), for
running the generated Google Cloud Storage scripts without Google Cloud.

It checks every call against the gcloud reference (docs/facts.md, "gcloud reference"): the
command exists, each flag exists for that command (or is a gcloud-wide flag) and is written
`--name=value` (`--quiet`, `--raw` alone), the required flags are there and the values have the
form the reference gives (`--member=serviceAccount:EMAIL`, `--role=projects/P/roles/ID`,
`--stage` one of the launch stages, `gs://BUCKET`…). A call that breaks a rule fails with
gcloud's usage error (exit 2) and is recorded as such.

It records every call to the JSON-lines file $GCLOUD_STUB_LOG, and answers like gcloud from
a small model of an account in the JSON file $GCLOUD_STUB_STATE (roles, service accounts and
their keys, the project's allow policy, deny policies), kept up to date by the write commands.
Buckets and their allow policies live in Google's storage emulator (gcp-storage-emulator, at
$STORAGE_EMULATOR_HOST), read and written through Google's client library: `storage buckets
describe`, `get-iam-policy` and `add-iam-policy-binding` use them. The emulator models neither
a bucket's location nor hierarchical namespace, nor conditional bindings: those come from the
state's `bucket_overlay` and `bucket_extra_bindings`.

Errors as gcloud prints them: `ERROR: (gcloud.storage.buckets.describe) HTTPError 404: …` for
Cloud Storage, `ERROR: (gcloud.iam.roles.describe) NOT_FOUND: …` / `PERMISSION_DENIED: …` for
IAM, exit status 1. The state's `deny_calls` lists commands that fail with PERMISSION_DENIED;
`invisible_attempts` makes a new service account unknown to the binding that many times (a new
service account "might need 60 seconds or more" to be usable).
"""

import json
import os
import re
import sys

import yaml

GLOBAL_FLAGS = {
    "access-token-file", "account", "billing-project", "configuration", "flags-file", "flatten",
    "format", "help", "impersonate-service-account", "log-http", "project", "quiet",
    "trace-token", "user-output-enabled", "verbosity",
}
LIST_FLAGS = {"filter", "limit", "page-size", "sort-by"}
BOOLEAN_FLAGS = {"quiet", "raw", "help", "log-http"}

# command -> (number of positional arguments, flags of the command)
COMMANDS = {
    "iam roles create": (1, {"organization", "project", "file", "description", "permissions", "stage", "title"}),
    "iam roles update": (1, {"organization", "project", "file", "add-permissions", "description",
                             "permissions", "remove-permissions", "stage", "title"}),
    "iam roles describe": (1, {"organization", "project"}),
    "iam service-accounts create": (1, {"description", "display-name"}),
    "iam service-accounts describe": (1, set()),
    "iam service-accounts keys list": (0, {"iam-account", "created-before", "managed-by"} | LIST_FLAGS),
    "storage buckets describe": (1, {"additional-headers", "raw"}),
    "storage buckets get-iam-policy": (1, set()),
    "storage buckets add-iam-policy-binding": (1, {"member", "role", "condition", "condition-from-file"}),
    "projects get-iam-policy": (1, LIST_FLAGS),
    "iam policies list": (0, {"attachment-point", "kind", "page_token"} | LIST_FLAGS),
}
STAGES = {"ALPHA", "BETA", "GA", "DEPRECATED", "DISABLED", "EAP"}
ROLE_ID = re.compile(r"[A-Za-z0-9_.]{3,64}")
ROLE_NAME = re.compile(r"roles/[A-Za-z0-9_.]+|(projects|organizations)/[^/\s]+/roles/[A-Za-z0-9_.]{3,64}")
PERMISSION = re.compile(r"[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+){2,}")
SERVICE_ACCOUNT_ID = re.compile(r"[a-z]([-a-z0-9]*[a-z0-9])")
EMAIL = re.compile(r"[a-z][-a-z0-9]{4,28}[a-z0-9]@[a-z][-a-z0-9]{4,28}[a-z0-9]\.iam\.gserviceaccount\.com")
MEMBER = re.compile(r"(user|group|serviceAccount):[^@\s]+@[^@\s]+|domain:\S+|allUsers|allAuthenticatedUsers")
BUCKET_URL = re.compile(r"gs://([a-z0-9][a-z0-9._-]{1,220}[a-z0-9])")
PROJECT_ID = re.compile(r"[a-z][-a-z0-9]{4,28}[a-z0-9]")
FORMAT = re.compile(r"json|yaml|json\([A-Za-z.,]+\)|value\([A-Za-z.,]+\)|default\([A-Za-z.,]+\)")


class GcloudError(Exception):
    def __init__(self, message, status=1):
        super().__init__(message)
        self.status = status


def usage(command, message):
    return GcloudError(f"ERROR: (gcloud.{command.replace(' ', '.')}) {message}", status=2)


def parse(argv):
    """(command, positional arguments, flags) of a call, or a usage error."""
    words = []
    rest = list(argv)
    while rest and not rest[0].startswith("-"):
        candidate = " ".join(words + [rest[0]])
        if any(c == candidate or c.startswith(candidate + " ") for c in COMMANDS):
            words.append(rest.pop(0))
        else:
            break
    command = " ".join(words)
    if command not in COMMANDS:
        raise GcloudError(f"ERROR: (gcloud) Invalid choice: '{' '.join(argv[:4])}'.", status=2)
    count, allowed = COMMANDS[command]
    positional, flags = [], {}
    for word in rest:
        if word.startswith("--"):
            name, eq, value = word[2:].partition("=")
            if name not in allowed and name not in GLOBAL_FLAGS:
                raise usage(command, f"unrecognized arguments: --{name}")
            if name in BOOLEAN_FLAGS:
                if eq:
                    raise usage(command, f"argument --{name}: ignored explicit argument '{value}'")
                flags[name] = True
            else:
                if not eq:
                    raise usage(command, f"argument --{name}: written without '=' (the scripts always write --name=value)")
                if name in flags:
                    raise usage(command, f"argument --{name}: given twice")
                flags[name] = value
        elif word.startswith("-"):
            raise usage(command, f"unrecognized arguments: {word}")
        else:
            positional.append(word)
    if len(positional) != count:
        raise usage(command, f"expected {count} positional argument(s), got {positional}")
    check_values(command, positional, flags)
    return command, positional, flags


def check_values(command, positional, flags):
    def need(name):
        if name not in flags:
            raise usage(command, f"argument --{name}: Must be specified.")

    def match(pattern, value, what):
        if not pattern.fullmatch(value or ""):
            raise usage(command, f"{what}: invalid value {value!r}")

    if "format" in flags:
        match(FORMAT, flags["format"], "--format")
    if "flatten" in flags and flags["flatten"] != "bindings[].members":
        raise usage(command, f"--flatten: unexpected {flags['flatten']!r}")
    if command in ("iam roles create", "iam roles update"):
        match(ROLE_ID, positional[0], "ROLE_ID")
        if ("organization" in flags) == ("project" in flags):
            raise usage(command, "Exactly one of (--organization | --project) must be specified.")
        if "file" in flags and any(k in flags for k in ("description", "permissions", "stage", "title")):
            raise usage(command, "argument --file: At most one of --file | --description --permissions --stage --title may be specified.")
        if "stage" in flags and flags["stage"] not in STAGES:
            raise usage(command, f"--stage: invalid choice {flags['stage']!r}")
        for permission in (flags.get("permissions") or "").split(",") if "permissions" in flags else []:
            match(PERMISSION, permission, "--permissions")
    if command == "iam roles describe" and "/" in positional[0]:
        match(ROLE_NAME, positional[0], "ROLE_ID")
    if command == "iam service-accounts create":
        match(SERVICE_ACCOUNT_ID, positional[0], "NAME")
        if not 6 <= len(positional[0]) <= 30:
            raise usage(command, "NAME: must be 6 to 30 characters")
    if command == "iam service-accounts describe":
        match(EMAIL, positional[0], "SERVICE_ACCOUNT")
    if command == "iam service-accounts keys list":
        need("iam-account")
        match(EMAIL, flags["iam-account"], "--iam-account")
        if flags.get("managed-by", "any") not in ("user", "system", "any"):
            raise usage(command, "--managed-by: invalid choice")
    if command.startswith("storage buckets"):
        match(BUCKET_URL, positional[0], "URL")
    if command == "storage buckets add-iam-policy-binding":
        need("member")
        need("role")
        match(MEMBER, flags["member"], "--member")
        match(ROLE_NAME, flags["role"], "--role")
    if command == "projects get-iam-policy":
        match(PROJECT_ID, positional[0], "PROJECT_ID_OR_NUMBER")
    if command == "iam policies list":
        need("attachment-point")
        need("kind")
        if flags["kind"] != "denypolicies":
            raise usage(command, "--kind: use denypolicies for deny policies")
        if not re.fullmatch(r"cloudresourcemanager\.googleapis\.com/(projects|folders|organizations)/[-a-z0-9]+", flags["attachment-point"]):
            raise usage(command, f"--attachment-point: invalid value {flags['attachment-point']!r}")
    if "project" in flags:
        match(PROJECT_ID, flags["project"], "--project")


# ------------------------------------------------------------------------------------------
# The account


def load():
    with open(os.environ["GCLOUD_STUB_STATE"], encoding="utf-8") as f:
        return json.load(f)


def save(state):
    with open(os.environ["GCLOUD_STUB_STATE"], "w", encoding="utf-8") as f:
        json.dump(state, f, indent=1)


def storage_client():
    from google.auth.credentials import AnonymousCredentials
    from google.cloud import storage

    return storage.Client(project="stub-project", credentials=AnonymousCredentials())


def fail(command, code, message):
    name = command.replace(" ", ".")
    if code.startswith("HTTPError"):
        return GcloudError(f"ERROR: (gcloud.{name}) {code}: {message}")
    return GcloudError(f"ERROR: (gcloud.{name}) {code}: {message}")


def role_name(positional, flags):
    role = positional[0]
    if "/" in role:
        return role
    if "project" in flags:
        return f"projects/{flags['project']}/roles/{role}"
    return f"organizations/{flags['organization']}/roles/{role}"


def run(command, positional, flags, state):
    if command in state.get("deny_calls", []):
        raise fail(command, "PERMISSION_DENIED", "The caller does not have permission")
    if command == "iam roles describe":
        name = role_name(positional, flags)
        role = state["roles"].get(name)
        if role is None:
            raise fail(command, "NOT_FOUND", f"The role named {name} was not found.")
        return role
    if command in ("iam roles create", "iam roles update"):
        name = role_name(positional, flags)
        exists = name in state["roles"]
        if command.endswith("create") and exists:
            raise fail(command, "ALREADY_EXISTS", f"A role named {positional[0]} in {name.rsplit('/roles/', 1)[0]} already exists.")
        if command.endswith("update") and not exists:
            raise fail(command, "NOT_FOUND", f"The role named {name} was not found.")
        role = state["roles"].get(name, {"name": name, "etag": "BwYAAAAAAAA="})
        for key, field in (("title", "title"), ("description", "description"), ("stage", "stage")):
            if key in flags:
                role[field] = flags[key]
        if "permissions" in flags:
            role["includedPermissions"] = sorted(flags["permissions"].split(","))
        state["roles"][name] = role
        save(state)
        return role
    if command == "iam service-accounts describe":
        account = state["service_accounts"].get(positional[0])
        if account is None:
            # gcloud reference: a service account that does not exist gives PERMISSION_DENIED.
            raise fail(command, "PERMISSION_DENIED", f"Permission 'iam.serviceAccounts.get' denied on resource (or it may not exist).")
        return {"email": positional[0], "name": f"projects/{flags.get('project', '-')}/serviceAccounts/{positional[0]}",
                "disabled": account.get("disabled", False)}
    if command == "iam service-accounts create":
        email = f"{positional[0]}@{flags['project']}.iam.gserviceaccount.com"
        if email in state["service_accounts"]:
            raise fail(command, "ALREADY_EXISTS", f"Service account {positional[0]} already exists within project projects/{flags['project']}.")
        state["service_accounts"][email] = {"disabled": False, "display_name": flags.get("display-name", "")}
        state["keys"].setdefault(email, [])
        save(state)
        sys.stderr.write(f"Created service account [{positional[0]}].\n")
        return None
    if command == "iam service-accounts keys list":
        email = flags["iam-account"]
        if email not in state["service_accounts"]:
            raise fail(command, "PERMISSION_DENIED", f"Permission 'iam.serviceAccountKeys.list' denied on resource (or it may not exist).")
        return [dict(k) for k in state["keys"].get(email, [])]
    if command == "storage buckets describe":
        bucket = storage_client().lookup_bucket(BUCKET_URL.fullmatch(positional[0]).group(1))
        if bucket is None:
            raise fail(command, "HTTPError 404", "The specified bucket does not exist.")
        data = dict(bucket._properties)
        data.update(state.get("bucket_overlay", {}).get(bucket.name, {}))
        return data
    if command == "storage buckets get-iam-policy":
        name = BUCKET_URL.fullmatch(positional[0]).group(1)
        bucket = storage_client().lookup_bucket(name)
        if bucket is None:
            raise fail(command, "HTTPError 404", "The specified bucket does not exist.")
        policy = bucket.get_iam_policy(requested_policy_version=3).to_api_repr()
        policy["bindings"] = list(policy.get("bindings", [])) + state.get("bucket_extra_bindings", {}).get(name, [])
        return policy
    if command == "storage buckets add-iam-policy-binding":
        name = BUCKET_URL.fullmatch(positional[0]).group(1)
        member, role = flags["member"], flags["role"]
        if state.get("invisible_attempts", 0) > 0 and member.startswith("serviceAccount:"):
            state["invisible_attempts"] -= 1
            save(state)
            raise fail(command, "HTTPError 400", f"Service account {member.split(':', 1)[1]} does not exist.")
        if member.startswith("serviceAccount:") and member.split(":", 1)[1] not in state["service_accounts"]:
            raise fail(command, "HTTPError 400", f"Service account {member.split(':', 1)[1]} does not exist.")
        if not role.startswith("roles/") and role not in state["roles"]:
            raise fail(command, "HTTPError 400", f"Role {role} is not supported for this resource.")
        client = storage_client()
        bucket = client.lookup_bucket(name)
        if bucket is None:
            raise fail(command, "HTTPError 404", "The specified bucket does not exist.")
        policy = bucket.get_iam_policy(requested_policy_version=3)
        for binding in policy.bindings:
            if binding["role"] == role:
                binding["members"] = set(binding["members"]) | {member}
                break
        else:
            policy.bindings.append({"role": role, "members": {member}})
        bucket.set_iam_policy(policy)
        return bucket.get_iam_policy(requested_policy_version=3).to_api_repr()
    if command == "projects get-iam-policy":
        if positional[0] != state["project"]:
            raise fail(command, "PERMISSION_DENIED", f"The caller does not have permission")
        return state["project_policy"]
    if command == "iam policies list":
        if not flags["attachment-point"].endswith("/projects/" + state["project"]):
            raise fail(command, "NOT_FOUND", "The attachment point was not found.")
        return state.get("deny_policies", [])
    raise GcloudError(f"ERROR: (gcloud) not modelled: {command}")


# ------------------------------------------------------------------------------------------
# Output, as --format and --flatten shape it


def output(result, flags):
    if result is None:
        return ""
    fmt = flags.get("format", "yaml")
    rows = result if isinstance(result, list) else [result]
    if "flatten" in flags:
        # bindings[].members: one row per member of each binding.
        rows = [{"bindings": {"role": b["role"], "members": m}}
                for row in rows for b in row.get("bindings", []) for m in b.get("members", [])]
    if fmt.startswith("value("):
        keys = fmt[6:-1].split(",")

        def get(row, key):
            for part in key.split("."):
                row = row.get(part, "") if isinstance(row, dict) else ""
            return str(row)

        return "".join("\t".join(get(row, k) for k in keys) + "\n" for row in rows)
    if fmt.startswith("json(") or fmt.startswith("default("):
        keys = fmt[fmt.index("(") + 1:-1].split(",")
        rows = [{k: row[k] for k in keys if k in row} for row in rows]
        result = rows if isinstance(result, list) else rows[0]
        fmt = "json" if fmt.startswith("json") else "yaml"
    if fmt == "json":
        return json.dumps(result, indent=2, sort_keys=True) + "\n"
    return yaml.safe_dump(result, sort_keys=True)


def main():
    argv = sys.argv[1:]
    record = {"argv": argv}
    try:
        command, positional, flags = parse(argv)
        record.update(command=command, positional=positional, flags=flags)
        result = run(command, positional, flags, load())
        sys.stdout.write(output(result, flags))
        record["exit"] = 0
    except GcloudError as error:
        sys.stderr.write(str(error) + "\n")
        record["exit"] = error.status
        record["error"] = str(error)
    with open(os.environ["GCLOUD_STUB_LOG"], "a", encoding="utf-8") as log:
        log.write(json.dumps(record) + "\n")
    return record["exit"]


if __name__ == "__main__":
    sys.exit(main())
