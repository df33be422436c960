//! Reads the report the preflight script printed, as pasted: lines before the first line of
//! the report (a shell prompt) and lines that are not part of it (the script's progress on
//! standard error, when both went to one terminal) are skipped; everything else must be
//! exactly what the script writes. A byte-order mark where a line starts or ends is
//! skipped like spaces: an editor or a Windows shell that saved the report writes one
//! first, and it is invisible in the text pasted. Bounded: at most [`MAX_REPORT_BYTES`] and
//! [`MAX_RECORDS`] calls; serde_json bounds the nesting. Never panics.

use serde::Deserialize;
use serde_json::Value;

use crate::core::config::AuthMethod;
use crate::core::text::Msg;
use crate::msg;

/// The report's first line; the number after `v` is the format's version.
pub const VERSION_LINE: &str = "# braze-s3-companion preflight v1";
const VERSION_PREFIX: &str = "# braze-s3-companion preflight v";
/// The provider whose preflight printed a report: the header's optional `"provider"` key;
/// a header without one is Amazon S3's.
pub const S3_PROVIDER: &str = "amazon-s3";

/// The last line starts so, followed by the number of call lines.
pub const END_PREFIX: &str = "# end ";
/// Far more than any account's report (a few hundred kB with every group and policy).
pub const MAX_REPORT_BYTES: usize = 2 * 1024 * 1024;
/// Far more calls than the script makes for any identity IAM allows.
pub const MAX_RECORDS: usize = 2_000;

/// How one AWS CLI call went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CallStatus {
    Ok,
    /// The identity running the script may not make this call.
    Denied,
    /// What the call reads does not exist (no such bucket, user, bucket policy…).
    Missing,
    Error,
}

/// The values the script ran with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub bucket: String,
    pub auth: AuthMethod,
    /// The IAM user's or role's name.
    pub name: String,
    /// Role method only.
    pub braze_account: Option<String>,
    pub external_id: Option<String>,
}

/// One AWS CLI call and its answer.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The check it is for (informative).
    pub check: String,
    /// The CLI operation, e.g. `get-bucket-encryption`.
    pub call: String,
    /// Whose policy: `user`, `role`, `group:<name>`, `boundary`, `bucket`.
    pub via: String,
    /// What was read: the bucket, the identity, a policy's ARN or an inline policy's name.
    pub subject: String,
    pub status: CallStatus,
    /// The CLI's error code when the call failed (`NoSuchBucketPolicy`, `exit-255`…).
    #[serde(default)]
    pub error: Option<String>,
    /// The CLI's JSON answer, `null` when it failed or printed nothing.
    #[serde(default)]
    pub data: Value,
}

/// A report, read whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreflightReport {
    pub header: Header,
    pub records: Vec<Record>,
}

impl PreflightReport {
    /// The first call `call` about `via`.
    pub fn find(&self, call: &str, via: &str) -> Option<&Record> {
        self.records.iter().find(|r| r.call == call && r.via == via)
    }
}

/// Why a text is not a report this version reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReportProblem {
    Empty,
    /// No line `# braze-s3-companion preflight v…`.
    NotAReport,
    /// Another version of the format.
    Version {
        found: String,
    },
    /// Cut short: no end line, or a line cut in the middle.
    Truncated,
    TooLarge {
        max_bytes: usize,
    },
    TooManyCalls {
        max: usize,
    },
    /// A line of the report that is not what the script writes (1-based line of the text).
    BadLine {
        line: usize,
    },
    /// The end line counts another number of calls than the report holds.
    Altered {
        expected: usize,
        found: usize,
    },
}

impl ReportProblem {
    pub fn message(&self) -> Msg {
        match self {
            Self::Empty => msg!("preflight-report-empty"),
            Self::NotAReport => msg!("preflight-report-not-report"),
            Self::Version { found } => msg!("preflight-report-version", found = found),
            Self::Truncated => msg!("preflight-report-truncated"),
            Self::TooLarge { max_bytes } => {
                msg!(
                    "preflight-report-too-large",
                    megabytes = *max_bytes / (1024 * 1024)
                )
            }
            Self::TooManyCalls { max } => msg!("preflight-report-too-many", max = *max),
            Self::BadLine { line } => msg!("preflight-report-bad-line", line = *line),
            Self::Altered { expected, found } => msg!(
                "preflight-report-altered",
                expected = *expected,
                found = *found
            ),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    preflight: u32,
    bucket: String,
    auth: String,
    name: String,
    #[serde(default)]
    integration: Option<String>,
    #[serde(default)]
    braze_account: Option<String>,
    #[serde(default)]
    external_id: Option<String>,
    #[serde(default)]
    provider: Option<String>,
}

/// The byte-order mark (U+FEFF), which `str::trim` keeps: it is not white space in Unicode.
const BYTE_ORDER_MARK: char = '\u{feff}';

/// `text` without the white space and byte-order marks around it.
fn trim(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || c == BYTE_ORDER_MARK)
}

/// Reads a pasted report, or says why it is not one.
pub fn read_report(text: &str) -> Result<PreflightReport, ReportProblem> {
    let (header, records) = read_report_with(text, read_header)?;
    Ok(PreflightReport { header, records })
}

/// Reads a pasted report in format v1 whose header `read_header` reads (`Ok(None)`: JSON, but
/// not a header it takes), or says why it is not one: the lines, bounds and checks every
/// provider's report shares.
pub fn read_report_with<H>(
    text: &str,
    read_header: impl Fn(&str) -> Result<Option<H>, serde_json::Error>,
) -> Result<(H, Vec<Record>), ReportProblem> {
    if text.len() > MAX_REPORT_BYTES {
        return Err(ReportProblem::TooLarge {
            max_bytes: MAX_REPORT_BYTES,
        });
    }
    if trim(text).is_empty() {
        return Err(ReportProblem::Empty);
    }
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, trim(l)));
    let version = lines
        .by_ref()
        .find_map(|(_, line)| line.strip_prefix(VERSION_PREFIX))
        .ok_or(ReportProblem::NotAReport)?;
    if version != "1" {
        return Err(ReportProblem::Version {
            found: version.chars().take(20).collect(),
        });
    }
    let mut header: Option<H> = None;
    let mut records = Vec::new();
    for (number, line) in lines {
        if let Some(count) = line.strip_prefix(END_PREFIX) {
            let header = header.ok_or(ReportProblem::Truncated)?;
            let expected: usize = count
                .trim()
                .parse()
                .map_err(|_| ReportProblem::BadLine { line: number })?;
            if expected != records.len() {
                return Err(ReportProblem::Altered {
                    expected,
                    found: records.len(),
                });
            }
            return Ok((header, records));
        }
        if line.starts_with(VERSION_PREFIX) {
            // A second report pasted into the first: this one was cut short.
            return Err(ReportProblem::Truncated);
        }
        if !line.starts_with('{') {
            continue;
        }
        let bad = |error: serde_json::Error| {
            if error.is_eof() {
                ReportProblem::Truncated
            } else {
                ReportProblem::BadLine { line: number }
            }
        };
        match header {
            None => {
                header = Some(
                    read_header(line)
                        .map_err(bad)?
                        .ok_or(ReportProblem::BadLine { line: number })?,
                )
            }
            Some(_) => {
                if records.len() >= MAX_RECORDS {
                    return Err(ReportProblem::TooManyCalls { max: MAX_RECORDS });
                }
                records.push(serde_json::from_str::<Record>(line).map_err(bad)?);
            }
        }
    }
    Err(ReportProblem::Truncated)
}

/// The header line, `Ok(None)` when it is JSON but not a header of this version.
fn read_header(line: &str) -> Result<Option<Header>, serde_json::Error> {
    let raw: RawHeader = serde_json::from_str(line)?;
    let auth = AuthMethod::from_key(&raw.auth);
    let _ = raw.integration;
    let s3 = raw.provider.as_deref().is_none_or(|p| p == S3_PROVIDER);
    Ok(match (raw.preflight, auth) {
        (1, Some(auth)) if s3 => Some(Header {
            bucket: raw.bucket,
            auth,
            name: raw.name,
            braze_account: raw.braze_account,
            external_id: raw.external_id,
        }),
        _ => None,
    })
}
