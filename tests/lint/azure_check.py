#!/usr/bin/env python3
"""Azure Blob Storage's generated files and preflight, through tools no one here wrote.

- Every script: `bash -n` and `shellcheck`.
- The Azure CLI script run by bash: its container command runs for real (the Azure CLI against
  Azurite, Microsoft's emulator), its Entra ID and Resource Manager calls through the recording
  stub `azure_stub.py`, which checks each option against the real CLI's help; the recorded
  argv is compared as data with the calls written from docs/facts.md.
- The certificate commands run by bash with the real openssl: an unencrypted 2048-bit RSA key,
  730 days, the combined file, the public file without a key; the .pfx conversions too.
- Terraform read as data by python-hcl2 and compared, then scanned by checkov.
- The preflight script run by bash against Azurite and the stub with accounts set up right and
  wrong; each report judged by the core (`examples/azure.rs`), statuses compared.

Usage: .venv/bin/python tests/lint/azure_check.py <examples/azure binary>
Environment: AZURITE (azurite-blob, default: on PATH), CHECKOV (default: on PATH).
"""

import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import hcl2

HERE = Path(__file__).resolve().parent
VENV_BIN = Path(sys.executable).parent
AZ_REAL = str(VENV_BIN / "az")
NOW = 1_800_000_000  # 2027-01-15
DAY = 86_400
SUB = "00000000-1111-2222-3333-444444444444"
TENANT = "11111111-2222-3333-4444-555555555555"
CLIENT = "22222222-3333-4444-5555-666666666666"
SP = "33333333-4444-5555-6666-777777777777"
SBDC = "ba92f5b4-2d11-453d-a403-e96b0029c9fe"
FAILURES = []


def check(ok, what):
    if not ok:
        FAILURES.append(what)
        print(f"FAIL {what}", file=sys.stderr)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tool(env_name, name):
    found = os.environ.get(env_name) or shutil.which(name)
    if not found:
        sys.exit(f"{name} is missing: install it (see the report of task p23-azure) or set {env_name}")
    return found


def account_id(account, group="braze-rg"):
    return (f"/subscriptions/{SUB}/resourceGroups/{group}/providers/Microsoft.Storage/"
            f"storageAccounts/{account}")


def iso(seconds):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


class Azure:
    """Azurite with one account per storage account name, and the stub's bin folder."""

    def __init__(self, accounts, work):
        self.work = work
        self.port = free_port()
        self.keys = {a: base64.b64encode(os.urandom(64)).decode() for a in accounts}
        env = dict(os.environ, AZURITE_ACCOUNTS=";".join(f"{a}:{k}" for a, k in self.keys.items()))
        self.proc = subprocess.Popen(
            [tool("AZURITE", "azurite-blob"), "--silent", "--location", str(work / "azurite"),
             "--blobHost", "127.0.0.1", "--blobPort", str(self.port), "--skipApiVersionCheck",
             "--loose"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        self.bin = work / "stub-bin"
        self.bin.mkdir()
        (self.bin / "az").write_text(f"#!/bin/sh\nexec {sys.executable} {HERE / 'azure_stub.py'} \"$@\"\n")
        (self.bin / "az").chmod(0o755)
        # The CLI's help pages, kept between runs (a few seconds each to produce).
        self.help = Path(os.environ.get("AZ_HELP_CACHE") or HERE.parents[1] / "target" / "az-help")
        self.help.mkdir(parents=True, exist_ok=True)

    def connection_string(self, account):
        return (f"DefaultEndpointsProtocol=http;AccountName={account};AccountKey={self.keys[account]};"
                f"BlobEndpoint=http://127.0.0.1:{self.port}/{account};")

    def env(self, account, scenario, log):
        path = self.work / f"scenario-{os.getpid()}-{time.monotonic_ns()}.json"
        path.write_text(json.dumps(scenario))
        return dict(os.environ, PATH=f"{self.bin}{os.pathsep}{os.environ['PATH']}",
                    AZ_REAL=AZ_REAL, AZ_STUB_BIN=str(self.bin), AZ_STUB_LOG=str(log),
                    AZ_STUB_SCENARIO=str(path), AZ_HELP_CACHE=str(self.help),
                    AZURITE_CONNECTION_STRING=self.connection_string(account),
                    AZURITE_ACCOUNT=account, AZURE_CONFIG_DIR=str(self.work / "azcfg"),
                    AZURE_CORE_COLLECT_TELEMETRY="false")

    def container_exists(self, account, container):
        out = subprocess.run([AZ_REAL, "storage", "container", "exists", "--name", container,
                              "--connection-string", self.connection_string(account),
                              "--query", "exists", "--output", "tsv"], capture_output=True,
                             text=True, env=dict(os.environ, AZURE_CONFIG_DIR=str(self.work / "azcfg")))
        return out.stdout.strip() == "true"

    def create_container(self, account, container):
        subprocess.run([AZ_REAL, "storage", "container", "create", "--name", container,
                        "--connection-string", self.connection_string(account), "--output", "none"],
                       check=True, env=dict(os.environ, AZURE_CONFIG_DIR=str(self.work / "azcfg")))

    def stop(self):
        # Azurite finishes its writes on SIGTERM, slowly; the data is thrown away anyway.
        self.proc.kill()
        self.proc.wait(timeout=30)


def case(account, container, auth="connection-string", integration="currents", group="braze-rg",
         client=""):
    return {"integration": integration, "auth": auth, "storage-account": account,
            "container": container, "resource-group": group, "tenant-id": TENANT,
            "client-id": client}


def account_data(account, group="braze-rg", **overrides):
    data = {"name": account, "id": account_id(account, group), "kind": "StorageV2",
            "isHnsEnabled": False, "allowSharedKeyAccess": None, "publicNetworkAccess": "Enabled",
            "networkRuleSet": {"defaultAction": "Allow"},
            "primaryEndpoints": {"blob": f"https://{account}.blob.core.windows.net/"}}
    data.update(overrides)
    return data


def assignment(scope, role=SBDC, name="Storage Blob Data Contributor", **extra):
    entry = {"scope": scope, "roleDefinitionId":
             f"/subscriptions/{SUB}/providers/Microsoft.Authorization/roleDefinitions/{role}",
             "roleDefinitionName": name, "principalType": "ServicePrincipal",
             "principalName": CLIENT, "condition": None}
    entry.update(extra)
    return entry


HCL_ESCAPES = {"\\": "\\", '"': '"', "n": "\n", "r": "\r", "t": "\t"}


def hcl_value(raw):
    """A quoted HCL string as python-hcl2 serializes it (quotes kept, escapes raw), decoded."""
    s, out, i = raw[1:-1], [], 0
    while i < len(s):
        if s[i] == "\\":
            n = s[i + 1]
            if n in HCL_ESCAPES:
                out.append(HCL_ESCAPES[n])
                i += 2
            else:
                width = 4 if n == "u" else 8
                out.append(chr(int(s[i + 2:i + 2 + width], 16)))
                i += 2 + width
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def plain(node):
    """python-hcl2's tree as plain data: no markers, keys and strings unquoted."""
    if isinstance(node, dict):
        return {plain(k): plain(v) for k, v in node.items()
                if k not in ("__is_block__", "__comments__")}
    if isinstance(node, list):
        return [plain(x) for x in node]
    if isinstance(node, str) and len(node) >= 2 and node[0] == node[-1] == '"':
        return hcl_value(node)
    return node


def lint_script(path):
    check(subprocess.run(["bash", "-n", str(path)]).returncode == 0, f"bash -n {path.name}")
    out = subprocess.run(["shellcheck", "-s", "bash", str(path)], capture_output=True, text=True)
    check(out.returncode == 0, f"shellcheck {path.name}: {out.stdout}")


def expected_cli_calls(c, group, created_app):
    """The az calls of the CLI script, written from docs/facts.md (Azure CLI reference)."""
    account, container = c["storage-account"], c["container"]
    calls = [["storage", "account", "show", "--name", account, "--resource-group", group,
              "--output", "none"],
             ["storage", "container", "create", "--name", container, "--account-name", account,
              "--auth-mode", "login", "--output", "none"]]
    if c["auth"] == "certificate-service-principal":
        client = c["client-id"] or None
        if not client:
            calls += [["ad", "app", "list", "--display-name", "braze-currents", "--query",
                       "[0].appId", "--output", "tsv"],
                      ["ad", "app", "create", "--display-name", "braze-currents", "--query",
                       "appId", "--output", "tsv"]]
        calls += [["ad", "sp", "show", "--id", client or created_app, "--query", "id", "--output",
                   "tsv"],
                  ["ad", "sp", "create", "--id", client or created_app, "--query", "id",
                   "--output", "tsv"],
                  ["ad", "app", "credential", "reset", "--id", client or created_app, "--cert",
                   "@cert.pem", "--append", "--years", "2", "--output", "none"],
                  ["storage", "account", "show", "--name", account, "--resource-group", group,
                   "--query", "id", "--output", "tsv"],
                  ["role", "assignment", "create", "--role", "Storage Blob Data Contributor",
                   "--assignee-object-id", "<sp>", "--assignee-principal-type",
                   "ServicePrincipal", "--scope", account_id(account, group), "--output", "none"],
                  ["account", "show", "--query", "tenantId", "--output", "tsv"]]
    return calls


def run_cli(azure, binary, name, c, folder):
    work = folder / name
    work.mkdir()
    (work / "case.json").write_text(json.dumps(c))
    subprocess.run([binary, "generate", str(work / "case.json"), str(work)], check=True,
                   stdout=subprocess.DEVNULL)
    for script in work.glob("*.sh"):
        lint_script(script)
    certificate = c["auth"] == "certificate-service-principal"
    if certificate:
        run_certificate(work)
    log = work / "az.log"
    scenario = {"account": None, "tenant": TENANT, "subscription": SUB, "apps": []}
    env = azure.env(c["storage-account"], scenario, log)
    out = subprocess.run(["bash", str(work / "azure-cli-script.sh")], cwd=work, env=env,
                         capture_output=True, text=True, timeout=900)
    check(out.returncode == 0, f"{name}: the CLI script failed: {out.stderr[-2000:]}")
    check(azure.container_exists(c["storage-account"], c["container"]),
          f"{name}: the container was not created in Azurite")
    recorded = [json.loads(line) for line in log.read_text().splitlines()]
    created_app = next((r for r in recorded if r[:3] == ["ad", "app", "create"]), None)
    app_id = None
    if created_app:
        app_id = next((r[r.index("--id") + 1] for r in recorded if r[:3] == ["ad", "sp", "show"]), None)
    expected = [["storage", "account", "create", "--name", c["storage-account"],
                 "--resource-group", c["resource-group"], "--sku", "Standard_LRS", "--kind",
                 "StorageV2", "--min-tls-version", "TLS1_2", "--allow-blob-public-access",
                 "false", "--output", "none"]]
    want = expected_cli_calls(c, c["resource-group"], app_id)
    want.insert(1, expected[0])
    for r in recorded:
        if "--assignee-object-id" in r:
            r[r.index("--assignee-object-id") + 1] = "<sp>"
    check(recorded == want, f"{name}: az calls differ:\n{json.dumps(recorded)}\n{json.dumps(want)}")
    # Run again with everything in place: nothing is created twice.
    scenario = {"account": account_data(c["storage-account"], c["resource-group"]),
                "tenant": TENANT, "subscription": SUB,
                "apps": [{"appId": CLIENT, "displayName": "braze-currents"}],
                "sp": {"id": SP, "appId": CLIENT}}
    log2 = work / "az2.log"
    out = subprocess.run(["bash", str(work / "azure-cli-script.sh")], cwd=work,
                         env=azure.env(c["storage-account"], scenario, log2), capture_output=True,
                         text=True, timeout=900)
    check(out.returncode == 0, f"{name}: the second run failed: {out.stderr[-2000:]}")
    again = [json.loads(line)[:3] for line in log2.read_text().splitlines()]
    check(["storage", "account", "create"] not in again and ["ad", "app", "create"] not in again
          and ["ad", "sp", "create"] not in again, f"{name}: the second run created again: {again}")


def run_certificate(work):
    out = subprocess.run(["bash", str(work / "azure-certificate.sh")], cwd=work,
                         capture_output=True, text=True, timeout=120)
    check(out.returncode == 0, f"certificate script failed: {out.stderr}")
    check("notAfter=" in out.stdout, "the certificate script prints the end date")
    key = (work / "key.pem").read_text()
    check("ENCRYPTED" not in key and "PRIVATE KEY" in key, "key.pem is an unencrypted private key")
    bits = subprocess.run(["openssl", "rsa", "-in", "key.pem", "-noout", "-text", "-passin", "pass:"],
                          cwd=work, capture_output=True, text=True)
    check("Private-Key: (2048 bit" in bits.stdout, "key.pem is RSA 2048 and opens without a passphrase")
    cert = (work / "cert.pem").read_text()
    check("BEGIN CERTIFICATE" in cert and "PRIVATE KEY" not in cert, "cert.pem is public only")
    dates = subprocess.run(["openssl", "x509", "-in", "cert.pem", "-noout", "-startdate", "-enddate",
                            "-subject"], cwd=work, capture_output=True, text=True).stdout
    start, end = [time.mktime(time.strptime(line.split("=", 1)[1].strip(), "%b %d %H:%M:%S %Y %Z"))
                  for line in dates.splitlines() if "notBefore" in line or "notAfter" in line]
    check(round((end - start) / DAY) == 730, "the certificate lasts 730 days")
    check("CN = braze-currents" in dates or "CN=braze-currents" in dates, "its subject is CN=braze-currents")
    combined = (work / "braze-currents.pem").read_text()
    check(combined == cert + key, "braze-currents.pem is cert.pem then key.pem")
    check((work / "key.pem").stat().st_mode & 0o077 == 0, "key.pem is readable by its owner only")
    # The .pfx conversions, on a .pfx made from these files (its empty password given to
    # openssl here: a reader types theirs at the prompt).
    pfx = work / "pfx"
    pfx.mkdir()
    subprocess.run(["openssl", "pkcs12", "-export", "-in", "../cert.pem", "-inkey", "../key.pem",
                    "-out", "your-cert.pfx", "-passout", "pass:"], cwd=pfx, check=True)
    lines = [line[2:] for line in (work / "azure-certificate.sh").read_text().splitlines()
             if line.startswith("# openssl pkcs12")]
    check(len(lines) == 2, "two .pfx conversions")
    for line in lines:
        subprocess.run(line + " -passin pass:", shell=True, cwd=pfx, check=True)
    check("PRIVATE KEY" not in (pfx / "cert.pem").read_text(), "the .pfx's cert.pem is public only")
    both = (pfx / "braze-currents.pem").read_text()
    check("BEGIN CERTIFICATE" in both and "BEGIN PRIVATE KEY" in both and "ENCRYPTED" not in both,
          "the .pfx's braze-currents.pem holds the certificate and the unencrypted key")


def terraform(binary, folder):
    checkov = tool("CHECKOV", "checkov")
    cases = {"tf-connection": case("brazetf01", "exports"),
             "tf-certificate": case("brazetf02", "currents-data", "certificate-service-principal"),
             "tf-certificate-app": case("brazetf03", "currents-data", "certificate-service-principal",
                                        client=CLIENT)}
    for name, c in cases.items():
        work = folder / name
        work.mkdir()
        (work / "case.json").write_text(json.dumps(c))
        subprocess.run([binary, "generate", str(work / "case.json"), str(work)], check=True,
                       stdout=subprocess.DEVNULL)
        with open(work / "azure-terraform.tf") as f:
            doc = plain(hcl2.load(f))
        resources = {}
        for block in doc.get("resource", []):
            for kind, named in block.items():
                for label, body in named.items():
                    resources[f"{kind}.{label}"] = body
        account = resources["azurerm_storage_account.braze"]
        check(account["name"] == c["storage-account"] and account["account_kind"] == "StorageV2"
              and account["account_replication_type"] == "LRS"
              and account["allow_nested_items_to_be_public"] is False, f"{name}: storage account")
        container = resources["azurerm_storage_container.braze"]
        check(container == {"name": c["container"], "storage_account_id":
                            "${azurerm_storage_account.braze.id}", "container_access_type": "private"},
              f"{name}: container {container}")
        kinds = {k.split(".")[0] for k in resources}
        check("azuread_application_password" not in kinds and "tls_private_key" not in kinds,
              f"{name}: no secret resource")
        if c["auth"] == "certificate-service-principal":
            role = resources["azurerm_role_assignment.braze"]
            check(role == {"scope": "${azurerm_storage_account.braze.id}",
                           "role_definition_name": "Storage Blob Data Contributor",
                           "principal_id": role["principal_id"], "principal_type": "ServicePrincipal"}
                  and role["principal_id"].endswith("azuread_service_principal.braze.object_id}"),
                  f"{name}: role assignment at the storage account {role}")
            cert = resources["azuread_application_certificate.braze"]
            check(cert["value"] == '${file("cert.pem")}' and cert["type"] == "AsymmetricX509Cert"
                  and cert["application_id"].endswith("azuread_application.braze.id}"),
                  f"{name}: certificate {cert}")
            check(("azuread_application.braze" in resources) == (not c["client-id"]),
                  f"{name}: the app is created only without a client ID")
        else:
            check(not any(k.startswith("azuread") for k in kinds), f"{name}: no Entra ID part")
        providers = doc["terraform"][0]["required_providers"][0]
        check(providers["azurerm"]["version"] == ">= 4.9.0, < 6.0.0", f"{name}: azurerm version")
        out = subprocess.run([checkov, "-f", str(work / "azure-terraform.tf"), "--framework",
                              "terraform", "-o", "json", "--quiet", "--compact"],
                             capture_output=True, text=True, timeout=600)
        report = json.loads(out.stdout or "{}")
        failed = {c["check_id"] for c in report.get("results", {}).get("failed_checks", [])}
        unexpected = failed - CHECKOV_ACCEPTED
        check(not unexpected, f"{name}: checkov failed {sorted(unexpected)}")


# What checkov flags and the generated file leaves on purpose, each with why.
CHECKOV_ACCEPTED = {
    "CKV_AZURE_206",   # replication LRS: the cheapest; Braze's data can be re-exported
    "CKV2_AZURE_1",    # customer-managed keys: beyond Braze's setup
    "CKV2_AZURE_33",   # private endpoint: Braze publishes no addresses to reach one
    "CKV_AZURE_59",    # public network access: Braze writes over the internet
    "CKV_AZURE_33",    # queue service logging: no queues are used
    "CKV2_AZURE_38",   # soft delete: the reader's retention choice
    "CKV2_AZURE_40",   # shared key access: the connection string method needs it
    "CKV2_AZURE_41",   # SAS expiration policy: Braze uses no SAS
    "CKV2_AZURE_47",   # anonymous blob access is already off (allow_nested_items_to_be_public)
    "CKV_AZURE_190",   # same: nested items are not public
    "CKV_AZURE_244",   # local users (SFTP) are off by default
    "CKV2_AZURE_21",   # blob read logging: a diagnostic setting the reader chooses (it costs)
}


PREFLIGHT = [
    # name, case, scenario, container created, expected statuses
    ("connection-ok", case("brazepf01", "exports"),
     {"account": account_data("brazepf01")}, True,
     {"storage-account": "pass", "shared-key": "pass", "network-access": "pass",
      "container-exists": "pass"}),
    ("connection-shared-key-off", case("brazepf01", "missing-one", integration="dashboard-export"),
     {"account": account_data("brazepf01", allowSharedKeyAccess=False,
                              networkRuleSet={"defaultAction": "Deny"})}, False,
     {"storage-account": "pass", "shared-key": "fail", "network-access": "warn",
      "container-exists": "fail"}),
    ("connection-no-account", case("brazepf02", "exports"), {"account": None}, False,
     {"storage-account": "fail", "container-exists": "fail"}),
    ("connection-denied", case("brazepf01", "exports"),
     {"account": account_data("brazepf01"), "denied": ["storage container show"]}, True,
     {"storage-account": "pass", "shared-key": "pass", "network-access": "pass",
      "container-exists": "unknown"}),
    ("certificate-ok", case("brazepf03", "currents", "certificate-service-principal", client=CLIENT),
     {"account": account_data("brazepf03"),
      "credentials": [{"startDateTime": iso(NOW - 100 * DAY), "endDateTime": iso(NOW + 600 * DAY)}],
      "assignments": [assignment(account_id("brazepf03"))]}, True,
     {"storage-account": "pass", "endpoint": "pass", "network-access": "pass",
      "container-exists": "pass", "tenant": "pass", "app-registration": "pass",
      "service-principal": "pass", "certificate": "pass", "role-assignment": "pass"}),
    ("certificate-container-scope-soon", case("brazepf03", "currents", "certificate-service-principal",
                                              client=CLIENT),
     {"account": account_data("brazepf03"),
      "credentials": [{"startDateTime": iso(NOW - 700 * DAY), "endDateTime": iso(NOW + 10 * DAY)}],
      "assignments": [assignment(account_id("brazepf03") + "/blobServices/default/containers/currents")]},
     True,
     {"storage-account": "pass", "endpoint": "pass", "network-access": "pass",
      "container-exists": "pass", "tenant": "pass", "app-registration": "pass",
      "service-principal": "pass", "certificate": "warn", "role-assignment": "fail"}),
    ("certificate-expired-owner-other-cloud",
     case("brazepf04", "currents", "certificate-service-principal", client=CLIENT),
     {"account": account_data("brazepf04", primaryEndpoints={"blob": "https://brazepf04.blob.core.chinacloudapi.cn/"}),
      "credentials": [{"startDateTime": iso(NOW - 800 * DAY), "endDateTime": iso(NOW - DAY)}],
      "assignments": [assignment(account_id("brazepf04"), "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", "Owner")]},
     True,
     {"storage-account": "pass", "endpoint": "fail", "network-access": "pass",
      "container-exists": "pass", "tenant": "pass", "app-registration": "pass",
      "service-principal": "pass", "certificate": "fail", "role-assignment": "fail"}),
    ("certificate-subscription-scope", case("brazepf03", "currents", "certificate-service-principal",
                                            client=CLIENT),
     {"account": account_data("brazepf03"),
      "credentials": [{"startDateTime": iso(NOW - DAY), "endDateTime": iso(NOW + 700 * DAY)}],
      "assignments": [assignment(f"/subscriptions/{SUB}")]}, True,
     {"storage-account": "pass", "endpoint": "pass", "network-access": "pass",
      "container-exists": "pass", "tenant": "pass", "app-registration": "pass",
      "service-principal": "pass", "certificate": "pass", "role-assignment": "warn"}),
    ("certificate-no-app", case("brazepf03", "currents", "certificate-service-principal",
                                client="44444444-5555-6666-7777-888888888888"),
     {"account": account_data("brazepf03"), "apps": [], "sp": None, "credentials": [],
      "assignments": []}, True,
     {"storage-account": "pass", "endpoint": "pass", "network-access": "pass",
      "container-exists": "pass", "tenant": "pass", "app-registration": "fail",
      "service-principal": "fail", "certificate": "fail", "role-assignment": "fail"}),
]


def preflight(azure, binary, folder):
    for name, c, scenario, make_container, expected in PREFLIGHT:
        work = folder / f"pf-{name}"
        work.mkdir()
        (work / "case.json").write_text(json.dumps(c))
        script = subprocess.run([binary, "script", str(work / "case.json")], capture_output=True,
                                text=True, check=True).stdout
        (work / "preflight.sh").write_text(script)
        lint_script(work / "preflight.sh")
        if make_container:
            azure.create_container(c["storage-account"], c["container"])
        full = {"tenant": TENANT, "subscription": SUB,
                "apps": [{"appId": CLIENT, "displayName": "braze-currents"}],
                "sp": {"id": SP, "appId": CLIENT}}
        full.update(scenario)
        out = subprocess.run(["bash", str(work / "preflight.sh")], cwd=work, capture_output=True,
                             text=True, timeout=900,
                             env=azure.env(c["storage-account"], full, work / "az.log"))
        check(out.returncode == 0, f"preflight {name}: exit {out.returncode}: {out.stderr[-1500:]}")
        (work / "report.txt").write_text(out.stdout)
        calls = [json.loads(line)[:4] for line in (work / "az.log").read_text().splitlines()]
        check(all(call[:2] != ["storage", "account"] or call[2] == "show" for call in calls),
              f"preflight {name}: only reads")
        judged = json.loads(subprocess.run([binary, "check", str(work / "case.json"),
                                            str(work / "report.txt"), str(NOW)],
                                           capture_output=True, text=True, check=True).stdout)
        got = {f["id"]: f["status"] for f in judged} if isinstance(judged, list) else judged
        check(got == expected, f"preflight {name}: {got} != {expected}")


def main():
    binary = str(Path(sys.argv[1]).resolve())
    folder = Path(tempfile.mkdtemp(prefix="azure-check-"))
    cli_cases = {
        "connection-currents": case("brazecli01", "braze-currents"),
        "connection-both": case("brazecli02", "exports", integration="both"),
        "connection-archiving-unicode-group": case("brazecli03", "a-1", integration="message-archiving",
                                                   group="グループ(テスト)_1.x"),
        "certificate-new-app": case("brazecli04", "c" * 63, "certificate-service-principal"),
        "certificate-existing-app": case("abcdefghijklmnopqrstuvwx", "cur", "certificate-service-principal",
                                         client=CLIENT),
    }
    accounts = {c["storage-account"] for c in cli_cases.values()} | {
        c["storage-account"] for _, c, *_ in PREFLIGHT}
    azure = Azure(sorted(accounts), folder)
    only = os.environ.get("AZURE_CHECK_ONLY", "cli preflight terraform").split()
    try:
        if "terraform" in only and len(only) == 1:
            terraform(binary, folder)
            only = []
        for name, c in cli_cases.items():
            if "cli" not in only:
                break
            run_cli(azure, binary, name, c, folder)
        # The stub must be able to fail: a credential reset without --append is refused.
        env = azure.env("brazecli01", {"tenant": TENANT, "subscription": SUB}, folder / "neg.log")
        refused = subprocess.run(["az", "ad", "app", "credential", "reset", "--id", CLIENT,
                                  "--cert", "@x.pem"], env=env, capture_output=True, text=True)
        check(refused.returncode == 97 and "--append" in refused.stderr,
              "the stub refuses a credential reset without --append")
        bogus = subprocess.run(["az", "role", "assignment", "create", "--role", "x", "--scopes", "/"],
                               env=env, capture_output=True, text=True)
        check(bogus.returncode == 97, "the stub refuses an option the Azure CLI does not have")
        if "preflight" in only:
            preflight(azure, binary, folder)
        if "terraform" in only:
            terraform(binary, folder)
    finally:
        azure.stop()
    if FAILURES:
        print(f"{len(FAILURES)} failed", file=sys.stderr)
        sys.exit(1)
    shutil.rmtree(folder, ignore_errors=True)
    print("azure: every generated file and preflight report checked")


if __name__ == "__main__":
    main()
