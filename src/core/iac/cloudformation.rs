//! The CloudFormation template: the managed policies, the user or the role (with its trust
//! policy), and outputs (the role ARN to paste into Braze, or the user name).
//!
//! The template is a [`Node`] tree, written by [`super::yaml`] (every string double-quoted).
//! Intrinsic functions use their long form (`Ref:`, `"Fn::GetAtt":`), which needs no YAML tag.
//! For the secret-key method no access key is created: its secret would sit in the stack's
//! outputs; the reader creates it afterwards in the IAM console and types it into Braze.

use super::{yaml, Identity, Plan, PlannedPolicy};
use crate::core::json::Node;

/// The template format version CloudFormation documents.
pub const FORMAT_VERSION: &str = "2010-09-09";

pub const USER_ID: &str = "BrazeUser";
pub const ROLE_ID: &str = "BrazeRole";

/// The logical ID of a policy's resource.
pub fn policy_id(policy: &PlannedPolicy) -> String {
    let words: String = policy
        .slug()
        .split('-')
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect();
    format!("Braze{words}Policy")
}

/// The template as data.
pub fn template(plan: &Plan) -> Node {
    let mut resources: Vec<(String, Node)> = plan
        .policies
        .iter()
        .map(|policy| (policy_id(policy), managed_policy(plan, policy)))
        .collect();
    let attached = Node::list(
        plan.policies
            .iter()
            .map(|p| Node::map([("Ref", Node::str(policy_id(p)))])),
    );
    let outputs = match &plan.identity {
        Identity::User { name } => {
            resources.push((
                USER_ID.to_owned(),
                Node::map([
                    ("Type", Node::str("AWS::IAM::User")),
                    (
                        "Properties",
                        Node::map([
                            ("UserName", Node::str(name)),
                            ("ManagedPolicyArns", attached),
                        ]),
                    ),
                ]),
            ));
            Node::map([(
                "UserName",
                Node::map([
                    (
                        "Description",
                        Node::str(
                            "The IAM user for Braze. Next: IAM console > Users > this user > \
                             Security credentials > Create access key, then type the access key \
                             ID and the secret access key (shown once) into Braze.",
                        ),
                    ),
                    ("Value", Node::map([("Ref", Node::str(USER_ID))])),
                ]),
            )])
        }
        Identity::Role { name, trust } => {
            resources.push((
                ROLE_ID.to_owned(),
                Node::map([
                    ("Type", Node::str("AWS::IAM::Role")),
                    (
                        "Properties",
                        Node::map([
                            ("RoleName", Node::str(name)),
                            (
                                "Description",
                                Node::str(format!(
                                    "Assumed by Braze to use the S3 bucket {}",
                                    plan.bucket
                                )),
                            ),
                            ("AssumeRolePolicyDocument", trust.to_node()),
                            ("ManagedPolicyArns", attached),
                        ]),
                    ),
                ]),
            ));
            Node::map([(
                "RoleArn",
                Node::map([
                    (
                        "Description",
                        Node::str(
                            "Paste this role ARN into Braze. Right after creation Braze may \
                             answer that the S3 credentials are invalid: wait a minute and retry.",
                        ),
                    ),
                    (
                        "Value",
                        Node::map([(
                            "Fn::GetAtt",
                            Node::list([Node::str(ROLE_ID), Node::str("Arn")]),
                        )]),
                    ),
                ]),
            )])
        }
    };
    Node::map([
        ("AWSTemplateFormatVersion", Node::str(FORMAT_VERSION)),
        (
            "Description",
            Node::str(format!(
                "Braze + Amazon S3 ({}; {}): IAM for the bucket {}",
                plan.integration_label(),
                plan.identity_label(),
                plan.bucket
            )),
        ),
        ("Resources", Node::Map(resources)),
        ("Outputs", outputs),
    ])
}

fn managed_policy(plan: &Plan, policy: &PlannedPolicy) -> Node {
    Node::map([
        ("Type", Node::str("AWS::IAM::ManagedPolicy")),
        (
            "Properties",
            Node::map([
                ("ManagedPolicyName", Node::str(&policy.name)),
                (
                    "Description",
                    Node::str(format!(
                        "Braze's policy for {} on the S3 bucket {}",
                        policy.purpose(),
                        plan.bucket
                    )),
                ),
                ("PolicyDocument", policy.document.to_node()),
            ]),
        ),
    ])
}

/// The template as YAML, with a few comment lines on how to deploy it.
pub fn yaml(plan: &Plan) -> String {
    let comments = [
        "Braze + Amazon S3: IAM resources as a CloudFormation stack.".to_owned(),
        "Written by braze-s3-companion for these values. Deploy it in the AWS account that"
            .to_owned(),
        "owns the bucket (named IAM resources need CAPABILITY_NAMED_IAM), for example:".to_owned(),
        "  aws cloudformation deploy --stack-name braze-s3 --capabilities CAPABILITY_NAMED_IAM \\"
            .to_owned(),
        "    --template-file <this file>".to_owned(),
    ];
    yaml::document(&comments, &template(plan))
}
