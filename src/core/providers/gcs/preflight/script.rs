//! The preflight script: bash of gcloud reads only (`describe`, `list`, `get-iam-policy`),
//! every call with `--quiet` so that gcloud answers no prompt (it never enables an API or
//! changes anything), no key created and no key material printed (keys are listed by their
//! validity dates only). It prints one report in format v1 (docs/contract.md, "Preflight
//! report"), its header carrying `"provider":"google-cloud-storage"`.
//!
//! Safety as in Amazon S3's preflight: every value passes the rules and `is_inert`, is assigned
//! once, single-quoted and used only as `"$VAR"`; options are written `--name=value`.

use serde_json::json;

use super::super::facts::PROVIDER_KEY;
use super::super::plan::Plan;
use super::super::setup::{hns_key, GcsSetup};
use crate::core::preflight::{assemble, Layout};
use crate::core::text::Msg;
use crate::msg;

/// The calls of the report, by their `"call"`.
pub const BUCKET_DESCRIBE: &str = "storage buckets describe";
pub const ROLE_DESCRIBE: &str = "iam roles describe";
pub const ACCOUNT_DESCRIBE: &str = "iam service-accounts describe";
pub const BUCKET_POLICY: &str = "storage buckets get-iam-policy";
pub const PROJECT_POLICY: &str = "projects get-iam-policy";
pub const DENY_POLICIES: &str = "iam policies list";
pub const KEYS_LIST: &str = "iam service-accounts keys list";

/// The keys are listed by these fields only: never a key's ID or material.
pub const KEY_FIELDS: &str = "json(validAfterTime,validBeforeTime,disabled)";

/// What the script is, what it does not do, and how to run it: the comment under its `#!`
/// line, in the reader's language.
pub fn intro(setup: &GcsSetup) -> Msg {
    msg!(
        "gcs-preflight-intro",
        bucket = &setup.bucket,
        account = setup.service_account_email()
    )
}

/// The script for a valid plan.
pub fn script(plan: &Plan, setup: &GcsSetup) -> String {
    let header = json!({
        "preflight": 1,
        "provider": PROVIDER_KEY,
        "bucket": plan.bucket,
        "project": plan.project_id,
        "role": plan.role_id,
        "service_account": plan.service_account_email,
        "integration": setup.integration.key(),
        "hierarchical_namespace": hns_key(setup.hierarchical_namespace),
    });
    assemble(&Layout {
        values: &[
            ("BUCKET", &plan.bucket),
            ("PROJECT_ID", &plan.project_id),
            ("ROLE_ID", &plan.role_id),
            ("SERVICE_ACCOUNT_EMAIL", &plan.service_account_email),
        ],
        derived: &["ROLE_NAME=\"projects/$PROJECT_ID/roles/$ROLE_ID\""],
        functions: FUNCTIONS,
        header: &header,
        calls: &[CALLS],
    })
}

const FUNCTIONS: &[&str] = &[
    "TAB=\"$(printf '\\t')\"",
    "",
    // record CHECK VIA SUBJECT FORMAT COMMAND... -- ARGS...: one read of gcloud and one line
    // of the report: how the call went, and its JSON answer on one line.
    "record() {",
    "  local check=\"$1\" via=\"$2\" subject=\"$3\" format=\"$4\"",
    "  shift 4",
    "  local cmd=()",
    "  while [ \"$#\" -gt 0 ] && [ \"$1\" != -- ]; do",
    "    cmd+=(\"$1\")",
    "    shift",
    "  done",
    "  shift",
    "  local out rc status code data err",
    "  out=\"$(gcloud \"${cmd[@]}\" \"$@\" --format=\"$format\" --quiet 2>\"$WORKDIR/err\")\"",
    "  rc=$?",
    "  if ! answered \"$rc\" \"$out\"; then",
    "    code=\"$(printf '%s' \"$err\" | grep -o -E 'HTTPError [0-9]+|NOT_FOUND|PERMISSION_DENIED|INVALID_ARGUMENT|FAILED_PRECONDITION|UNAUTHENTICATED' | head -n 1)\"",
    "    case \"$err\" in",
    "      *'HTTPError 404'*|*NOT_FOUND*) status=missing ;;",
    "      *'HTTPError 403'*|*PERMISSION_DENIED*) status=denied ;;",
    "      *) status=error ;;",
    "    esac",
    "    [ -n \"$code\" ] || code=\"exit-$rc\"",
    "    say \"${cmd[*]} $subject: $status ($code)\"",
    "  fi",
    "  emit \"$check\" \"${cmd[*]}\" \"$via\" \"$subject\"",
    "}",
    "",
    // roles_bound COMMAND...: the roles a policy binds to the service account (the exact
    // member; conditions are judged from the policy itself, in the report).
    "roles_bound() {",
    "  local role member",
    "  gcloud \"$@\" --flatten='bindings[].members' --format='value(bindings.role,bindings.members)' --quiet 2>/dev/null |",
    "    while IFS=\"$TAB\" read -r role member; do",
    "      if [ \"$member\" = \"serviceAccount:$SERVICE_ACCOUNT_EMAIL\" ]; then",
    "        printf '%s\\n' \"$role\"",
    "      fi",
    "    done",
    "}",
    "",
    // describe_role NAME: a predefined, project or organization role, by its full name.
    "describe_role() {",
    "  local role=\"$1\" parent id",
    "  id=\"${role##*/}\"",
    "  case \"$role\" in",
    "    projects/*/roles/*)",
    "      parent=\"${role#projects/}\"",
    "      record permissions role \"$role\" json iam roles describe -- \"$id\" --project=\"${parent%%/*}\" ;;",
    "    organizations/*/roles/*)",
    "      parent=\"${role#organizations/}\"",
    "      record permissions role \"$role\" json iam roles describe -- \"$id\" --organization=\"${parent%%/*}\" ;;",
    "    roles/*)",
    "      record permissions role \"$role\" json iam roles describe -- \"$role\" ;;",
    "  esac",
    "}",
    "",
];

const CALLS: &[&str] = &[
    "say \"bucket gs://$BUCKET\"",
    "record bucket-exists bucket \"$BUCKET\" json storage buckets describe -- \"gs://$BUCKET\" --raw",
    "say \"custom role $ROLE_NAME\"",
    "record custom-role role \"$ROLE_NAME\" json iam roles describe -- \"$ROLE_ID\" --project=\"$PROJECT_ID\"",
    "say \"service account $SERVICE_ACCOUNT_EMAIL\"",
    "record service-account service-account \"$SERVICE_ACCOUNT_EMAIL\" json iam service-accounts describe -- \"$SERVICE_ACCOUNT_EMAIL\" --project=\"$PROJECT_ID\"",
    "say 'who may do what on the bucket and the project'",
    "record permissions bucket \"$BUCKET\" json storage buckets get-iam-policy -- \"gs://$BUCKET\"",
    "record permissions project \"$PROJECT_ID\" json projects get-iam-policy -- \"$PROJECT_ID\"",
    "SEEN=\" $ROLE_NAME \"",
    "for role in $({ roles_bound storage buckets get-iam-policy \"gs://$BUCKET\"; roles_bound projects get-iam-policy \"$PROJECT_ID\"; }); do",
    "  case \"$SEEN\" in",
    "    *\" $role \"*) continue ;;",
    "  esac",
    "  SEEN=\"$SEEN$role \"",
    "  describe_role \"$role\"",
    "done",
    "record deny-policies project \"$PROJECT_ID\" json iam policies list -- --attachment-point=\"cloudresourcemanager.googleapis.com/projects/$PROJECT_ID\" --kind=denypolicies",
    "say 'the service account keys, by their dates only'",
    "record service-account-key service-account \"$SERVICE_ACCOUNT_EMAIL\" 'json(validAfterTime,validBeforeTime,disabled)' iam service-accounts keys list -- --iam-account=\"$SERVICE_ACCOUNT_EMAIL\" --managed-by=user --project=\"$PROJECT_ID\"",
    "",
];
