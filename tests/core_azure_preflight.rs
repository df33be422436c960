//! The Azure preflight's judging on crafted reports (docs/facts.md, "Azure Blob Storage"): the
//! report reader, each check's status, the certificate's dates, reports for other values,
//! and the two providers' readers refusing each other's reports.

use braze_s3_companion::core::config::Integration;
use braze_s3_companion::core::preflight::{self as s3, ReportProblem, VERSION_LINE};
use braze_s3_companion::core::providers::azure::preflight::{self, parse_time, Status};
use braze_s3_companion::core::providers::azure::rules::Report;
use braze_s3_companion::core::providers::azure::{AzureAuth, AzureField, AzureSetup};
use serde_json::{json, Value};

const NOW: i64 = 1_800_000_000;
const DAY: i64 = 86_400;
const SUB: &str = "00000000-1111-2222-3333-444444444444";
const CLIENT: &str = "22222222-3333-4444-5555-666666666666";
const TENANT: &str = "11111111-2222-3333-4444-555555555555";

fn setup(auth: AzureAuth) -> AzureSetup {
    AzureSetup {
        integration: Integration::Currents,
        auth,
        storage_account: "brazedata01".into(),
        container: "braze-exports".into(),
        prefix: String::new(),
        resource_group: "braze-rg".into(),
        tenant_id: TENANT.into(),
        client_id: CLIENT.into(),
    }
}

fn record(check: &str, status: &str, data: Value) -> Value {
    json!({"check": check, "call": check, "via": "account", "subject": "x", "status": status,
           "error": if status == "ok" { Value::Null } else { json!("Code") }, "data": data})
}

fn report(s: &AzureSetup, records: &[Value]) -> String {
    let mut lines = vec![
        "user@host:~$ bash preflight.sh".to_owned(),
        VERSION_LINE.to_owned(),
        preflight::header(s).to_string(),
    ];
    lines.extend(records.iter().map(Value::to_string));
    lines.push(format!("# end {}", records.len()));
    lines.join("\n")
}

fn account(extra: Value) -> Value {
    let mut data = json!({
        "id": format!("/subscriptions/{SUB}/resourceGroups/braze-rg/providers/Microsoft.Storage/storageAccounts/brazedata01"),
        "kind": "StorageV2", "isHnsEnabled": false, "allowSharedKeyAccess": null,
        "publicNetworkAccess": "Enabled", "defaultAction": "Allow",
        "blobEndpoint": "https://brazedata01.blob.core.windows.net/"
    });
    for (k, v) in extra.as_object().unwrap() {
        data[k] = v.clone();
    }
    data
}

fn statuses(s: &AzureSetup, records: &[Value]) -> Vec<(&'static str, &'static str)> {
    let parsed = preflight::read_report(&report(s, records)).expect("a report");
    preflight::check(&parsed, s, NOW)
        .iter()
        .map(|f| (f.id.key(), f.status.key()))
        .collect()
}

fn iso(t: i64) -> String {
    // Written by hand from the epoch (2027-01-15T08:00:00Z is 1,800,000,000).
    let days = t.div_euclid(DAY);
    let secs = t.rem_euclid(DAY);
    format!("@{days}:{secs}")
}

#[test]
fn times_parse_as_graph_writes_them() {
    assert_eq!(parse_time("1970-01-01T00:00:00Z"), Some(0));
    assert_eq!(parse_time("2027-01-15T08:00:00Z"), Some(NOW));
    assert_eq!(parse_time("2027-01-15T08:00:00+00:00"), Some(NOW));
    assert_eq!(parse_time("2027-01-15T10:00:00.1234567+02:00"), Some(NOW));
    assert_eq!(parse_time("2027-01-15T03:00:00-0500"), Some(NOW));
    assert_eq!(parse_time("2000-02-29T00:00:00Z"), Some(951_782_400));
    for bad in [
        "",
        "2027-13-01T00:00:00Z",
        "yesterday",
        "2027-01-15",
        iso(NOW).as_str(),
    ] {
        assert_eq!(parse_time(bad), None, "{bad}");
    }
}

#[test]
fn connection_string_account_right_and_wrong() {
    let s = setup(AzureAuth::ConnectionString);
    let ok = [
        record(
            "tenant",
            "ok",
            json!({"tenantId": TENANT, "subscriptionId": SUB}),
        ),
        record("storage-account", "ok", account(json!({}))),
        record("container-exists", "ok", json!({"name": "braze-exports"})),
    ];
    assert_eq!(
        statuses(&s, &ok),
        [
            ("storage-account", "pass"),
            ("shared-key", "pass"),
            ("network-access", "pass"),
            ("container-exists", "pass")
        ]
    );
    let wrong = [
        record(
            "storage-account",
            "ok",
            account(json!({"allowSharedKeyAccess": false, "publicNetworkAccess": "Disabled"})),
        ),
        record("container-exists", "missing", Value::Null),
    ];
    assert_eq!(
        statuses(&s, &wrong),
        [
            ("storage-account", "pass"),
            ("shared-key", "fail"),
            ("network-access", "fail"),
            ("container-exists", "fail")
        ]
    );
    let firewall = [record(
        "storage-account",
        "ok",
        account(json!({"defaultAction": "Deny", "kind": "FileStorage"})),
    )];
    assert_eq!(
        statuses(&s, &firewall),
        [
            ("storage-account", "fail"),
            ("shared-key", "pass"),
            ("network-access", "warn"),
            ("container-exists", "unknown")
        ]
    );
    let none = [
        record("storage-account", "missing", Value::Null),
        record("container-exists", "denied", Value::Null),
    ];
    assert_eq!(
        statuses(&s, &none),
        [("storage-account", "fail"), ("container-exists", "unknown")]
    );
}

fn certificate_records(end: i64, scope: &str, role: &str) -> Vec<Value> {
    let end = chrono_free(end);
    vec![
        record(
            "tenant",
            "ok",
            json!({"tenantId": TENANT, "subscriptionId": SUB}),
        ),
        record("storage-account", "ok", account(json!({}))),
        record("container-exists", "ok", json!({"name": "braze-exports"})),
        record("app-registration", "ok", json!({"appId": CLIENT})),
        record(
            "service-principal",
            "ok",
            json!({"id": "x", "appId": CLIENT}),
        ),
        record(
            "certificate",
            "ok",
            json!([{"startDateTime": "2025-01-01T00:00:00Z", "endDateTime": end}]),
        ),
        record(
            "role-assignment",
            "ok",
            json!([{
                "scope": scope,
                "roleDefinitionId": format!("/subscriptions/{SUB}/providers/Microsoft.Authorization/roleDefinitions/{role}"),
                "roleDefinitionName": "r", "principalType": "ServicePrincipal", "principalName": CLIENT, "condition": null
            }]),
        ),
        record("role-definitions", "ok", json!([])),
    ]
}

/// An ISO date for `t`, computed with the civil-from-days algorithm written out here
/// (independent of the code under test).
fn chrono_free(t: i64) -> String {
    let z = t.div_euclid(DAY) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let s = t.rem_euclid(DAY);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

const SBDC: &str = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";

fn account_scope() -> String {
    format!("/subscriptions/{SUB}/resourceGroups/braze-rg/providers/Microsoft.Storage/storageAccounts/brazedata01")
}

fn status_of(list: &[(&'static str, &'static str)], id: &str) -> &'static str {
    list.iter()
        .find(|(i, _)| *i == id)
        .map(|(_, s)| *s)
        .unwrap_or("absent")
}

#[test]
fn certificate_dates() {
    let s = setup(AzureAuth::CertificateServicePrincipal);
    let at = |end: i64| {
        status_of(
            &statuses(&s, &certificate_records(end, &account_scope(), SBDC)),
            "certificate",
        )
    };
    assert_eq!(at(NOW + 400 * DAY), "pass");
    assert_eq!(at(NOW + 31 * DAY), "pass");
    assert_eq!(at(NOW + 30 * DAY), "warn", "within 30 days");
    assert_eq!(at(NOW + 60), "warn");
    assert_eq!(at(NOW), "fail", "ended now");
    assert_eq!(at(NOW - DAY), "fail");
    let mut none = certificate_records(NOW, &account_scope(), SBDC);
    none[5] = record("certificate", "ok", json!([]));
    assert_eq!(status_of(&statuses(&s, &none), "certificate"), "fail");
    // Two certificates during a renewal: the latest decides.
    let mut two = certificate_records(NOW - DAY, &account_scope(), SBDC);
    two[5] = record(
        "certificate",
        "ok",
        json!([
        {"endDateTime": chrono_free(NOW - DAY)}, {"endDateTime": chrono_free(NOW + 700 * DAY)}]),
    );
    assert_eq!(status_of(&statuses(&s, &two), "certificate"), "pass");
}

#[test]
fn certificate_case_right_and_wrong() {
    let s = setup(AzureAuth::CertificateServicePrincipal);
    let right = statuses(
        &s,
        &certificate_records(NOW + 400 * DAY, &account_scope(), SBDC),
    );
    assert_eq!(
        right,
        [
            ("storage-account", "pass"),
            ("endpoint", "pass"),
            ("network-access", "pass"),
            ("container-exists", "pass"),
            ("tenant", "pass"),
            ("app-registration", "pass"),
            ("service-principal", "pass"),
            ("certificate", "pass"),
            ("role-assignment", "pass")
        ]
    );
    let container = format!(
        "{}/blobServices/default/containers/braze-exports",
        account_scope()
    );
    let wrong = statuses(&s, &certificate_records(NOW + 400 * DAY, &container, SBDC));
    assert_eq!(status_of(&wrong, "role-assignment"), "fail");
    let broad = statuses(
        &s,
        &certificate_records(NOW + 400 * DAY, &format!("/subscriptions/{SUB}"), SBDC),
    );
    assert_eq!(
        status_of(&broad, "role-assignment"),
        "warn",
        "works, too broad"
    );
    let owner = statuses(
        &s,
        &certificate_records(
            NOW + 400 * DAY,
            &account_scope(),
            "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
        ),
    );
    assert_eq!(
        status_of(&owner, "role-assignment"),
        "fail",
        "Owner grants no blob data"
    );
    let mut other_tenant = setup(AzureAuth::CertificateServicePrincipal);
    other_tenant.tenant_id = "99999999-2222-3333-4444-555555555555".into();
    let mut records = certificate_records(NOW + 400 * DAY, &account_scope(), SBDC);
    records[0] = record("tenant", "ok", json!({"tenantId": TENANT}));
    let parsed = preflight::read_report(&report(&other_tenant, &records)).unwrap();
    let findings = preflight::check(&parsed, &other_tenant, NOW);
    assert_eq!(
        findings
            .iter()
            .find(|f| f.id.key() == "tenant")
            .unwrap()
            .status,
        Status::Fail
    );
    let mut cloud = certificate_records(NOW + 400 * DAY, &account_scope(), SBDC);
    cloud[1] = record(
        "storage-account",
        "ok",
        account(json!({"blobEndpoint": "https://brazedata01.blob.core.usgovcloudapi.net/"})),
    );
    assert_eq!(status_of(&statuses(&s, &cloud), "endpoint"), "fail");
    let mut missing = certificate_records(NOW + 400 * DAY, &account_scope(), SBDC);
    missing[3] = record("app-registration", "missing", Value::Null);
    missing[6] = record("role-assignment", "denied", Value::Null);
    missing.truncate(7);
    let got = statuses(&s, &missing);
    assert_eq!(status_of(&got, "app-registration"), "fail");
    assert_eq!(status_of(&got, "role-assignment"), "unknown");
}

#[test]
fn a_report_for_other_values_says_so() {
    let s = setup(AzureAuth::CertificateServicePrincipal);
    let records = certificate_records(NOW + 400 * DAY, &account_scope(), SBDC);
    for (field, value) in [
        (AzureField::StorageAccount, "otheraccount"),
        (AzureField::Container, "other"),
        (AzureField::ResourceGroup, "other-rg"),
        (AzureField::ClientId, "44444444-3333-4444-5555-666666666666"),
    ] {
        let mut typed = s.clone();
        typed.set(field, value);
        let parsed = preflight::read_report(&report(&s, &records)).unwrap();
        let findings = preflight::check(&parsed, &typed, NOW);
        assert_eq!(findings.len(), 1, "{field:?}");
        assert_eq!(
            (findings[0].id.key(), findings[0].status),
            ("report", Status::Unknown)
        );
    }
    let parsed = preflight::read_report(&report(&s, &records)).unwrap();
    let conn = AzureSetup {
        auth: AzureAuth::ConnectionString,
        ..s.clone()
    };
    assert_eq!(preflight::check(&parsed, &conn, NOW)[0].id.key(), "report");
}

#[test]
fn each_provider_reads_only_its_own_reports() {
    let s = setup(AzureAuth::ConnectionString);
    let azure = report(&s, &[record("storage-account", "missing", Value::Null)]);
    assert!(matches!(
        s3::read_report(&azure),
        Err(ReportProblem::BadLine { .. })
    ));
    let amazon = format!(
        "{VERSION_LINE}\n{}\n# end 0",
        json!({"preflight": 1, "bucket": "b", "auth": "secret-key", "name": "u", "integration": "currents"})
    );
    assert!(s3::read_report(&amazon).is_ok());
    assert!(matches!(
        preflight::read_report(&amazon),
        Err(ReportProblem::BadLine { .. })
    ));
    let mut cut = azure.clone();
    cut.truncate(azure.len() - 8);
    assert!(preflight::read_report(&cut).is_err());
    assert!(matches!(
        preflight::read_report(&azure.replace("# end 1", "# end 2")),
        Err(ReportProblem::Altered {
            expected: 2,
            found: 1
        })
    ));
}

#[test]
fn the_script_reads_only_and_waits_for_its_fields() {
    let s = setup(AzureAuth::CertificateServicePrincipal);
    let script = preflight::script(&s, &Report::new(&s)).unwrap();
    for forbidden in [
        "keys list",
        "show-connection-string",
        "generate-sas",
        " create ",
        " delete ",
        " reset ",
        "--account-key",
        "--connection-string",
    ] {
        assert!(!script.contains(forbidden), "{forbidden}");
    }
    assert!(script.contains("ad app credential list --id \"$CLIENT_ID\" --cert --query '[].{startDateTime: startDateTime, endDateTime: endDateTime}'"));
    assert!(script.contains("--auth-mode login"));
    let header: Value = preflight::header(&s);
    assert_eq!(header["provider"], "azure-blob-storage");
    let mut empty = s.clone();
    empty.client_id.clear();
    assert_eq!(
        preflight::script(&empty, &Report::new(&empty)),
        Err(vec![AzureField::ClientId])
    );
    let mut export = s.clone();
    export.integration = Integration::DashboardExport;
    assert_eq!(
        preflight::script(&export, &Report::new(&export)),
        Err(vec![])
    );
}

#[test]
fn any_pasted_text_is_read_without_panic() {
    let s = setup(AzureAuth::CertificateServicePrincipal);
    let base = report(&s, &certificate_records(NOW, &account_scope(), SBDC));
    proptest::test_runner::TestRunner::default()
        .run(&("\\PC{0,200}", 0usize..4000), |(noise, at)| {
            let mut text = base.clone();
            let at = (0..=at.min(text.len()))
                .rev()
                .find(|i| text.is_char_boundary(*i))
                .unwrap_or(0);
            text.insert_str(at, &noise);
            if let Ok(parsed) = preflight::read_report(&text) {
                let _ = preflight::check(&parsed, &s, NOW);
            }
            Ok(())
        })
        .unwrap();
}
