"""A stand-in for the `aws` command, for running generated CLI scripts without AWS.

It records every call (its exact arguments, and the content of every `file://` document at the
time of the call) to the JSON-lines file $STUB_LOG, keeps a small IAM model in the JSON file
$STUB_STATE, and answers like the AWS CLI v2 does: the response shapes of the IAM and STS API
references, `--query` evaluated with JMESPath (the library the AWS CLI uses), `--output text`
formatting, and on errors the CLI's message on stderr with exit status 254 (252 for a usage
error). It is strict where AWS is: a policy must exist before it is attached, a name must
follow IAM's rules, a managed policy has at most 5 versions, a user at most 2 access keys.

It accepts options only in the `--name=value` form (plus the flag `--set-as-default`): the
generated scripts always write options that way, so that a value starting with `-` can never
be read as an option.

$STUB_DENY, when set, names an operation that fails with AccessDenied.
"""

import json
import os
import re
import sys

import jmespath

ACCOUNT = "111122223333"
# The example key pair of the IAM API reference: never a real credential.
ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
NOW = "2024-01-01T00:00:00+00:00"

# IAM's own patterns (API reference: UserName, RoleName, PolicyName; VersionId).
USER_OR_ROLE_NAME = re.compile(r"[\w+=,.@-]{1,64}", re.ASCII)
POLICY_NAME = re.compile(r"[\w+=,.@-]{1,128}", re.ASCII)
POLICY_ARN = re.compile(r"arn:aws:iam::(\d{12}):policy/([\w+=,.@-]{1,128})", re.ASCII)
VERSION_ID = re.compile(r"v[1-9][0-9]*(\.[A-Za-z0-9-]*)?")

# operation -> (required options, optional flags)
OPERATIONS = {
    ("sts", "get-caller-identity"): ([], []),
    ("iam", "get-policy"): (["policy-arn"], []),
    ("iam", "create-policy"): (["policy-name", "policy-document"], []),
    ("iam", "list-policy-versions"): (["policy-arn"], []),
    ("iam", "delete-policy-version"): (["policy-arn", "version-id"], []),
    ("iam", "create-policy-version"): (["policy-arn", "policy-document"], ["set-as-default"]),
    ("iam", "get-user"): (["user-name"], []),
    ("iam", "create-user"): (["user-name"], []),
    ("iam", "attach-user-policy"): (["user-name", "policy-arn"], []),
    ("iam", "list-access-keys"): (["user-name"], []),
    ("iam", "create-access-key"): (["user-name"], []),
    ("iam", "get-role"): (["role-name"], []),
    ("iam", "create-role"): (["role-name", "assume-role-policy-document"], []),
    ("iam", "update-assume-role-policy"): (["role-name", "policy-document"], []),
    ("iam", "attach-role-policy"): (["role-name", "policy-arn"], []),
}
GLOBAL_OPTIONS = {"query", "output"}
# Options an operation takes with a value but does not require.
OPTIONAL = {("iam", "create-role"): {"path"}}
# IAM's path pattern (IAM API, CreateRole: `Path`), 1 to 512 characters.
IAM_PATH = re.compile(r"/|/[\x21-\x7e]{1,510}/")


class AwsError(Exception):
    def __init__(self, code, message, status=254):
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status


def camel(operation):
    return "".join(part.capitalize() for part in operation.split("-"))


def parse_args(argv):
    if len(argv) < 2:
        raise AwsError("Usage", "aws: error: the following arguments are required: command", 252)
    service, operation, rest = argv[0], argv[1], argv[2:]
    if (service, operation) not in OPERATIONS:
        raise AwsError("Usage", f"aws: error: unknown operation {service} {operation}", 252)
    required, flags = OPERATIONS[(service, operation)]
    options, seen_flags = {}, set()
    for arg in rest:
        if not arg.startswith("--"):
            raise AwsError("Usage", f"aws: error: unexpected argument {arg!r}", 252)
        name, eq, value = arg[2:].partition("=")
        if not eq:
            if name in flags:
                seen_flags.add(name)
                continue
            raise AwsError("Usage", f"aws: error: option --{name} not in --name=value form", 252)
        if name not in required and name not in GLOBAL_OPTIONS and name not in OPTIONAL.get((service, operation), ()):
            raise AwsError("Usage", f"aws: error: unknown option --{name}", 252)
        if name in options:
            raise AwsError("Usage", f"aws: error: --{name} given twice", 252)
        options[name] = value
    missing = [r for r in required if r not in options]
    if missing:
        raise AwsError("Usage", f"aws: error: missing --{missing[0]}", 252)
    return service, operation, options, seen_flags


def read_document(value, files):
    if not value.startswith("file://"):
        raise AwsError("MalformedPolicyDocument", "documents are expected as file:// paths here")
    path = value[len("file://"):]
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        raise AwsError("Usage", f"Error parsing parameter: Unable to load paramfile {value}: {e}", 252)
    files[value] = text
    try:
        return json.loads(text)
    except ValueError as e:
        raise AwsError("MalformedPolicyDocument", f"This policy contains invalid Json: {e}")


def not_found(operation, what):
    return AwsError(
        "NoSuchEntity",
        f"An error occurred (NoSuchEntity) when calling the {camel(operation)} operation: {what} cannot be found.",
    )


def already_exists(operation, what):
    return AwsError(
        "EntityAlreadyExists",
        f"An error occurred (EntityAlreadyExists) when calling the {camel(operation)} operation: {what} already exists.",
    )


def check_name(pattern, value, operation, label):
    if not pattern.fullmatch(value):
        raise AwsError(
            "ValidationError",
            f"An error occurred (ValidationError) when calling the {camel(operation)} operation: "
            f"1 validation error detected: Value {value!r} at '{label}' failed to satisfy constraint",
        )


def policy_of(state, arn, operation):
    match = POLICY_ARN.fullmatch(arn)
    if not match:
        raise AwsError("InvalidInput", f"An error occurred (InvalidInput) when calling the {camel(operation)} operation: ARN {arn} is not valid.")
    if arn not in state["policies"]:
        raise not_found(operation, f"Policy {arn}")
    return state["policies"][arn]


def policy_shape(arn, policy):
    default = next(v["VersionId"] for v in policy["versions"] if v["IsDefaultVersion"])
    return {
        "PolicyName": arn.rsplit("/", 1)[1],
        "PolicyId": "ANPAEXAMPLE",
        "Arn": arn,
        "Path": "/",
        "DefaultVersionId": default,
        "AttachmentCount": 0,
        "IsAttachable": True,
        "CreateDate": NOW,
        "UpdateDate": NOW,
    }


def run(service, operation, o, flags, state, files):
    deny = os.environ.get("STUB_DENY")
    if deny and deny == operation:
        raise AwsError(
            "AccessDenied",
            f"An error occurred (AccessDenied) when calling the {camel(operation)} operation: User is not authorized",
        )
    if operation == "get-caller-identity":
        return {"UserId": "AIDAEXAMPLE", "Account": ACCOUNT, "Arn": f"arn:aws:iam::{ACCOUNT}:user/admin"}
    policies, users, roles = state["policies"], state["users"], state["roles"]
    if operation == "get-policy":
        return {"Policy": policy_shape(o["policy-arn"], policy_of(state, o["policy-arn"], operation))}
    if operation == "create-policy":
        check_name(POLICY_NAME, o["policy-name"], operation, "policyName")
        document = read_document(o["policy-document"], files)
        arn = f"arn:aws:iam::{ACCOUNT}:policy/{o['policy-name']}"
        if arn in policies:
            raise already_exists(operation, f"A policy called {o['policy-name']}")
        policies[arn] = {"versions": [{"VersionId": "v1", "IsDefaultVersion": True, "CreateDate": NOW, "Document": document}]}
        return {"Policy": policy_shape(arn, policies[arn])}
    if operation == "list-policy-versions":
        policy = policy_of(state, o["policy-arn"], operation)
        return {"Versions": [{k: v for k, v in version.items() if k != "Document"} for version in policy["versions"]], "IsTruncated": False}
    if operation == "delete-policy-version":
        policy = policy_of(state, o["policy-arn"], operation)
        if not VERSION_ID.fullmatch(o["version-id"]):
            raise AwsError("ValidationError", f"Invalid version id {o['version-id']!r}")
        match = [v for v in policy["versions"] if v["VersionId"] == o["version-id"]]
        if not match:
            raise not_found(operation, f"Policy version {o['version-id']}")
        if match[0]["IsDefaultVersion"]:
            raise AwsError("DeleteConflict", "Cannot delete the default version of a policy.")
        policy["versions"].remove(match[0])
        return None
    if operation == "create-policy-version":
        policy = policy_of(state, o["policy-arn"], operation)
        document = read_document(o["policy-document"], files)
        if len(policy["versions"]) >= 5:
            raise AwsError("LimitExceeded", "An error occurred (LimitExceeded) when calling the CreatePolicyVersion operation: A managed policy can have up to 5 versions.")
        number = 1 + max(int(v["VersionId"][1:]) for v in policy["versions"])
        default = "set-as-default" in flags
        if default:
            for v in policy["versions"]:
                v["IsDefaultVersion"] = False
        version = {"VersionId": f"v{number}", "IsDefaultVersion": default, "CreateDate": NOW, "Document": document}
        policy["versions"].append(version)
        return {"PolicyVersion": {k: v for k, v in version.items() if k != "Document"}}
    if operation in ("get-user", "create-user", "list-access-keys", "create-access-key", "attach-user-policy"):
        name = o["user-name"]
        check_name(USER_OR_ROLE_NAME, name, operation, "userName")
        shape = {"Path": "/", "UserName": name, "UserId": "AIDAEXAMPLE", "Arn": f"arn:aws:iam::{ACCOUNT}:user/{name}", "CreateDate": NOW}
        if operation == "create-user":
            if name in users:
                raise already_exists(operation, f"User with name {name}")
            users[name] = {"keys": 0, "attached": []}
            return {"User": shape}
        if name not in users:
            raise not_found(operation, f"The user with name {name}")
        user = users[name]
        if operation == "get-user":
            return {"User": shape}
        if operation == "attach-user-policy":
            policy_of(state, o["policy-arn"], operation)
            if o["policy-arn"] not in user["attached"]:
                user["attached"].append(o["policy-arn"])
            return None
        if operation == "list-access-keys":
            return {"AccessKeyMetadata": [{"UserName": name, "AccessKeyId": f"AKIAEXAMPLE{i}", "Status": "Active", "CreateDate": NOW} for i in range(user["keys"])], "IsTruncated": False}
        if user["keys"] >= 2:
            raise AwsError("LimitExceeded", "An error occurred (LimitExceeded) when calling the CreateAccessKey operation: Cannot exceed quota for AccessKeysPerUser: 2")
        user["keys"] += 1
        return {"AccessKey": {"UserName": name, "AccessKeyId": ACCESS_KEY_ID, "Status": "Active", "SecretAccessKey": SECRET_ACCESS_KEY, "CreateDate": NOW}}
    if operation in ("get-role", "create-role", "update-assume-role-policy", "attach-role-policy"):
        name = o["role-name"]
        check_name(USER_OR_ROLE_NAME, name, operation, "roleName")
        path = o.get("path") or roles.get(name, {}).get("path") or "/"
        if not IAM_PATH.fullmatch(path):
            raise AwsError("ValidationError", f"An error occurred (ValidationError) when calling the CreateRole operation: invalid path {path!r}", 252)
        shape = {"Path": path, "RoleName": name, "RoleId": "AROAEXAMPLE", "Arn": f"arn:aws:iam::{ACCOUNT}:role{path}{name}", "CreateDate": NOW}
        if operation == "create-role":
            trust = read_document(o["assume-role-policy-document"], files)
            if name in roles:
                raise already_exists(operation, f"Role with name {name}")
            roles[name] = {"trust": trust, "attached": [], "path": path}
            return {"Role": dict(shape, AssumeRolePolicyDocument=trust)}
        if name not in roles:
            raise not_found(operation, f"The role with name {name}")
        role = roles[name]
        if operation == "get-role":
            return {"Role": dict(shape, AssumeRolePolicyDocument=role["trust"])}
        if operation == "update-assume-role-policy":
            role["trust"] = read_document(o["policy-document"], files)
            return None
        policy_of(state, o["policy-arn"], operation)
        if o["policy-arn"] not in role["attached"]:
            role["attached"].append(o["policy-arn"])
        return None
    raise AwsError("Usage", f"unhandled {service} {operation}", 252)


def text_output(value):
    """The AWS CLI's text format for what a --query usually selects."""
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, (str, int, float)):
        return str(value)
    if isinstance(value, list):
        return "\t".join(text_output(v) for v in value)
    if isinstance(value, dict):
        return "\t".join(text_output(v) for v in value.values())
    return str(value)


def table_output(value):
    if isinstance(value, dict):
        width = max(len(k) for k in value) if value else 0
        return "\n".join(f"|  {k.ljust(width)}  |  {text_output(v)}  |" for k, v in value.items())
    return text_output(value)


def main(argv):
    log_path, state_path = os.environ["STUB_LOG"], os.environ["STUB_STATE"]
    entry = {"argv": argv, "files": {}}
    try:
        with open(state_path, encoding="utf-8") as f:
            state = json.load(f)
    except FileNotFoundError:
        state = {"policies": {}, "users": {}, "roles": {}}
    status, stdout, stderr = 0, "", ""
    try:
        service, operation, options, flags = parse_args(argv)
        entry["operation"] = f"{service} {operation}"
        entry["options"] = options
        entry["flags"] = sorted(flags)
        response = run(service, operation, options, flags, state, entry["files"])
        if response is not None:
            if "query" in options:
                response = jmespath.search(options["query"], response)
            output = options.get("output", "json")
            if output == "text":
                stdout = text_output(response) + "\n"
            elif output == "table":
                stdout = table_output(response) + "\n"
            else:
                stdout = json.dumps(response, indent=4) + "\n"
    except AwsError as e:
        status, stderr = e.status, "\n" + e.message + "\n"
        entry["error"] = e.code
    with open(state_path, "w", encoding="utf-8") as f:
        json.dump(state, f)
    with open(log_path, "a", encoding="utf-8") as f:
        f.write(json.dumps(entry) + "\n")
    sys.stdout.write(stdout)
    sys.stderr.write(stderr)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
