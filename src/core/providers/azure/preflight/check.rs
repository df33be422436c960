//! The findings of an Azure report for the reader's case: one per check that applies, in the
//! script's order; or, for a report made for other values, one finding saying so.

use serde_json::Value;

use super::super::checker::{self, parse, Principal, Target, Verdict};
use super::super::facts;
use super::super::setup::{AzureAuth, AzureSetup};
use super::super::snippets::AzureSnippet;
use super::app::{certificate_dates, exists, tenant};
use super::finding::{not_read, text, CheckId, Finding, Status};
use super::AzureReport;
use crate::core::preflight::{CallStatus, Record};
use crate::core::text::Arg;
use crate::msg;

/// The findings of `report` for `setup`; `now` in seconds since the Unix epoch.
pub fn check(report: &AzureReport, setup: &AzureSetup, now: i64) -> Vec<Finding> {
    if let Some(finding) = other_values(report, setup) {
        return vec![finding];
    }
    let certificate = setup.auth == AzureAuth::CertificateServicePrincipal;
    let account = report.find("storage-account");
    let data = account
        .filter(|r| r.status == CallStatus::Ok)
        .map(|r| &r.data);
    let mut findings = vec![storage_account(account, setup)];
    if let Some(data) = data {
        if certificate {
            findings.push(endpoint(data));
        } else {
            findings.push(shared_key(data));
        }
        findings.push(network(data));
    }
    findings.push(container(report.find("container-exists"), setup));
    if certificate {
        findings.push(tenant(report.find("tenant"), setup));
        findings.push(exists(
            CheckId::AppRegistration,
            report.find("app-registration"),
            setup,
        ));
        findings.push(exists(
            CheckId::ServicePrincipal,
            report.find("service-principal"),
            setup,
        ));
        findings.push(certificate_dates(report.find("certificate"), now));
        findings.push(role(report, setup, data));
    }
    findings
}

/// A report made for another account, container, group, method or app.
fn other_values(report: &AzureReport, setup: &AzureSetup) -> Option<Finding> {
    let h = &report.header;
    let differs = |field: &'static str, reported: &str, typed: &str| {
        (!reported.eq_ignore_ascii_case(typed)).then(|| {
            msg!(
                "azure-preflight-other-values",
                field = Arg::Key(field),
                reported = reported,
                configured = typed
            )
        })
    };
    let message = differs("account", &h.storage_account, &setup.storage_account)
        .or_else(|| differs("container", &h.container, &setup.container))
        .or_else(|| differs("group", &h.resource_group, &setup.resource_group))
        .or_else(|| differs("auth", h.auth.key(), setup.auth.key()))
        .or_else(|| match setup.auth {
            AzureAuth::ConnectionString => None,
            AzureAuth::CertificateServicePrincipal => differs(
                "tenant",
                h.tenant_id.as_deref().unwrap_or(""),
                &setup.tenant_id,
            )
            .or_else(|| {
                differs(
                    "client",
                    h.client_id.as_deref().unwrap_or(""),
                    &setup.client_id,
                )
            }),
        })?;
    Some(Finding::new(CheckId::Report, Status::Unknown, message))
}

fn storage_account(record: Option<&Record>, setup: &AzureSetup) -> Finding {
    let id = CheckId::StorageAccount;
    match record {
        Some(r) if r.status == CallStatus::Ok => {
            let kind = text(&r.data, "kind").unwrap_or("").to_owned();
            let hns = r.data.get("isHnsEnabled").and_then(Value::as_bool) == Some(true);
            let hns = Arg::Key(if hns { "on" } else { "off" });
            if kind.eq_ignore_ascii_case("FileStorage") {
                Finding::new(
                    id,
                    Status::Fail,
                    msg!(
                        "azure-preflight-account-file-storage",
                        account = &setup.storage_account
                    ),
                )
                .fix_with(
                    msg!("azure-preflight-fix-new-account"),
                    Some(AzureSnippet::CliScript),
                )
            } else {
                Finding::new(
                    id,
                    Status::Pass,
                    msg!(
                        "azure-preflight-account-ok",
                        account = &setup.storage_account,
                        kind = kind,
                        hns = hns
                    ),
                )
            }
        }
        Some(r) if r.status == CallStatus::Missing => Finding::new(
            id,
            Status::Fail,
            msg!(
                "azure-preflight-account-missing",
                account = &setup.storage_account,
                group = &setup.resource_group
            ),
        )
        .fix_with(
            msg!("azure-preflight-fix-create"),
            Some(AzureSnippet::CliScript),
        ),
        other => not_read(id, other, "storage account show"),
    }
}

fn endpoint(data: &Value) -> Finding {
    let endpoint = text(data, "blobEndpoint").unwrap_or("");
    let host = endpoint.trim_end_matches('/');
    if host.ends_with(facts::BLOB_ENDPOINT_SUFFIX) && host.starts_with("https://") {
        Finding::new(
            CheckId::Endpoint,
            Status::Pass,
            msg!("azure-preflight-endpoint-ok", endpoint = host),
        )
    } else {
        Finding::new(
            CheckId::Endpoint,
            Status::Fail,
            msg!("azure-preflight-endpoint-other-cloud", endpoint = host),
        )
        .fix_with(msg!("azure-preflight-fix-connection-string"), None)
    }
}

fn shared_key(data: &Value) -> Finding {
    // null means allowed (Microsoft: "The default value is null, which is equivalent to true").
    if data.get("allowSharedKeyAccess").and_then(Value::as_bool) == Some(false) {
        Finding::new(
            CheckId::SharedKey,
            Status::Fail,
            msg!("azure-preflight-shared-key-off"),
        )
        .fix_with(msg!("azure-preflight-fix-shared-key"), None)
    } else {
        Finding::new(
            CheckId::SharedKey,
            Status::Pass,
            msg!("azure-preflight-shared-key-on"),
        )
    }
}

fn network(data: &Value) -> Finding {
    let disabled =
        text(data, "publicNetworkAccess").is_some_and(|v| v.eq_ignore_ascii_case("Disabled"));
    let deny = text(data, "defaultAction").is_some_and(|v| v.eq_ignore_ascii_case("Deny"));
    let id = CheckId::NetworkAccess;
    if disabled {
        Finding::new(id, Status::Fail, msg!("azure-preflight-network-disabled"))
            .fix_with(msg!("azure-preflight-fix-network"), None)
    } else if deny {
        Finding::new(id, Status::Warn, msg!("azure-preflight-network-firewall"))
            .fix_with(msg!("azure-preflight-fix-network"), None)
    } else {
        Finding::new(id, Status::Pass, msg!("azure-preflight-network-open"))
    }
}

fn container(record: Option<&Record>, setup: &AzureSetup) -> Finding {
    let id = CheckId::ContainerExists;
    match record {
        Some(r) if r.status == CallStatus::Ok => Finding::new(
            id,
            Status::Pass,
            msg!("azure-preflight-container-ok", container = &setup.container),
        ),
        Some(r) if r.status == CallStatus::Missing => Finding::new(
            id,
            Status::Fail,
            msg!(
                "azure-preflight-container-missing",
                container = &setup.container,
                account = &setup.storage_account
            ),
        )
        .fix_with(
            msg!("azure-preflight-fix-create"),
            Some(AzureSnippet::CliScript),
        ),
        Some(r) if r.status == CallStatus::Denied => Finding::new(
            id,
            Status::Unknown,
            msg!(
                "azure-preflight-container-denied",
                container = &setup.container
            ),
        ),
        other => not_read(id, other, "storage container show"),
    }
}

fn role(report: &AzureReport, setup: &AzureSetup, account: Option<&Value>) -> Finding {
    let id = CheckId::RoleAssignment;
    let record = report.find("role-assignment");
    let Some(r) = record.filter(|r| r.status == CallStatus::Ok) else {
        return not_read(id, record, "role assignment list");
    };
    let Some(assignments) = parse::assignments_from_value(&r.data) else {
        return not_read(id, None, "role assignment list");
    };
    let definitions = report
        .find("role-definitions")
        .filter(|d| d.status == CallStatus::Ok)
        .and_then(|d| serde_json::from_value::<Vec<parse::RoleDefinition>>(d.data.clone()).ok())
        .unwrap_or_default();
    let target = Target {
        account: setup.storage_account.clone(),
        container: setup.container.clone(),
        resource_group: setup.resource_group.clone(),
        account_id: account.and_then(|d| text(d, "id")).map(str::to_owned),
        principal: Principal::AllListed,
    };
    let judgement = checker::judge(&assignments, &definitions, &target);
    let broad = judgement.findings.iter().any(|f| {
        matches!(
            f,
            checker::Finding::BroadScope { .. } | checker::Finding::BroadRole { .. }
        )
    });
    let (status, message) = match judgement.verdict {
        Verdict::Sufficient if broad => (
            Status::Warn,
            msg!("azure-preflight-role-broad", role = facts::ROLE_NAME),
        ),
        Verdict::Sufficient => (
            Status::Pass,
            msg!("azure-preflight-role-ok", role = facts::ROLE_NAME),
        ),
        _ if judgement
            .findings
            .iter()
            .any(|f| matches!(f, checker::Finding::BelowAccount { .. })) =>
        {
            (
                Status::Fail,
                msg!("azure-preflight-role-container", role = facts::ROLE_NAME),
            )
        }
        _ => (
            Status::Fail,
            msg!("azure-preflight-role-missing", role = facts::ROLE_NAME),
        ),
    };
    let finding = Finding::new(id, status, message);
    match status {
        Status::Pass => finding,
        _ => finding.fix_with(
            msg!("azure-check-fix-assign", role = facts::ROLE_NAME),
            Some(AzureSnippet::CliScript),
        ),
    }
}
