//! Figures and names from Braze's "Amazon S3" page that the guide quotes. One home each, so a
//! revision of the page is a one-line change here.

/// Hours a Currents connector may run with expired credentials before its events are dropped
/// for good. The seed page says 48; a newer revision of Braze's page says 5 days.
pub const CREDENTIAL_EXPIRY_HOURS: u32 = 48;

/// The folder path Braze uses for Currents when the reader does not set one.
pub const DEFAULT_FOLDER: &str = "currents";

/// IAM policy language version used by every document the widget writes.
pub const POLICY_VERSION: &str = "2012-10-17";

/// The header Braze sends when its AES-256 option is on (SSE-S3).
pub const SSE_HEADER: &str = "x-amz-server-side-encryption";

/// Default names offered for what the reader creates in IAM.
pub const DEFAULT_USER_NAME: &str = "braze-s3";
pub const DEFAULT_ROLE_NAME: &str = "braze-s3-role";
pub const DEFAULT_POLICY_NAME: &str = "braze-s3";

/// Braze's error messages as its current page quotes them (docs/facts.md, "Today vs the
/// seed"): literal, in English whatever the reader's language, as the dashboard shows them.
/// The bucket name (`CUSTOMER-BUCKET-HERE`) and the account (`XXX`) vary.
pub const BRAZE_ERROR_PUT_OBJECT: &str = "S3 Credentials are invalid because this account does not have 'PutObject access' to the 'CUSTOMER-BUCKET-HERE' bucket.";
pub const BRAZE_ERROR_KMS: &str = "User: arn:aws:sts::XXX:assumed-role/braze-iam-role/braze is not authorized to perform: kms:GenerateDataKey on resource: ...";
pub const BRAZE_ERROR_UNABLE_TO_CONNECT: &str =
    "Unable to connect to S3, please validate that your credentials are correct";
/// The heading of Braze's troubleshooting entry for the permissions its checks need.
pub const BRAZE_CHECK_PERMISSIONS: &str = "Check additional permissions";
