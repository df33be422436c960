//! The Azure preflight script: bash of `az` reads only (`show`, `list`), that never stops
//! half-way, never prints a secret (no `keys list`, no `show-connection-string`; certificate
//! credentials as their dates only) and prints one report in format v1 (docs/contract.md,
//! "Preflight report"), its header carrying `"provider":"azure-blob-storage"`.
//!
//! Safety as in the Amazon S3 preflight: every value passes the input rules, is assigned
//! once, single-quoted, and used only as `"$VAR"`; each answer is the CLI's `--output json`
//! with its line breaks removed (JSON strings escape theirs), one line per call.

use serde_json::json;

use super::super::facts;
use super::super::rules::Report;
use super::super::setup::{AzureAuth, AzureField, AzureSetup};
use crate::core::preflight::{assemble, Layout};
use crate::core::text::Msg;
use crate::msg;

/// The fields the script is built from.
pub fn needs(setup: &AzureSetup) -> Vec<AzureField> {
    let mut fields = vec![
        AzureField::StorageAccount,
        AzureField::Container,
        AzureField::ResourceGroup,
    ];
    if setup.auth == AzureAuth::CertificateServicePrincipal {
        fields.extend([AzureField::TenantId, AzureField::ClientId]);
    }
    fields
}

/// What the script is and how to run it: its opening comment, in the reader's language.
pub fn intro(setup: &AzureSetup) -> Msg {
    msg!(
        "azure-preflight-intro",
        account = &setup.storage_account,
        container = &setup.container
    )
}

/// The header object of the report, as the script prints it.
pub fn header(setup: &AzureSetup) -> serde_json::Value {
    let mut header = json!({
        "preflight": 1,
        "provider": facts::PROVIDER,
        "storage_account": setup.storage_account,
        "container": setup.container,
        "resource_group": setup.resource_group,
        "auth": setup.auth.key(),
        "integration": setup.integration.key(),
    });
    if setup.auth == AzureAuth::CertificateServicePrincipal {
        header["tenant_id"] = json!(setup.tenant_id.to_ascii_lowercase());
        header["client_id"] = json!(setup.client_id.to_ascii_lowercase());
    }
    header
}

/// The script for `setup`, or the fields to fix first (an empty list: the case itself is
/// one Braze does not support). `report` is [`Report::new`]`(setup)`.
pub fn script(setup: &AzureSetup, report: &Report) -> Result<String, Vec<AzureField>> {
    if !setup.auth.supports(setup.integration) {
        return Err(Vec::new());
    }
    let mut bad: Vec<AzureField> = needs(setup)
        .into_iter()
        .filter(|f| !report.is_ok(*f))
        .collect();
    // The client ID may stay empty elsewhere (the generated files create the app); the
    // preflight reads an app, so it needs one.
    if setup.auth == AzureAuth::CertificateServicePrincipal
        && setup.client_id.is_empty()
        && !bad.contains(&AzureField::ClientId)
    {
        bad.push(AzureField::ClientId);
    }
    if !bad.is_empty() {
        return Err(bad);
    }
    let certificate = setup.auth == AzureAuth::CertificateServicePrincipal;
    let client_id = setup.client_id.to_ascii_lowercase();
    let mut values = vec![
        ("STORAGE_ACCOUNT", setup.storage_account.as_str()),
        ("CONTAINER", &setup.container),
        ("RESOURCE_GROUP", &setup.resource_group),
    ];
    let mut calls = vec![ACCOUNT_CALLS];
    if certificate {
        values.push(("CLIENT_ID", &client_id));
        calls.push(APP_CALLS);
    }
    Ok(assemble(&Layout {
        values: &values,
        derived: &[],
        functions: FUNCTIONS,
        header: &header(setup),
        calls: &calls,
    }))
}

const FUNCTIONS: &[&str] = &[
    // record CHECK VIA SUBJECT ARGS...: runs one read-only `az` call and prints one line of
    // the report. The error code is the CLI's `(Code)`, `ErrorCode:` or `Code:`; failing
    // that, the message's words decide between missing and denied.
    "record() {",
    "  local check=\"$1\" via=\"$2\" subject=\"$3\"",
    "  shift 3",
    "  local out rc status code data err call='' w",
    "  for w in \"$@\"; do",
    "    case \"$w\" in --*) break ;; *) call=\"${call:+$call }$w\" ;; esac",
    "  done",
    "  out=\"$(az \"$@\" --only-show-errors --output json 2>\"$WORKDIR/err\")\"",
    "  rc=$?",
    "  if ! answered \"$rc\" \"$out\"; then",
    "    code=\"$(printf '%s' \"$err\" | sed -n -e 's/.*ErrorCode:[[:space:]]*\\([A-Za-z0-9_.-]*\\).*/\\1/p' -e 's/^ERROR: (\\([A-Za-z0-9_.-]*\\)).*/\\1/p' -e 's/^Code:[[:space:]]*\\([A-Za-z0-9_.-]*\\).*/\\1/p' | head -n 1)\"",
    "    case \"$code\" in",
    "      AuthorizationFailed|AuthorizationPermissionMismatch|AuthorizationFailure|Authorization_RequestDenied|Forbidden|LinkedAuthorizationFailed) status=denied ;;",
    "      ResourceNotFound|ResourceGroupNotFound|StorageAccountNotFound|ContainerNotFound|Request_ResourceNotFound|NotFound|ParentResourceNotFound) status=missing ;;",
    "      *)",
    "        case \"$err\" in",
    "          *'does not exist'*|*'was not found'*|*'could not be found'*) status=missing ;;",
    "          *'not authorized'*|*'does not have authorization'*|*'required permissions'*|*'Insufficient privileges'*) status=denied ;;",
    "          *) status=error ;;",
    "        esac ;;",
    "    esac",
    "    [ -n \"$code\" ] || code=\"exit-$rc\"",
    "    say \"az $call $subject: $status ($code)\"",
    "  fi",
    "  emit \"$check\" \"$call\" \"$via\" \"$subject\"",
    "}",
    "",
];

/// The storage account and the container: for every case.
const ACCOUNT_CALLS: &[&str] = &[
    "say \"storage account $STORAGE_ACCOUNT\"",
    "record tenant account '' account show --query '{tenantId: tenantId, subscriptionId: id}'",
    "record storage-account account \"$STORAGE_ACCOUNT\" storage account show --name \"$STORAGE_ACCOUNT\" --resource-group \"$RESOURCE_GROUP\" --query '{id: id, kind: kind, isHnsEnabled: isHnsEnabled, allowSharedKeyAccess: allowSharedKeyAccess, publicNetworkAccess: publicNetworkAccess, defaultAction: networkRuleSet.defaultAction, blobEndpoint: primaryEndpoints.blob}'",
    // Your own sign-in reads the container (no key): it needs a data role to see it.
    "record container-exists container \"$CONTAINER\" storage container show --name \"$CONTAINER\" --account-name \"$STORAGE_ACCOUNT\" --auth-mode login --query '{name: name}'",
];

/// The app registration, its certificates (dates only) and its role assignments.
const APP_CALLS: &[&str] = &[
    "say \"app registration $CLIENT_ID\"",
    "record app-registration app \"$CLIENT_ID\" ad app show --id \"$CLIENT_ID\" --query '{appId: appId, displayName: displayName}'",
    "record service-principal app \"$CLIENT_ID\" ad sp show --id \"$CLIENT_ID\" --query '{id: id, appId: appId}'",
    "record certificate app \"$CLIENT_ID\" ad app credential list --id \"$CLIENT_ID\" --cert --query '[].{startDateTime: startDateTime, endDateTime: endDateTime}'",
    "record role-assignment app \"$CLIENT_ID\" role assignment list --all --assignee \"$CLIENT_ID\" --include-groups --query '[].{scope: scope, roleDefinitionId: roleDefinitionId, roleDefinitionName: roleDefinitionName, principalType: principalType, principalName: principalName, condition: condition}'",
    "record role-definitions app \"$CLIENT_ID\" role definition list --custom-role-only true --query '[].{name: name, roleName: roleName, permissions: permissions}'",
];
