//! The Terraform configuration: `aws_iam_policy` per policy (document via `jsonencode`), the
//! `aws_iam_user` or the `aws_iam_role` (trust policy via `jsonencode`), the attachments, and
//! an output (the role ARN to paste into Braze, or the user name).
//!
//! The configuration is [`hcl::Block`] data written by [`super::hcl`]. For the secret-key
//! method no `aws_iam_access_key` is created: its secret would be stored in the Terraform
//! state; the reader creates the key afterwards in the IAM console and types it into Braze.

use super::hcl::{Block, Expr, File};
use super::{Identity, Plan, PlannedPolicy};
use serde_json::Value;

/// The name of the user or role resource.
pub const IDENTITY_NAME: &str = "braze";

/// The Terraform name of a policy's resource (and of its attachment).
pub fn policy_resource_name(policy: &PlannedPolicy) -> String {
    format!("braze_{}", policy.slug().replace('-', "_"))
}

fn jsonencode(node: &Value) -> Expr {
    Expr::call("jsonencode", vec![Expr::from(node)])
}

/// The configuration as data.
pub fn configuration(plan: &Plan) -> File {
    let mut blocks =
        vec![
            Block::new("terraform", &[]).block(Block::new("required_providers", &[]).attr(
                "aws",
                Expr::Object(vec![("source".to_owned(), Expr::str("hashicorp/aws"))]),
            )),
        ];
    for policy in &plan.policies {
        let name = policy_resource_name(policy);
        blocks.push(
            Block::new("resource", &["aws_iam_policy", &name])
                .attr("name", Expr::str(&policy.name))
                .attr(
                    "description",
                    Expr::str(format!(
                        "Braze's policy for {} on the S3 bucket {}",
                        policy.purpose(),
                        plan.bucket
                    )),
                )
                .attr("policy", jsonencode(&policy.document.to_value())),
        );
    }
    let (identity_type, attachment_type, attachment_key, output) = match &plan.identity {
        Identity::User { name } => {
            blocks.push(
                Block::new("resource", &["aws_iam_user", IDENTITY_NAME])
                    .attr("name", Expr::str(name)),
            );
            let output = Block::new("output", &["user_name"])
                .attr(
                    "description",
                    Expr::str(
                        "The IAM user for Braze. Next: IAM console > Users > this user > \
                         Security credentials > Create access key, then type the access key ID \
                         and the secret access key (shown once) into Braze.",
                    ),
                )
                .attr(
                    "value",
                    Expr::reference(&["aws_iam_user", IDENTITY_NAME, "name"]),
                );
            (
                "aws_iam_user",
                "aws_iam_user_policy_attachment",
                "user",
                output,
            )
        }
        Identity::Role { name, path, trust } => {
            let mut role = Block::new("resource", &["aws_iam_role", IDENTITY_NAME])
                .attr("name", Expr::str(name));
            if let Some(path) = path {
                role = role.attr("path", Expr::str(path));
            }
            blocks.push(
                role.attr(
                    "description",
                    Expr::str(format!(
                        "Assumed by Braze to use the S3 bucket {}",
                        plan.bucket
                    )),
                )
                .attr("assume_role_policy", jsonencode(&trust.to_value())),
            );
            let output = Block::new("output", &["role_arn"])
                .attr(
                    "description",
                    Expr::str(
                        "Paste this role ARN into Braze. Right after creation Braze may answer \
                         that the S3 credentials are invalid: wait a minute and retry.",
                    ),
                )
                .attr(
                    "value",
                    Expr::reference(&["aws_iam_role", IDENTITY_NAME, "arn"]),
                );
            (
                "aws_iam_role",
                "aws_iam_role_policy_attachment",
                "role",
                output,
            )
        }
    };
    for policy in &plan.policies {
        let name = policy_resource_name(policy);
        blocks.push(
            Block::new("resource", &[attachment_type, &name])
                .attr(
                    attachment_key,
                    Expr::reference(&[identity_type, IDENTITY_NAME, "name"]),
                )
                .attr(
                    "policy_arn",
                    Expr::reference(&["aws_iam_policy", &name, "arn"]),
                ),
        );
    }
    blocks.push(output);
    File {
        comments: comments(plan),
        blocks,
    }
}

fn comments(plan: &Plan) -> Vec<String> {
    let mut lines = vec![
        "Braze + Amazon S3: IAM resources as Terraform.".to_owned(),
        format!("Integration: {}.", plan.integration_label()),
        format!("Authentication: {}.", plan.identity_label()),
        "Written by braze-s3-companion for these values. In a folder holding only this file,"
            .to_owned(),
        "with AWS credentials for the account that owns the bucket (allowed to manage IAM)"
            .to_owned(),
        "and a region for the AWS provider (IAM is global: any, e.g. AWS_REGION=us-east-1):"
            .to_owned(),
        "  terraform init && terraform apply".to_owned(),
    ];
    if plan.policies.len() > 1 {
        lines.push(
            "Both integrations: the two policies Braze publishes, one per integration.".to_owned(),
        );
    }
    lines
}
