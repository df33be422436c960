//! A user's access keys: one active, and not older than AWS's rotation advice.

use serde_json::Value;

use super::finding::{unknown, CheckId, Finding, Status};
use super::report::{CallStatus, PreflightReport};
use crate::core::text::Arg;
use crate::msg;

/// Days after which the newest active access key should be rotated.
pub const KEY_ROTATION_DAYS: i64 = 90;

/// Days since 1970-01-01 of a date written `YYYY-MM-DD…` (the CLI's v1 and v2 forms).
fn days_of(date: &str) -> Option<i64> {
    let part = |range: std::ops::Range<usize>| date.get(range)?.parse::<i64>().ok();
    let (y, m, d) = (part(0..4)?, part(5..7)?, part(8..10)?);
    if date.get(4..5) != Some("-") || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

pub(super) fn access_key(report: &PreflightReport, now: i64) -> Finding {
    let id = CheckId::AccessKey;
    let record = report.find("list-access-keys", "user");
    let Some(keys) = record
        .filter(|r| r.status == CallStatus::Ok)
        .and_then(|r| r.data.as_array())
    else {
        return unknown(id, record, "list-access-keys");
    };
    let active: Vec<&Value> = keys
        .iter()
        .filter(|k| k.get("Status").and_then(Value::as_str) == Some("Active"))
        .collect();
    if active.is_empty() {
        return Finding::new(id, Status::Fail, msg!("preflight-key-none-active"))
            .fix(msg!("preflight-key-create-fix"));
    }
    let newest = active
        .iter()
        .filter_map(|k| days_of(k.get("CreateDate")?.as_str()?))
        .max();
    let Some(created) = newest else {
        return Finding::new(
            id,
            Status::Pass,
            msg!("preflight-key-active-undated", count = active.len()),
        );
    };
    let days = (now.div_euclid(86_400) - created).max(0);
    let age = u64::try_from(days).unwrap_or(0);
    if days > KEY_ROTATION_DAYS {
        Finding::new(
            id,
            Status::Warn,
            msg!("preflight-key-old", days = Arg::Number(age)),
        )
        .fix(msg!("preflight-key-rotate-fix"))
    } else {
        Finding::new(
            id,
            Status::Pass,
            msg!(
                "preflight-key-pass",
                count = active.len(),
                days = Arg::Number(age)
            ),
        )
    }
}
