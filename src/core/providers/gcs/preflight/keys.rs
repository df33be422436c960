//! The service account's user-managed keys, as the script lists them: validity dates and
//! whether each is disabled, nothing else. The key uploaded to Braze should be one of them, but the
//! list cannot say which (nor whether), so the finding speaks of the keys that can still sign in.

use serde_json::Value;

use super::super::facts::{CREDENTIAL_EXPIRY, KEY_EXPIRY_WARNING_DAYS, KEY_ROTATION_DAYS};
use super::finding::{unknown, Finding, GcsCheck};
use super::report::GcsPreflightReport;
use super::script::KEYS_LIST;
use crate::core::preflight::{CallStatus, Status};
use crate::msg;

const DAY: i64 = 86_400;

/// Seconds since the Unix epoch of an RFC 3339 time in UTC as Google prints it
/// (`2024-05-01T12:00:00Z`, `2024-05-01T12:00:00.123456Z`); `None` for anything else.
pub fn epoch_seconds(text: &str) -> Option<i64> {
    let text = text.strip_suffix('Z')?;
    let (date, time) = text.split_once('T')?;
    let mut date_parts = date.splitn(3, '-');
    let year: i64 = date_parts.next()?.parse().ok()?;
    let month: i64 = date_parts.next()?.parse().ok()?;
    let day: i64 = date_parts.next()?.parse().ok()?;
    let time = time.split('.').next()?;
    let mut time_parts = time.splitn(3, ':');
    let hour: i64 = time_parts.next()?.parse().ok()?;
    let minute: i64 = time_parts.next()?.parse().ok()?;
    let second: i64 = time_parts.next()?.parse().ok()?;
    if !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
        || hour > 23
        || minute > 59
        || second > 60
        || !(0..=9999).contains(&year)
    {
        return None;
    }
    Some(days_from_civil(year, month, day) * DAY + hour * 3600 + minute * 60 + second)
}

/// Howard Hinnant's `days_from_civil`: days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = if month > 2 { month - 3 } else { month + 9 };
    let doy = (153 * m + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// One key as listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Key {
    valid_after: i64,
    valid_before: i64,
    disabled: bool,
}

fn keys(data: &Value) -> Option<Vec<Key>> {
    data.as_array()?
        .iter()
        .map(|key| {
            Some(Key {
                valid_after: epoch_seconds(key.get("validAfterTime")?.as_str()?)?,
                valid_before: epoch_seconds(key.get("validBeforeTime")?.as_str()?)?,
                disabled: key.get("disabled").and_then(Value::as_bool) == Some(true),
            })
        })
        .collect()
}

/// The finding on the service account's keys at `now`.
pub(super) fn finding(report: &GcsPreflightReport, now: i64) -> Finding {
    let id = GcsCheck::ServiceAccountKey;
    let record = report.find(KEYS_LIST, "service-account", None);
    let Some(listed) = record
        .filter(|r| r.status == CallStatus::Ok)
        .and_then(|r| keys(&r.data))
    else {
        return unknown(id, record, KEYS_LIST);
    };
    let usable: Vec<&Key> = listed
        .iter()
        .filter(|k| !k.disabled && k.valid_after <= now && now < k.valid_before)
        .collect();
    let fix = msg!("gcs-preflight-key-fix");
    if listed.is_empty() {
        return Finding::new(id, Status::Fail, msg!("gcs-preflight-key-none")).fix(fix);
    }
    if usable.is_empty() {
        return Finding::new(
            id,
            Status::Fail,
            msg!("gcs-preflight-key-unusable", count = listed.len()),
        )
        .fix(fix);
    }
    let last_end = usable.iter().map(|k| k.valid_before).max().unwrap_or(now);
    let days_left = (last_end - now) / DAY;
    if days_left < KEY_EXPIRY_WARNING_DAYS {
        return Finding::new(
            id,
            Status::Warn,
            msg!(
                "gcs-preflight-key-expiring",
                days = days_left.max(0) as u64 as usize,
                window = CREDENTIAL_EXPIRY.days_today,
                hours = CREDENTIAL_EXPIRY.hours_earlier
            ),
        )
        .fix(msg!("gcs-preflight-key-rotate-fix"));
    }
    let newest = usable.iter().map(|k| k.valid_after).max().unwrap_or(now);
    let age = (now - newest) / DAY;
    if age > KEY_ROTATION_DAYS {
        return Finding::new(
            id,
            Status::Warn,
            msg!(
                "gcs-preflight-key-old",
                days = age as u64 as usize,
                limit = KEY_ROTATION_DAYS as u64 as usize
            ),
        )
        .fix(msg!("gcs-preflight-key-rotate-fix"));
    }
    Finding::new(
        id,
        Status::Pass,
        msg!("gcs-preflight-key-pass", count = usable.len()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_google_times() {
        assert_eq!(epoch_seconds("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(epoch_seconds("2000-03-01T00:00:00.5Z"), Some(951_868_800));
        assert!(epoch_seconds("9999-12-31T23:59:59Z").is_some());
        assert_eq!(epoch_seconds("2024-13-01T00:00:00Z"), None);
        assert_eq!(epoch_seconds("2024-01-01 00:00:00"), None);
    }
}
