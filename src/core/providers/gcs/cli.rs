//! The gcloud script (`gcs-cli-script`): the custom role (created, or updated when it exists),
//! the service account (created when missing), and the role bound to it on the bucket only,
//! the least privilege Braze needs. No key is created: the reader makes the JSON key in the
//! console and uploads it to Braze, so the secret never passes through a script or this page.
//!
//! The script holds no comment: what it does is said next to it, in the reader's language
//! (`GcsSnippet::notes`). Safety as for Amazon S3's script: every value is assigned once,
//! single-quoted, used only as `"$VAR"`, options written `--name=value`.

use super::plan::Plan;
use crate::core::iac::shell::quote;

/// How often the binding is tried while the new service account becomes visible (Google: it
/// may take 60 seconds or more), and how long to wait between tries.
pub const BINDING_ATTEMPTS: u32 = 7;
pub const BINDING_WAIT_SECONDS: u32 = 10;

/// The flags that set the role's fields, shared by create and update.
fn role_flags(plan: &Plan) -> String {
    format!(
        "--title={} --description={} --stage={} --permissions={}",
        quote(&plan.role.title),
        quote(&plan.role.description),
        plan.role.stage,
        plan.role.included_permissions.join(",")
    )
}

/// The whole script.
pub fn script(plan: &Plan) -> String {
    let role = role_flags(plan);
    let lines = [
        "#!/usr/bin/env bash".to_owned(),
        "set -euo pipefail".to_owned(),
        String::new(),
        format!("PROJECT_ID={}", quote(&plan.project_id)),
        format!("BUCKET={}", quote(&plan.bucket)),
        format!("ROLE_ID={}", quote(&plan.role_id)),
        format!("SERVICE_ACCOUNT={}", quote(&plan.service_account)),
        "SERVICE_ACCOUNT_EMAIL=\"${SERVICE_ACCOUNT}@${PROJECT_ID}.iam.gserviceaccount.com\""
            .to_owned(),
        String::new(),
        "if gcloud iam roles describe \"$ROLE_ID\" --project=\"$PROJECT_ID\" >/dev/null 2>&1; then"
            .to_owned(),
        format!("  gcloud iam roles update \"$ROLE_ID\" --project=\"$PROJECT_ID\" {role} --quiet"),
        "else".to_owned(),
        format!("  gcloud iam roles create \"$ROLE_ID\" --project=\"$PROJECT_ID\" {role} --quiet"),
        "fi".to_owned(),
        String::new(),
        "if ! gcloud iam service-accounts describe \"$SERVICE_ACCOUNT_EMAIL\" --project=\"$PROJECT_ID\" >/dev/null 2>&1; then".to_owned(),
        format!(
            "  gcloud iam service-accounts create \"$SERVICE_ACCOUNT\" --project=\"$PROJECT_ID\" --display-name={} --description={} --quiet",
            quote(&plan.role.title),
            quote("Braze writes its exports to one Cloud Storage bucket with this account's JSON key.")
        ),
        "fi".to_owned(),
        String::new(),
        "attempt=1".to_owned(),
        "until gcloud storage buckets add-iam-policy-binding \"gs://$BUCKET\" --member=\"serviceAccount:$SERVICE_ACCOUNT_EMAIL\" --role=\"projects/$PROJECT_ID/roles/$ROLE_ID\" --quiet >/dev/null; do".to_owned(),
        format!("  if [ \"$attempt\" -ge {BINDING_ATTEMPTS} ]; then"),
        "    exit 1".to_owned(),
        "  fi".to_owned(),
        "  attempt=$((attempt + 1))".to_owned(),
        format!("  sleep {BINDING_WAIT_SECONDS}"),
        "done".to_owned(),
        String::new(),
        "printf '%s\\n' \"$SERVICE_ACCOUNT_EMAIL\"".to_owned(),
    ];
    let mut out = lines.join("\n");
    out.push('\n');
    out
}
