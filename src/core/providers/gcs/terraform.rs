//! The Terraform configuration (`gcs-terraform`): `google_project_iam_custom_role`,
//! `google_service_account` and `google_storage_bucket_iam_member` (the role bound on the
//! bucket only), as [`hcl::Block`] data written by the project's HCL printer.
//!
//! Never a `google_service_account_key`: without a PGP key its private key is stored
//! unencrypted in the Terraform state. The reader creates the JSON key in the console and
//! uploads it to Braze.

use super::plan::Plan;
use crate::core::iac::hcl::{Block, Expr, File};

/// The resources' Terraform name.
pub const RESOURCE_NAME: &str = "braze";

/// The configuration as data.
pub fn configuration(plan: &Plan) -> File {
    let provider = Block::new("terraform", &[]).block(Block::new("required_providers", &[]).attr(
        "google",
        Expr::Object(vec![("source".to_owned(), Expr::str("hashicorp/google"))]),
    ));
    let role = Block::new(
        "resource",
        &["google_project_iam_custom_role", RESOURCE_NAME],
    )
    .attr("project", Expr::str(&plan.project_id))
    .attr("role_id", Expr::str(&plan.role_id))
    .attr("title", Expr::str(&plan.role.title))
    .attr("description", Expr::str(&plan.role.description))
    .attr("stage", Expr::str(plan.role.stage))
    .attr(
        "permissions",
        Expr::List(
            plan.role
                .included_permissions
                .iter()
                .map(|p| Expr::str(*p))
                .collect(),
        ),
    );
    let account = Block::new("resource", &["google_service_account", RESOURCE_NAME])
        .attr("project", Expr::str(&plan.project_id))
        .attr("account_id", Expr::str(&plan.service_account))
        .attr("display_name", Expr::str(&plan.role.title))
        .attr(
            "description",
            Expr::str(
                "Braze writes its exports to one Cloud Storage bucket with this account's JSON key.",
            ),
        );
    let binding = Block::new(
        "resource",
        &["google_storage_bucket_iam_member", RESOURCE_NAME],
    )
    .attr("bucket", Expr::str(&plan.bucket))
    .attr(
        "role",
        Expr::reference(&["google_project_iam_custom_role", RESOURCE_NAME, "name"]),
    )
    .attr(
        "member",
        Expr::reference(&["google_service_account", RESOURCE_NAME, "member"]),
    );
    let output = Block::new("output", &["service_account_email"])
        .attr(
            "description",
            Expr::str(
                "The service account for Braze. Next: create its JSON key in the Google Cloud \
                 console (IAM & admin > Service Accounts, Create Key, JSON) and upload it to Braze.",
            ),
        )
        .attr(
            "value",
            Expr::reference(&["google_service_account", RESOURCE_NAME, "email"]),
        );
    File {
        comments: Vec::new(),
        blocks: vec![provider, role, account, binding, output],
    }
}
