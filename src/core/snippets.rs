//! The snippets a reader copies: their text, or what they wait for. Which snippets a case
//! shows, and where, is the guide's to say.

use super::config::{Config, PolicyKind};
use super::field::Field;
use super::guide::Guide;
use super::iac;
use super::policy::{self, to_pretty_json};
use super::preflight;
use super::rules::Report;
use super::text::Msg;
use crate::msg;

// The views take the id with the body they show.
pub use super::snippet_id::SnippetId;

/// A snippet as the reader sees it: ready to copy, or waiting for valid inputs.
#[derive(Clone, Debug, PartialEq)]
pub enum SnippetBody {
    Ready {
        text: String,
        file_name: Msg,
        /// A note for the reader, in their language, that the view writes into the text as
        /// `#` comment lines after its first line (a script's `#!`): the core has no localizer.
        comment: Option<Msg>,
    },
    /// The fields that must be valid first.
    Waiting { fields: Vec<Field> },
}

/// Every snippet the guide shows, built once, in guide order.
pub fn build_all(guide: &Guide, config: &Config, report: &Report) -> Vec<(SnippetId, SnippetBody)> {
    guide
        .snippets()
        .map(|id| (id, build(id, config, report)))
        .collect()
}

/// Builds the snippet `id` for `config`, or says which fields it is waiting for. Nothing is
/// built from an invalid value, so nothing offered for copying can fail in AWS for its inputs.
pub fn build(id: SnippetId, config: &Config, report: &Report) -> SnippetBody {
    if let SnippetId::Iac(kind) = id {
        // The generator checks its own inputs and refuses any value the rules reject.
        return match iac::generate(kind, config, report) {
            Ok(text) => SnippetBody::Ready {
                text,
                file_name: iac::file_name(kind, config),
                comment: None,
            },
            Err(fields) => SnippetBody::Waiting { fields },
        };
    }
    if id == SnippetId::PreflightScript {
        // Like the generators, the script checks its own inputs, which depend on the case.
        return match preflight::script(config, report) {
            Ok(text) => SnippetBody::Ready {
                text,
                file_name: msg!("file-preflight-script", bucket = config.bucket.as_str()),
                comment: Some(preflight::intro(config)),
            },
            Err(fields) => SnippetBody::Waiting { fields },
        };
    }
    let mut fields: Vec<Field> = id
        .needs()
        .iter()
        .copied()
        .filter(|f| !report.is_ok(*f))
        .collect();
    // The role ARN needs the reader's account ID, which is optional elsewhere.
    if id == SnippetId::RoleArn && config.own_account.is_empty() {
        fields.insert(0, Field::OwnAccount);
    }
    if !fields.is_empty() {
        return SnippetBody::Waiting { fields };
    }
    let bucket = config.bucket.as_str();
    let (text, file_name) = match id {
        SnippetId::PolicyCurrents => (
            policy_json(PolicyKind::Currents, config),
            msg!("file-policy-currents", bucket = bucket),
        ),
        SnippetId::PolicyDashboardExport => (
            policy_json(PolicyKind::DashboardExport, config),
            msg!("file-policy-dashboard-export", bucket = bucket),
        ),
        SnippetId::PolicyCombined => (
            policy_json(PolicyKind::Combined, config),
            msg!("file-policy-combined", bucket = bucket),
        ),
        SnippetId::TrustPolicy => (
            to_pretty_json(&policy::trust_policy(
                &config.braze_account,
                &config.external_id,
            )),
            msg!("file-trust-policy", bucket = bucket),
        ),
        SnippetId::RoleArn => (
            policy::role_arn(&config.own_account, &config.role_path(), config.role_name()),
            msg!("file-role-arn", bucket = bucket),
        ),
        SnippetId::Iac(_) | SnippetId::PreflightScript => unreachable!("built above"),
        SnippetId::BucketPolicySse => (
            to_pretty_json(&policy::sse_bucket_policy(bucket)),
            msg!("file-bucket-policy-sse", bucket = bucket),
        ),
    };
    SnippetBody::Ready {
        text,
        file_name,
        comment: None,
    }
}

fn policy_json(kind: PolicyKind, config: &Config) -> String {
    to_pretty_json(&policy::identity_policy(kind, &config.bucket, config.auth))
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
