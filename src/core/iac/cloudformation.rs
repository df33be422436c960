//! The CloudFormation template: the managed policies, the user or the role (with its trust
//! policy), and outputs (the role ARN to paste into Braze, or the user name).
//!
//! The template is a [`Value`] tree, written by [`super::yaml`] (every string double-quoted).
//! Intrinsic functions use their long form (`Ref:`, `"Fn::GetAtt":`), which needs no YAML tag.
//! For the secret-key method no access key is created: its secret would sit in the stack's
//! outputs; the reader creates it afterwards in the IAM console and types it into Braze.

use super::{yaml, Identity, Plan, PlannedPolicy};
use serde_json::{json, Map, Value};

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
pub fn template(plan: &Plan) -> Value {
    let mut resources: Map<String, Value> = plan
        .policies
        .iter()
        .map(|policy| (policy_id(policy), managed_policy(plan, policy)))
        .collect();
    let attached: Vec<Value> = plan
        .policies
        .iter()
        .map(|p| json!({ "Ref": policy_id(p) }))
        .collect();
    let outputs = match &plan.identity {
        Identity::User { name } => {
            resources.insert(
                USER_ID.to_owned(),
                json!({
                    "Type": "AWS::IAM::User",
                    "Properties": { "UserName": name, "ManagedPolicyArns": attached },
                }),
            );
            json!({
                "UserName": {
                    "Description": "The IAM user for Braze. Next: IAM console > Users > this \
                        user > Security credentials > Create access key, then type the access \
                        key ID and the secret access key (shown once) into Braze.",
                    "Value": { "Ref": USER_ID },
                }
            })
        }
        Identity::Role { name, path, trust } => {
            let mut role = json!({
                "Type": "AWS::IAM::Role",
                "Properties": {
                    "RoleName": name,
                    "Description":
                        format!("Assumed by Braze to use the S3 bucket {}", plan.bucket),
                    "AssumeRolePolicyDocument": trust.to_value(),
                    "ManagedPolicyArns": attached,
                },
            });
            if let Some(path) = path {
                role["Properties"]["Path"] = json!(path);
            }
            resources.insert(ROLE_ID.to_owned(), role);
            json!({
                "RoleArn": {
                    "Description": "Paste this role ARN into Braze. Right after creation Braze \
                        may answer that the S3 credentials are invalid: wait a minute and retry.",
                    "Value": { "Fn::GetAtt": [ROLE_ID, "Arn"] },
                }
            })
        }
    };
    json!({
        "AWSTemplateFormatVersion": FORMAT_VERSION,
        "Description": format!(
            "Braze + Amazon S3 ({}; {}): IAM for the bucket {}",
            plan.integration_label(),
            plan.identity_label(),
            plan.bucket
        ),
        "Resources": resources,
        "Outputs": outputs,
    })
}

fn managed_policy(plan: &Plan, policy: &PlannedPolicy) -> Value {
    json!({
        "Type": "AWS::IAM::ManagedPolicy",
        "Properties": {
            "ManagedPolicyName": policy.name,
            "Description": format!(
                "Braze's policy for {} on the S3 bucket {}",
                policy.purpose(),
                plan.bucket
            ),
            "PolicyDocument": policy.document.to_value(),
        },
    })
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
