//! The app registration's checks: the tenant, the app and its service principal, and the
//! certificate's dates (the latest end date: expired fails, within 30 days warns).

use super::super::facts;
use super::super::setup::AzureSetup;
use super::super::snippets::AzureSnippet;
use super::finding::{not_read, text, CheckId, Finding, Status};
use super::parse_time;
use crate::core::preflight::{CallStatus, Record};
use crate::msg;

const DAY: i64 = 86_400;

pub(super) fn tenant(record: Option<&Record>, setup: &AzureSetup) -> Finding {
    let id = CheckId::Tenant;
    match record {
        Some(r) if r.status == CallStatus::Ok => {
            let found = text(&r.data, "tenantId").unwrap_or("");
            if found.eq_ignore_ascii_case(&setup.tenant_id) {
                Finding::new(
                    id,
                    Status::Pass,
                    msg!("azure-preflight-tenant-ok", tenant = found),
                )
            } else {
                Finding::new(
                    id,
                    Status::Fail,
                    msg!(
                        "azure-preflight-tenant-differs",
                        found = found,
                        typed = &setup.tenant_id
                    ),
                )
                .fix_with(msg!("azure-preflight-fix-tenant"), None)
            }
        }
        other => not_read(id, other, "account show"),
    }
}

pub(super) fn exists(id: CheckId, record: Option<&Record>, setup: &AzureSetup) -> Finding {
    let (call, ok, missing) = match id {
        CheckId::AppRegistration => (
            "ad app show",
            msg!("azure-preflight-app-ok", client = &setup.client_id),
            msg!("azure-preflight-app-missing", client = &setup.client_id),
        ),
        _ => (
            "ad sp show",
            msg!("azure-preflight-sp-ok", client = &setup.client_id),
            msg!("azure-preflight-sp-missing", client = &setup.client_id),
        ),
    };
    match record {
        Some(r) if r.status == CallStatus::Ok => Finding::new(id, Status::Pass, ok),
        Some(r) if r.status == CallStatus::Missing => Finding::new(id, Status::Fail, missing)
            .fix_with(
                msg!("azure-preflight-fix-create"),
                Some(AzureSnippet::CliScript),
            ),
        other => not_read(id, other, call),
    }
}

pub(super) fn certificate_dates(record: Option<&Record>, now: i64) -> Finding {
    let id = CheckId::Certificate;
    let Some(r) = record.filter(|r| r.status == CallStatus::Ok) else {
        return not_read(id, record, "ad app credential list");
    };
    let ends: Vec<(i64, &str)> = r
        .data
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|c| text(c, "endDateTime"))
                .filter_map(|t| parse_time(t).map(|s| (s, t)))
                .collect()
        })
        .unwrap_or_default();
    let upload = |f: Finding| {
        f.fix_with(
            msg!("azure-preflight-fix-certificate"),
            Some(AzureSnippet::Certificate),
        )
    };
    let Some((end, end_text)) = ends.iter().max_by_key(|(s, _)| *s).copied() else {
        return upload(Finding::new(
            id,
            Status::Fail,
            msg!("azure-preflight-certificate-none"),
        ));
    };
    let date = end_text.get(..10).unwrap_or(end_text);
    let days = (end - now).div_euclid(DAY);
    if end <= now {
        upload(Finding::new(
            id,
            Status::Fail,
            msg!("azure-preflight-certificate-expired", date = date),
        ))
    } else if end - now <= facts::CERTIFICATE_WARN_DAYS * DAY {
        upload(Finding::new(
            id,
            Status::Warn,
            msg!(
                "azure-preflight-certificate-soon",
                date = date,
                days = days.max(0) as u64 as usize
            ),
        ))
    } else {
        Finding::new(
            id,
            Status::Pass,
            msg!(
                "azure-preflight-certificate-ok",
                date = date,
                days = days as u64 as usize
            ),
        )
    }
}
