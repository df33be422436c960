#!/usr/bin/env python3
"""A recording `az` for the Azure tests: the Entra ID and Azure Resource Manager calls cannot be
emulated here, so this stub answers them from a scenario file; the container calls (data plane)
run the real Azure CLI against Azurite.

Every call is checked before it is answered, and a failed check exits 97 with the reason:
- every `--option` exists for that command in the real Azure CLI's own `--help` (the reference
  the documentation is generated from);
- `az ad app credential reset` always has `--append` (without it the CLI deletes the app's
  other credentials), and its `--cert @file` names a public certificate with no private key;
- nothing that prints a secret is ever called (`keys list`, `show-connection-string`, …);
- container calls use `--auth-mode login` (no key in generated output): the stub swaps that
  for the emulator's connection string, held only in the test's environment.

Environment: AZ_REAL (the real az), AZ_STUB_LOG (JSON lines of argv), AZ_STUB_SCENARIO (JSON),
AZ_HELP_CACHE (folder), AZURITE_CONNECTION_STRING, AZURITE_ACCOUNT.
"""

import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import jmespath

FORBIDDEN = [
    ["storage", "account", "keys"],
    ["storage", "account", "show-connection-string"],
    ["storage", "account", "generate-sas"],
    ["storage", "container", "generate-sas"],
    ["ad", "app", "credential", "delete"],
    ["ad", "sp", "credential", "reset"],
]


def fail(reason):
    print(f"az stub: {reason}", file=sys.stderr)
    sys.exit(97)


def words_and_options(argv):
    words = []
    for arg in argv:
        if arg.startswith("-"):
            break
        words.append(arg)
    options = {}
    i = len(words)
    while i < len(argv):
        name = argv[i]
        if not name.startswith("--"):
            fail(f"{' '.join(argv)}: '{name}' is not an option")
        value = None
        if i + 1 < len(argv) and not argv[i + 1].startswith("--"):
            value = argv[i + 1]
            i += 1
        options[name] = value
        i += 1
    return words, options


def real_env():
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join(p for p in env["PATH"].split(os.pathsep)
                                  if not p.startswith(env.get("AZ_STUB_BIN", "\0")))
    return env


def help_options(words):
    cache = Path(os.environ["AZ_HELP_CACHE"]) / ("-".join(words) + ".txt")
    if not cache.exists():
        out = subprocess.run([os.environ["AZ_REAL"], *words, "--help"], capture_output=True,
                             text=True, env=real_env(), timeout=300)
        if out.returncode != 0 or "Arguments" not in out.stdout:
            fail(f"az {' '.join(words)} is not a command of the Azure CLI")
        cache.write_text(out.stdout)
    return set(re.findall(r"(?m)^\s+(--[a-z0-9-]+)", cache.read_text())) | {
        "--output", "--query", "--only-show-errors", "--debug", "--verbose", "--help"}


def emit(value, options):
    query = options.get("--query")
    if query:
        value = jmespath.search(query, value)
    output = options.get("--output", "json")
    if output == "none":
        return
    if output == "tsv":
        if value is None:
            return
        if isinstance(value, (dict, list)):
            fail("tsv of a structure is not used by the generated scripts")
        print("true" if value is True else "false" if value is False else value)
        return
    print(json.dumps(value, indent=2))


def not_found(text, code="ResourceNotFound"):
    print(f"ERROR: ({code}) {text}", file=sys.stderr)
    sys.exit(3)


def main():
    argv = sys.argv[1:]
    with open(os.environ["AZ_STUB_LOG"], "a", encoding="utf-8") as log:
        log.write(json.dumps(argv) + "\n")
    words, options = words_and_options(argv)
    for bad in FORBIDDEN:
        if words[:len(bad)] == bad:
            fail(f"az {' '.join(words)} must never run: it prints or deletes a secret")
    unknown = set(options) - help_options(words)
    if unknown:
        fail(f"az {' '.join(words)}: no option {sorted(unknown)} in the Azure CLI's help")
    scenario_path = Path(os.environ["AZ_STUB_SCENARIO"])
    scenario = json.loads(scenario_path.read_text())

    def remember(key, value):
        # What a create made is there for the calls after it (the stub is one process a call).
        scenario[key] = value
        scenario_path.write_text(json.dumps(scenario))
        return value
    command = " ".join(words)
    if command in scenario.get("denied", []):
        print("ERROR: (AuthorizationFailed) The client does not have authorization to perform "
              "this action.", file=sys.stderr)
        sys.exit(1)

    if command in ("storage container create", "storage container show"):
        if options.get("--auth-mode") != "login":
            fail("container calls sign in with --auth-mode login, never a key")
        if options.get("--account-name") != os.environ["AZURITE_ACCOUNT"]:
            fail(f"--account-name {options.get('--account-name')} is not the test's account")
        args = [a for a in argv]
        for name in ("--auth-mode", "--account-name"):
            i = args.index(name)
            del args[i:i + 2]
        run = subprocess.run([os.environ["AZ_REAL"], *args, "--connection-string",
                              os.environ["AZURITE_CONNECTION_STRING"]], env=real_env(),
                             timeout=300)
        sys.exit(run.returncode)

    account = scenario.get("account")
    if command == "storage account show":
        if account is None:
            not_found(f"The Resource 'Microsoft.Storage/storageAccounts/{options['--name']}' "
                      f"under resource group '{options['--resource-group']}' was not found.")
        if options["--name"] != account["name"]:
            fail("storage account show for another account")
        emit(account, options)
    elif command == "storage account create":
        for name, want in (("--sku", "Standard_LRS"), ("--kind", "StorageV2")):
            if options.get(name) != want:
                fail(f"storage account create {name} {options.get(name)}, not {want}")
        rg = options["--resource-group"]
        emit(remember("account", {
            "name": options["--name"],
            "id": f"/subscriptions/{scenario['subscription']}/resourceGroups/{rg}/providers/"
                  f"Microsoft.Storage/storageAccounts/{options['--name']}"}), options)
    elif command == "account show":
        emit({"tenantId": scenario["tenant"], "id": scenario["subscription"]}, options)
    elif command == "ad app list":
        apps = [a for a in scenario.get("apps", [])
                if a["displayName"] == options.get("--display-name")]
        emit(apps, options)
    elif command == "ad app create":
        app = {"appId": str(uuid.uuid4()), "displayName": options["--display-name"]}
        remember("apps", scenario.get("apps", []) + [app])
        emit(app, options)
    elif command == "ad app show":
        app = next((a for a in scenario.get("apps", []) if a["appId"] == options["--id"]), None)
        if app is None:
            print(f"ERROR: Resource '{options['--id']}' does not exist or one of its queried "
                  "reference-property objects are not present.", file=sys.stderr)
            sys.exit(3)
        emit(app, options)
    elif command in ("ad sp show", "ad sp create"):
        sp = scenario.get("sp")
        if command == "ad sp show" and sp is None:
            print(f"ERROR: Resource '{options['--id']}' does not exist or one of its queried "
                  "reference-property objects are not present.", file=sys.stderr)
            sys.exit(3)
        if sp is None:
            sp = remember("sp", {"id": str(uuid.uuid4()), "appId": options["--id"]})
        emit(sp, options)
    elif command == "ad app credential reset":
        if "--append" not in options:
            fail("ad app credential reset without --append deletes the app's other credentials")
        cert = options.get("--cert") or ""
        if not cert.startswith("@"):
            fail("--cert must load the public certificate from a file")
        text = Path(cert[1:]).read_text()
        if "BEGIN CERTIFICATE" not in text or "PRIVATE KEY" in text:
            fail(f"{cert[1:]} is not a public certificate alone")
        emit({"appId": options["--id"], "password": None}, options)
    elif command == "ad app credential list":
        emit(scenario.get("credentials", []), options)
    elif command == "role assignment create":
        if options.get("--role") != "Storage Blob Data Contributor":
            fail(f"role {options.get('--role')}")
        if options.get("--assignee-object-id") != (scenario.get("sp") or {}).get("id"):
            fail("the role goes to another principal than the app's service principal")
        if options.get("--scope") != (account or {}).get("id"):
            fail(f"scope {options.get('--scope')} is not the storage account's")
        emit({"scope": options["--scope"]}, options)
    elif command == "role assignment list":
        emit(scenario.get("assignments", []), options)
    elif command == "role definition list":
        emit(scenario.get("definitions", []), options)
    else:
        fail(f"az {command} is not a call the generated scripts make")


if __name__ == "__main__":
    main()
