//! The preflight of Google Cloud Storage: a read-only gcloud script for the reader's case
//! ([`script`]), the report it prints in the shared format v1 ([`read_report`]), and the
//! findings for it ([`check`]), judged as Google documents IAM (`super::iam`). "Now" is a
//! parameter: the core has no clock.

mod check;
mod finding;
mod grants;
mod keys;
mod report;
mod script;

pub use check::check;
pub use finding::{Finding, GcsCheck};
pub use keys::epoch_seconds;
pub use report::{read_report, GcsHeader, GcsPreflightReport, GcsReportProblem};
pub use script::{intro, script, KEY_FIELDS};
