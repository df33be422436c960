//! The text of each generated file of Google Cloud Storage, or the fields to fix first, and
//! the notes shown next to it.

use super::plan::{is_inert, Plan};
use super::role;
use super::rules::GcsReport;
use super::setup::{GcsField, GcsSetup};
use super::snippet_id::GcsSnippet;
use super::{cli, preflight, terraform};
use crate::core::text::{Arg, Msg};
use crate::msg;

/// What the reader should know about the file, for this case.
pub fn notes(snippet: GcsSnippet, setup: &GcsSetup, report: &GcsReport) -> Vec<Msg> {
    let value = |field: GcsField, placeholder: Msg| {
        let text = setup.value_or_default(field);
        if report.is_ok(field) && is_inert(text) {
            Arg::Text(text.to_owned())
        } else {
            Arg::Placeholder(Box::new(placeholder))
        }
    };
    let mut notes = Vec::new();
    match snippet {
        GcsSnippet::Role => {
            notes.push(msg!(
                "gcs-note-role-command",
                role = value(GcsField::RoleId, msg!("gcs-placeholder-role-id")),
                project = value(GcsField::ProjectId, msg!("gcs-placeholder-project-id")),
                file = snippet.file_name()
            ));
        }
        GcsSnippet::CliScript => {
            notes.push(msg!("gcs-note-cli-bucket-scope"));
            notes.push(msg!("gcs-note-cli-propagation"));
            notes.push(msg!("gcs-note-no-key-created"));
        }
        GcsSnippet::Terraform => {
            notes.push(msg!("gcs-note-terraform-no-key"));
            notes.push(msg!("gcs-note-terraform-propagation"));
            notes.push(msg!("gcs-note-no-key-created"));
        }
        GcsSnippet::PreflightScript => notes.push(preflight::intro(setup)),
    }
    if setup.hierarchical_namespace && snippet != GcsSnippet::PreflightScript {
        notes.push(msg!("gcs-note-hns-permission"));
    }
    notes
}

/// The file of `snippet` for `setup`, or the fields to fix first. `report` is
/// [`GcsReport::new`]`(setup)`, made once per change by the caller.
pub fn generate(
    snippet: GcsSnippet,
    setup: &GcsSetup,
    report: &GcsReport,
) -> Result<String, Vec<GcsField>> {
    if snippet == GcsSnippet::Role {
        return Ok(role::yaml(setup));
    }
    let plan = Plan::new(setup, report)?;
    Ok(match snippet {
        GcsSnippet::CliScript => cli::script(&plan),
        GcsSnippet::Terraform => terraform::configuration(&plan).to_text(),
        GcsSnippet::PreflightScript | GcsSnippet::Role => preflight::script(&plan, setup),
    })
}
