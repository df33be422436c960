//! Figures and names from Braze's "Amazon S3" page that the guide quotes. One home each, so a
//! revision of the page is a one-line change here.

/// How long a Currents connector may run with failing credentials before its events are
/// dropped for good. Braze's pages disagree over time: the current one says 5 days, the seed
/// (an earlier revision) 48 hours. The widget shows both, today's first, wherever it warns
/// (docs/facts.md, "Today vs the seed"), so that no reader waits past either.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExpiryWindow {
    /// Braze's current page.
    pub days_today: u32,
    /// Earlier revisions of the page, the seed among them.
    pub hours_earlier: u32,
}

pub const CREDENTIAL_EXPIRY: ExpiryWindow = ExpiryWindow {
    days_today: 5,
    hours_earlier: 48,
};

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
/// seed"): whole and literal, in English on every language's page. The bucket name
/// (`CUSTOMER-BUCKET-HERE`), the account and the key (`XXX`) vary.
pub const BRAZE_ERROR_PUT_OBJECT: &str = "S3 Credentials are invalid because this account does not have 'PutObject access'. Please check the permissions and ensure that this key has access to 'PutObject' in the 'CUSTOMER-BUCKET-HERE' bucket.";
/// Braze's page says this one comes from Braze Support or the reader's AWS logs.
pub const BRAZE_ERROR_KMS: &str = "User: arn:aws:sts::XXX:assumed-role/braze-iam-role/braze is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:XXX because no identity-based policy allows the kms:GenerateDataKey action";
pub const BRAZE_ERROR_UNABLE_TO_CONNECT: &str =
    "Unable to connect to S3, please validate that your credentials are correct";
/// The heading of Braze's troubleshooting entry for the permissions its checks need.
pub const BRAZE_CHECK_PERMISSIONS: &str = "Check additional permissions";
