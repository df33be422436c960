//! What Braze's "Google Cloud Storage" page and Google's documentation say, one home each
//! (docs/facts.md, "Google Cloud Storage"). A revision of either is a change here.

use crate::core::facts::ExpiryWindow;

/// The provider's key: the `provider` URL value and the preflight report's `"provider"`.
pub const PROVIDER_KEY: &str = "google-cloud-storage";

/// The one authentication method Braze takes for Google Cloud Storage: a service account's
/// JSON private key. Workload Identity Federation is not supported for Currents.
pub const AUTH_KEY: &str = "service-account-key";

/// The permissions Braze's page lists, in its order.
pub const PERMISSIONS: [&str; 5] = [
    "storage.objects.create",
    "storage.objects.delete",
    "storage.objects.list",
    "storage.objects.get",
    "storage.buckets.get",
];

/// Optional by Braze's page: it lets Braze clean up a file left incomplete when Google Cloud
/// ends a connection early; without it the incomplete file stays beside the retried one.
pub const OPTIONAL_PERMISSION: &str = "storage.objects.delete";

/// Needed on a bucket with hierarchical namespace, where folders are resources of their own:
/// without it Braze cannot write and the export fails.
pub const HNS_PERMISSION: &str = "storage.folders.create";

/// The permissions the role gives: Braze's five, and the folders one for a bucket with
/// hierarchical namespace.
pub fn permissions(hierarchical_namespace: bool) -> Vec<&'static str> {
    let mut list = PERMISSIONS.to_vec();
    if hierarchical_namespace {
        list.push(HNS_PERMISSION);
    }
    list
}

/// The permissions without which Braze fails: [`permissions`] less the optional one.
pub fn required(hierarchical_namespace: bool) -> Vec<&'static str> {
    permissions(hierarchical_namespace)
        .into_iter()
        .filter(|p| *p != OPTIONAL_PERMISSION)
        .collect()
}

/// How long a connector may run with expired credentials before its events are dropped:
/// 5 days by Braze's current page, 48 hours by an earlier revision. Both are shown, today's
/// first, as for Amazon S3.
pub const CREDENTIAL_EXPIRY: ExpiryWindow = ExpiryWindow {
    days_today: 5,
    hours_earlier: 48,
};

/// Braze's error when the credentials fail, as its page quotes it (English on every
/// language's page).
pub const BRAZE_ERROR_INVALID: &str = "Google Cloud Storage Credentials are invalid. Please ensure that your credentials string, bucket name, and prefix are valid. You do not have read permission.";

/// The domain of a user-managed service account's email address.
pub const SERVICE_ACCOUNT_DOMAIN: &str = "iam.gserviceaccount.com";

/// Names offered when the reader leaves the field empty.
pub const DEFAULT_ROLE_ID: &str = "brazeCloudStorage";
pub const DEFAULT_SERVICE_ACCOUNT: &str = "braze-cloud-storage";

/// The launch stage the generated role is created in.
pub const ROLE_STAGE: &str = "GA";

/// `SERVICE_ACCOUNT@PROJECT.iam.gserviceaccount.com`.
pub fn service_account_email(service_account: &str, project_id: &str) -> String {
    format!("{service_account}@{project_id}.{SERVICE_ACCOUNT_DOMAIN}")
}

/// A project custom role's full name, as IAM policies and `--role` name it.
pub fn custom_role_name(project_id: &str, role_id: &str) -> String {
    format!("projects/{project_id}/roles/{role_id}")
}

/// How many days old a user-managed key may get before the preflight suggests rotating it
/// (this project's choice, the same figure as for AWS access keys).
pub const KEY_ROTATION_DAYS: i64 = 90;

/// How many days before a key's end of validity the preflight warns.
pub const KEY_EXPIRY_WARNING_DAYS: i64 = 30;
