//! The preflight script: bash that only reads (`head-bucket`, `get-*`, `list-*`), never stops
//! half-way, never prints a credential, and prints one report on standard output.
//!
//! Safety as in the CLI script of [`crate::core::iac::cli`]: every value passes the input
//! rules and [`is_inert`], is assigned once, single-quoted ([`quote`]) and used only as
//! `"$VAR"`; options are written `--name=value`. The answers are embedded as the CLI prints
//! them with `--output json`, new lines removed (JSON strings escape theirs, so only layout
//! goes): one line per call, readable, and no `jq` needed.

use serde_json::json;

use super::report::{END_PREFIX, VERSION_LINE};
use crate::core::config::{AuthMethod, Config};
use crate::core::field::Field;
use crate::core::iac::is_inert;
use crate::core::iac::shell::quote;
use crate::core::outputs::Output;
use crate::core::rules::Report;
use crate::core::text::{Arg, Msg};
use crate::msg;

/// The fields the script is built from (its row of [`crate::core::outputs`]).
fn needs(config: &Config) -> Vec<Field> {
    Output::PreflightScript.needs(config)
}

/// What the script is, what it does not do, and how to run it: the comment under its `#!`
/// line, in the reader's language (see `SnippetBody::Ready::comment`).
pub fn intro(config: &Config) -> Msg {
    let (kind, name) = match config.auth {
        AuthMethod::SecretKey => ("user", config.user_name()),
        AuthMethod::RoleArn => ("role", config.role_name()),
    };
    msg!(
        "preflight-script-intro",
        bucket = &config.bucket,
        kind = Arg::Key(kind),
        name = name
    )
}

/// The script for `config`, or the fields to fix first. `report` is [`Report::new`]`(config)`.
pub fn script(config: &Config, report: &Report) -> Result<String, Vec<Field>> {
    let bad: Vec<Field> = needs(config)
        .into_iter()
        .filter(|f| !report.is_ok(*f) || !is_inert(config.value_or_default(*f)))
        .collect();
    if !bad.is_empty() {
        return Err(bad);
    }
    let name = match config.auth {
        AuthMethod::SecretKey => config.user_name(),
        AuthMethod::RoleArn => config.role_name(),
    };
    let mut header = json!({
        "preflight": 1,
        "bucket": config.bucket,
        "auth": config.auth.key(),
        "name": name,
        "integration": config.integration.key(),
    });
    if config.auth == AuthMethod::RoleArn {
        header["braze_account"] = json!(config.braze_account);
        header["external_id"] = json!(config.external_id);
    }
    let principal_calls = match config.auth {
        AuthMethod::SecretKey => USER_CALLS,
        AuthMethod::RoleArn => ROLE_CALLS,
    };
    Ok(assemble(&Layout {
        values: &[("BUCKET", &config.bucket), ("NAME", name)],
        derived: &["export AWS_PAGER=''"],
        functions: FUNCTIONS,
        header: &header,
        calls: &[BUCKET_CALLS, principal_calls],
    }))
}

/// How every provider's preflight script is laid out, top to bottom.
pub(crate) struct Layout<'a> {
    /// The reader's values, each assigned once, single-quoted ([`quote`]).
    pub values: &'a [(&'a str, &'a str)],
    /// Lines that follow them: settings, and values made of values.
    pub derived: &'a [&'a str],
    /// The provider's functions, after the shared [`PRELUDE`].
    pub functions: &'a [&'a str],
    /// The report's second line: the values it is for.
    pub header: &'a serde_json::Value,
    /// The calls, in groups.
    pub calls: &'a [&'a [&'a str]],
}

/// The script `layout` describes. What the script is and how to run it is written under its
/// `#!` line by the view, in the reader's language (its only comment, so that all a reader reads
/// in it is in their language; what its functions do is said here, in Rust comments).
pub(crate) fn assemble(layout: &Layout) -> String {
    let mut lines: Vec<String> = vec![
        "#!/usr/bin/env bash".into(),
        "set -u".into(),
        "set -f".into(),
    ];
    lines.push(String::new());
    lines.extend(
        layout
            .values
            .iter()
            .map(|(name, value)| format!("{name}={}", quote(value))),
    );
    lines.extend(layout.derived.iter().map(|l| (*l).to_owned()));
    lines.push(String::new());
    lines.extend(
        PRELUDE
            .iter()
            .chain(layout.functions)
            .map(|l| (*l).to_owned()),
    );
    // The report: its version, the values it is for, one line per call, its end.
    lines.push(format!("printf '%s\\n' {}", quote(VERSION_LINE)));
    lines.push(format!(
        "printf '%s\\n' {}",
        quote(&layout.header.to_string())
    ));
    for group in layout.calls {
        lines.push(String::new());
        lines.extend(group.iter().map(|l| (*l).to_owned()));
    }
    lines.push(String::new());
    lines.push(format!("printf '{END_PREFIX}%s\\n' \"$RECORDS\""));
    lines.push(
        "say 'done: paste everything from the line \"# braze-s3-companion preflight v1\" to \"# end\".'"
            .into(),
    );
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// The opening of every provider's preflight script: a work folder removed on exit, the
/// record count, `say` for the reader (on stderr, out of the report), `json_str`, and the two
/// halves every provider's `record` shares: `answered` (a call's JSON answer) and `emit` (the
/// report's line). Only how a failed call's error is read differs between the CLIs.
const PRELUDE: &[&str] = &[
    "WORKDIR=\"$(mktemp -d 2>/dev/null || mktemp -d -t preflight)\"",
    "trap 'rm -rf \"$WORKDIR\"' EXIT",
    "RECORDS=0",
    "",
    "say() { printf 'preflight: %s\\n' \"$*\" >&2; }",
    "",
    // A JSON string of $1: backslashes and quotes escaped, control characters dropped.
    "json_str() {",
    "  local s",
    "  s=\"$(printf '%s' \"$1\" | tr -d '\\000-\\037')\"",
    "  s=\"${s//\\\\/\\\\\\\\}\"",
    "  s=\"${s//\\\"/\\\\\\\"}\"",
    "  printf '\"%s\"' \"$s\"",
    "}",
    "",
    // answered RC OUT: how the call that returned RC went. Succeeded: its answer on one line as
    // `data` (null when empty; an answer that is not JSON is an error). Failed (returns 1):
    // `data` null and `err` the CLI's error text, for the caller to read its code from.
    // Sets the caller's `status code data err`.
    "answered() {",
    "  code=''",
    "  data=null",
    "  if [ \"$1\" -ne 0 ]; then",
    "    status=error",
    "    err=\"$(cat \"$WORKDIR/err\" 2>/dev/null)\"",
    "    return 1",
    "  fi",
    "  status=ok",
    "  data=\"$(printf '%s' \"$2\" | tr -d '\\r\\n')\"",
    "  case \"$data\" in",
    "    ''|null) data=null ;;",
    "    '{'*'}'|'['*']') ;;",
    "    *) data=null; status=error; code=not-json ;;",
    "  esac",
    "}",
    "",
    // emit CHECK CALL VIA SUBJECT: one line of the report, from the caller's `status code data`.
    "emit() {",
    "  RECORDS=$((RECORDS + 1))",
    "  printf '{\"check\":\"%s\",\"call\":%s,\"via\":%s,\"subject\":%s,\"status\":\"%s\",\"error\":%s,\"data\":%s}\\n' \\",
    "    \"$1\" \"$(json_str \"$2\")\" \"$(json_str \"$3\")\" \"$(json_str \"$4\")\" \"$status\" \\",
    "    \"$([ -n \"$code\" ] && json_str \"$code\" || printf null)\" \"$data\"",
    "}",
    "",
];

const FUNCTIONS: &[&str] = &[
    // record CHECK VIA SUBJECT SERVICE OPERATION [OPTIONS...]: runs one read-only call of the
    // AWS CLI and prints one line of the report: how the call went, and its JSON answer.
    "record() {",
    "  local check=\"$1\" via=\"$2\" subject=\"$3\" service=\"$4\" operation=\"$5\"",
    "  shift 5",
    "  local out rc status code data err",
    "  out=\"$(aws \"$service\" \"$operation\" \"$@\" --output json 2>\"$WORKDIR/err\")\"",
    "  rc=$?",
    "  if ! answered \"$rc\" \"$out\"; then",
    "    code=\"$(printf '%s' \"$err\" | sed -n 's/.*An error occurred (\\([A-Za-z0-9._-]*\\)).*/\\1/p' | head -n 1)\"",
    "    case \"$code\" in",
    "      AccessDenied|AccessDeniedException|403|Forbidden|UnauthorizedOperation|AllAccessDisabled) status=denied ;;",
    "      NoSuchEntity|NoSuchBucket|NoSuchBucketPolicy|404|NotFound|ServerSideEncryptionConfigurationNotFoundError|ObjectLockConfigurationNotFoundError) status=missing ;;",
    "      *)",
    "        case \"$err\" in",
    "          *'not authorized'*|*AccessDenied*) status=denied ;;",
    "          *) status=error ;;",
    "        esac ;;",
    "    esac",
    "    [ -n \"$code\" ] || code=\"exit-$rc\"",
    "    say \"$operation $subject: $status ($code)\"",
    "  fi",
    "  emit \"$check\" \"$operation\" \"$via\" \"$subject\"",
    "}",
    "",
    // words SERVICE OPERATION [OPTIONS...]: the answer of a --query as words (names and ARNs
    // hold no spaces); nothing when the call fails (its own record says why).
    "words() {",
    "  local w",
    "  for w in $(aws \"$@\" --output text 2>/dev/null); do",
    "    [ \"$w\" = None ] || printf '%s\\n' \"$w\"",
    "  done",
    "}",
    "",
    // managed CHECK VIA ARN: the default version of a managed policy.
    "managed() {",
    "  local version",
    "  version=\"$(aws iam get-policy --policy-arn=\"$3\" --query='Policy.DefaultVersionId' --output text 2>/dev/null)\"",
    "  if [ -n \"$version\" ] && [ \"$version\" != None ]; then",
    "    record \"$1\" \"$2\" \"$3\" iam get-policy-version --policy-arn=\"$3\" --version-id=\"$version\"",
    "  else",
    "    record \"$1\" \"$2\" \"$3\" iam get-policy --policy-arn=\"$3\"",
    "  fi",
    "}",
    "",
    // policies KIND NAME VIA: the managed and inline policies of a user, group or role.
    "policies() {",
    "  local kind=\"$1\" name=\"$2\" via=\"$3\" arn policy",
    "  record identity-policy \"$via\" \"$name\" iam \"list-attached-$kind-policies\" \"--$kind-name=$name\"",
    "  for arn in $(words iam \"list-attached-$kind-policies\" \"--$kind-name=$name\" --query='AttachedPolicies[].PolicyArn'); do",
    "    managed identity-policy \"$via\" \"$arn\"",
    "  done",
    "  record identity-policy \"$via\" \"$name\" iam \"list-$kind-policies\" \"--$kind-name=$name\"",
    "  for policy in $(words iam \"list-$kind-policies\" \"--$kind-name=$name\" --query='PolicyNames[]'); do",
    "    record identity-policy \"$via\" \"$policy\" iam \"get-$kind-policy\" \"--$kind-name=$name\" \"--policy-name=$policy\"",
    "  done",
    "}",
    "",
    // boundary KIND: the permissions boundary of the user or role, if set.
    "boundary() {",
    "  local arn",
    "  for arn in $(words iam \"get-$1\" \"--$1-name=$NAME\" --query=\"$2.PermissionsBoundary.PermissionsBoundaryArn\"); do",
    "    managed permissions-boundary boundary \"$arn\"",
    "  done",
    "}",
    "",
];

const BUCKET_CALLS: &[&str] = &[
    "say \"bucket $BUCKET\"",
    "record bucket-exists bucket \"$BUCKET\" s3api head-bucket --bucket=\"$BUCKET\"",
    "record bucket-region bucket \"$BUCKET\" s3api get-bucket-location --bucket=\"$BUCKET\"",
    "record default-encryption bucket \"$BUCKET\" s3api get-bucket-encryption --bucket=\"$BUCKET\"",
    "record object-lock bucket \"$BUCKET\" s3api get-object-lock-configuration --bucket=\"$BUCKET\"",
    "record bucket-policy bucket \"$BUCKET\" s3api get-bucket-policy --bucket=\"$BUCKET\"",
];

const USER_CALLS: &[&str] = &[
    "say \"IAM user $NAME\"",
    "record identity-policy user \"$NAME\" iam get-user --user-name=\"$NAME\"",
    "policies user \"$NAME\" user",
    "record identity-policy user \"$NAME\" iam list-groups-for-user --user-name=\"$NAME\"",
    "for group in $(words iam list-groups-for-user --user-name=\"$NAME\" --query='Groups[].GroupName'); do",
    "  policies group \"$group\" \"group:$group\"",
    "done",
    "boundary user User",
    // Access keys: status and creation date only (no key ID, never a secret).
    "record access-key user \"$NAME\" iam list-access-keys --user-name=\"$NAME\" --query='AccessKeyMetadata[].{Status: Status, CreateDate: CreateDate}'",
];

const ROLE_CALLS: &[&str] = &[
    "say \"IAM role $NAME\"",
    "record trust-policy role \"$NAME\" iam get-role --role-name=\"$NAME\"",
    "policies role \"$NAME\" role",
    "boundary role Role",
];
