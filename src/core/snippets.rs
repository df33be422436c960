//! The snippets a reader copies: their text, or what they wait for. Which snippets a case
//! shows, and where, is the guide's to say.

use super::config::{Config, PolicyKind};
use super::field::Field;
use super::iac::{self, IacKind};
use super::outputs;
use super::policy::{self, to_pretty_json};
use super::preflight;
use super::rules::Report;
use super::text::Msg;
use crate::msg;

// The views take the id with the body they show.
pub use super::snippet_id::SnippetId;

/// A snippet as the reader sees it: ready to copy; its document with a marked placeholder
/// where a value not typed yet goes (shown, not offered for copying); or waiting for valid
/// inputs (nothing shown).
#[derive(Clone, Debug, PartialEq)]
pub enum SnippetBody {
    Ready {
        text: String,
        file_name: Msg,
        /// A note for the reader, in their language, that the view writes into the text as
        /// `#` comment lines after its first line (a script's `#!`): the core has no localizer.
        comment: Option<Msg>,
    },
    /// The document with [`outputs::placeholder`] where each of `missing` goes: every value
    /// given is valid, the fields of `missing` are still empty.
    Placeholder { text: String, missing: Vec<Field> },
    /// The fields that must be valid first.
    Waiting { fields: Vec<Field> },
}

/// Builds the snippet `id` for `config`, or says which fields it is waiting for. Nothing is
/// built from an invalid value, so nothing offered for copying can fail in AWS for its inputs.
pub fn build(id: SnippetId, config: &Config, report: &Report) -> SnippetBody {
    match id {
        SnippetId::Iac(kind) => build_iac(kind, config, report),
        SnippetId::PreflightScript => build_preflight_script(config, report),
        _ => build_document(id, config, report),
    }
}

/// An infrastructure file (the generator checks its own inputs, [`Output::needs`], and
/// refuses any value the rules reject).
pub fn build_iac(kind: IacKind, config: &Config, report: &Report) -> SnippetBody {
    match iac::generate(kind, config, report) {
        Ok(text) => SnippetBody::Ready {
            text,
            file_name: iac::file_name(kind, config),
            comment: None,
        },
        Err(fields) => SnippetBody::Waiting { fields },
    }
}

/// The preflight script: like the generators, it checks its own inputs.
pub fn build_preflight_script(config: &Config, report: &Report) -> SnippetBody {
    match preflight::script(config, report) {
        Ok(text) => SnippetBody::Ready {
            text,
            file_name: msg!("file-preflight-script", bucket = config.bucket.as_str()),
            comment: Some(preflight::intro(config)),
        },
        Err(fields) => SnippetBody::Waiting { fields },
    }
}

/// A document of the guide: a policy, the trust policy, the role ARN or the bucket policy
/// (the snippets of the first view; the others are built by [`build`] in their sections).
pub fn build_document(id: SnippetId, config: &Config, report: &Report) -> SnippetBody {
    let output = id.output();
    let needs = output.needs(config);
    let missing: Vec<Field> = needs
        .iter()
        .copied()
        .filter(|f| config.value_or_default(*f).is_empty())
        .collect();
    let invalid = needs
        .iter()
        .any(|f| !missing.contains(f) && !report.is_ok(*f));
    if invalid || (!missing.is_empty() && !output.shows_placeholders()) {
        return SnippetBody::Waiting {
            fields: needs
                .into_iter()
                .filter(|f| missing.contains(f) || !report.is_ok(*f))
                .collect(),
        };
    }
    // Every value given is valid; an empty one is shown as its placeholder.
    let value = |field: Field| match config.value_or_default(field) {
        "" => outputs::placeholder(field).unwrap_or_default(),
        value => value,
    };
    let bucket = value(Field::Bucket);
    let (text, file_name) = match id {
        SnippetId::PolicyCurrents => (
            policy_json(PolicyKind::Currents, bucket, config),
            msg!("file-policy-currents", bucket = bucket),
        ),
        SnippetId::PolicyDashboardExport => (
            policy_json(PolicyKind::DashboardExport, bucket, config),
            msg!("file-policy-dashboard-export", bucket = bucket),
        ),
        SnippetId::PolicyCombined => (
            policy_json(PolicyKind::Combined, bucket, config),
            msg!("file-policy-combined", bucket = bucket),
        ),
        SnippetId::TrustPolicy => (
            to_pretty_json(&policy::trust_policy(
                value(Field::BrazeAccount),
                value(Field::ExternalId),
            )),
            msg!("file-trust-policy", bucket = bucket),
        ),
        SnippetId::RoleArn => (
            policy::role_arn(&config.own_account, &config.role_path(), config.role_name()),
            msg!("file-role-arn", bucket = bucket),
        ),
        SnippetId::BucketPolicySse => (
            to_pretty_json(&policy::sse_bucket_policy(bucket)),
            msg!("file-bucket-policy-sse", bucket = bucket),
        ),
        SnippetId::Iac(_) | SnippetId::PreflightScript => {
            unreachable!("built in their sections: see `build`")
        }
    };
    if missing.is_empty() {
        SnippetBody::Ready {
            text,
            file_name,
            comment: None,
        }
    } else {
        SnippetBody::Placeholder { text, missing }
    }
}

fn policy_json(kind: PolicyKind, bucket: &str, config: &Config) -> String {
    to_pretty_json(&policy::identity_policy(kind, bucket, config.auth))
}

/// Columns a comment line may take before it wraps: a terminal's 80, less the `# ` prefix.
pub const COMMENT_WIDTH: usize = 78;

/// `script` with `comment` written in as `# ` lines after its first line (the `#!`). A line
/// break in the (localized) comment starts a new comment line, never a command; a long line is
/// wrapped at spaces, or anywhere in scripts written without spaces (Japanese), so the reader's
/// editor and terminal show it whole. Indentation is kept: it marks the command to run.
pub fn with_comment(script: &str, comment: &str) -> String {
    let (first, rest) = script.split_once('\n').unwrap_or((script, ""));
    let mut out = format!("{first}\n");
    for line in comment.lines().filter(|l| !l.trim().is_empty()) {
        let indent = line.len() - line.trim_start().len();
        for part in wrap(line.trim(), COMMENT_WIDTH.saturating_sub(indent).max(20)) {
            out.push_str("# ");
            out.push_str(&line[..indent]);
            out.push_str(&part);
            out.push('\n');
        }
    }
    out.push_str(rest);
    out
}

/// East Asian wide characters take two terminal columns.
fn columns(c: char) -> usize {
    if matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
    {
        2
    } else {
        1
    }
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let word_columns: usize = word.chars().map(columns).sum();
        if used > 0 && used + 1 + word_columns > width {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if used > 0 {
            line.push(' ');
            used += 1;
        }
        for c in word.chars() {
            if used + columns(c) > width {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push(c);
            used += columns(c);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}
