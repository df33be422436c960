//! The custom role, as data first ([`RoleDocument`]), then as the YAML file
//! `gcloud iam roles create ROLE_ID --project=PROJECT --file=FILE` reads: the fields of IAM's
//! Role resource (`title`, `description`, `stage`, `includedPermissions`), written by the
//! project's YAML printer (every string double-quoted).

use serde_json::{json, Value};

use super::facts;
use super::setup::GcsSetup;
use crate::core::config::Integration;
use crate::core::iac::yaml;

/// The role the reader creates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleDocument {
    pub title: String,
    pub description: String,
    pub stage: &'static str,
    pub included_permissions: Vec<&'static str>,
}

/// What the role is for, in English (generated files keep their text in English, as the
/// Amazon S3 files do).
pub fn purpose(integration: Integration) -> &'static str {
    match integration {
        Integration::Currents => "Braze Currents",
        Integration::DashboardExport => "Braze dashboard data export",
        Integration::Both => "Braze Currents and dashboard data export",
        Integration::MessageArchiving => "Braze message archiving",
    }
}

impl RoleDocument {
    pub fn new(setup: &GcsSetup) -> Self {
        let namespace = if setup.hierarchical_namespace {
            " (bucket with hierarchical namespace)"
        } else {
            ""
        };
        Self {
            title: purpose(setup.integration).to_owned(),
            description: format!(
                "What Braze needs to write to one Cloud Storage bucket{namespace}: grant it on that bucket."
            ),
            stage: facts::ROLE_STAGE,
            included_permissions: facts::permissions(setup.hierarchical_namespace),
        }
    }

    /// The Role resource's fields, in the order `gcloud iam roles describe` prints them last.
    pub fn to_value(&self) -> Value {
        json!({
            "title": self.title,
            "description": self.description,
            "stage": self.stage,
            "includedPermissions": self.included_permissions,
        })
    }
}

/// The `gcs-role` file. It needs no typed value: the role ID and the project are given on the
/// command line that reads it.
pub fn yaml(setup: &GcsSetup) -> String {
    yaml::document(&[], &RoleDocument::new(setup).to_value())
}
