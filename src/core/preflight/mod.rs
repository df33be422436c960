//! The preflight: a read-only AWS CLI script the reader runs in their own account
//! ([`script`]), the report it prints, read back bounded and without panics ([`read_report`]),
//! and the findings the widget shows for it ([`check`]), judged by the evaluator of Braze's
//! requests ([`crate::core::iam`], through `judge`). Nothing here touches the browser or a clock:
//! "now" is a parameter.
//!
//! The report format (docs/contract.md, "Preflight report"): a line
//! `# braze-s3-companion preflight v1`, a header object with the values the script ran with,
//! one JSON object per AWS CLI call, and `# end <number of calls>`.

mod bucket;
mod check;
mod finding;
mod identity;
mod judge;
mod judged;
mod keys;
mod report;
mod role;
mod script;

pub use check::{check, check_prepared, PreparedReport};
pub use finding::{CheckId, Finding, Status};
pub use judged::JudgedValues;
pub use keys::KEY_ROTATION_DAYS;
pub use report::{
    read_report, read_report_with, CallStatus, Header, PreflightReport, Record, ReportProblem,
    END_PREFIX, MAX_RECORDS, MAX_REPORT_BYTES, S3_PROVIDER, VERSION_LINE,
};
pub(crate) use script::{assemble, Layout};
pub use script::{intro, script};
