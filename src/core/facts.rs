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
