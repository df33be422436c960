//! The IAM documents Braze's page publishes, as data, for the reader's bucket.
//!
//! The fields are declared in the order of Braze's own page (`Version`, `Statement`; `Sid`,
//! `Effect`, `Principal`, `Action`, `Resource`, `Condition`), which is the order serde writes.

use serde::{Serialize, Serializer};
use serde_json::ser::PrettyFormatter;
use serde_json::Value;

use super::config::{AuthMethod, PolicyKind};
use super::facts::POLICY_VERSION;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PolicyDocument {
    pub version: String,
    pub statement: Vec<Statement>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Statement {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sid: Option<String>,
    pub effect: Effect,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub principal: Option<Principal>,
    pub action: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub resource: Vec<String>,
    /// Operator → condition key → value, as IAM writes it.
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "maps")]
    pub condition: Vec<(String, Vec<(String, String)>)>,
}

/// Pairs as a JSON object, in their order.
fn maps<S: Serializer>(
    operators: &[(String, Vec<(String, String)>)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    struct Keys<'a>(&'a [(String, String)]);
    impl Serialize for Keys<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
        }
    }
    serializer.collect_map(operators.iter().map(|(op, keys)| (op, Keys(keys))))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Effect {
    Allow,
    Deny,
}

impl Effect {
    pub fn as_str(self) -> &'static str {
        match self {
            Effect::Allow => "Allow",
            Effect::Deny => "Deny",
        }
    }
}

/// Who a resource or trust policy applies to: an AWS account, or everyone (`"*"`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Principal {
    Aws {
        #[serde(rename = "AWS")]
        aws: String,
    },
    Everyone(String),
}

impl PolicyDocument {
    /// The document as JSON data: what every printer of the widget (JSON, YAML, HCL) writes.
    pub fn to_value(&self) -> Value {
        // Cannot fail: every key is a string. One conversion for every printer keeps a single
        // copy of serde_json's generic writer code in the wasm.
        serde_json::to_value(self).unwrap_or_default()
    }
}

impl Statement {
    fn allow(actions: &[&str], resources: Vec<String>) -> Self {
        Self {
            sid: None,
            effect: Effect::Allow,
            principal: None,
            action: actions.iter().map(|a| (*a).to_owned()).collect(),
            resource: resources,
            condition: Vec::new(),
        }
    }

    fn with_sid(mut self, sid: &str) -> Self {
        self.sid = Some(sid.to_owned());
        self
    }
}

pub fn bucket_arn(bucket: &str) -> String {
    format!("arn:aws:s3:::{bucket}")
}

pub fn objects_arn(bucket: &str) -> String {
    format!("arn:aws:s3:::{bucket}/*")
}

/// What every integration needs on the bucket itself.
fn bucket_statement(bucket: &str) -> Statement {
    Statement::allow(
        &["s3:ListBucket", "s3:GetBucketLocation"],
        vec![bucket_arn(bucket)],
    )
}

fn currents_objects(bucket: &str) -> Statement {
    Statement::allow(&["s3:PutObject", "s3:GetObject"], vec![objects_arn(bucket)])
}

/// The dashboard-export object statement differs by auth method exactly as Braze publishes it:
/// the secret-key variant lists `BUCKET*`, `BUCKET/` and `BUCKET`; the role variant `BUCKET/*`.
fn dashboard_objects(bucket: &str, auth: AuthMethod) -> Statement {
    match auth {
        AuthMethod::SecretKey => Statement::allow(
            &["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
            vec![
                format!("arn:aws:s3:::{bucket}*"),
                format!("arn:aws:s3:::{bucket}/"),
                bucket_arn(bucket),
            ],
        ),
        AuthMethod::RoleArn => Statement::allow(
            &["s3:PutObject", "s3:GetObject", "s3:DeleteObject"],
            vec![objects_arn(bucket)],
        ),
    }
}

/// `a` widened by the actions and resources of `b` it lacks, keeping first-seen order.
fn union(mut a: Statement, b: Statement) -> Statement {
    for action in b.action {
        if !a.action.contains(&action) {
            a.action.push(action);
        }
    }
    for resource in b.resource {
        if !a.resource.contains(&resource) {
            a.resource.push(resource);
        }
    }
    a
}

/// The identity policy of `kind` for `bucket` and `auth`.
pub fn identity_policy(kind: PolicyKind, bucket: &str, auth: AuthMethod) -> PolicyDocument {
    let statement = match kind {
        PolicyKind::Currents => vec![bucket_statement(bucket), currents_objects(bucket)],
        PolicyKind::DashboardExport => {
            vec![bucket_statement(bucket), dashboard_objects(bucket, auth)]
        }
        // One policy covering both: the shared bucket statement, then one object statement
        // granting the union of both integrations' object actions on the union of their
        // resources. Named, so a reader sees which is which.
        PolicyKind::Combined => vec![
            bucket_statement(bucket).with_sid("BrazeBucketAccess"),
            union(currents_objects(bucket), dashboard_objects(bucket, auth))
                .with_sid("BrazeObjectAccess"),
        ],
    };
    PolicyDocument {
        version: POLICY_VERSION.to_owned(),
        statement,
    }
}

/// The role's trust policy: Braze's account may assume it when it presents the external ID.
/// This is what the console writes for "Another AWS account" + "Require external ID".
pub fn trust_policy(braze_account: &str, external_id: &str) -> PolicyDocument {
    let condition = vec![(
        "StringEquals".to_owned(),
        vec![("sts:ExternalId".to_owned(), external_id.to_owned())],
    )];
    PolicyDocument {
        version: POLICY_VERSION.to_owned(),
        statement: vec![Statement {
            sid: None,
            effect: Effect::Allow,
            principal: Some(Principal::Aws {
                aws: format!("arn:aws:iam::{braze_account}:root"),
            }),
            action: vec!["sts:AssumeRole".to_owned()],
            resource: Vec::new(),
            condition,
        }],
    }
}

/// An optional bucket policy for readers who turn Braze's AES-256 option on: S3 refuses any
/// upload that does not ask for SSE-S3 (the `x-amz-server-side-encryption: AES256` header),
/// whether the header is wrong or missing. The two-statement form of AWS's own example.
pub fn sse_bucket_policy(bucket: &str) -> PolicyDocument {
    let deny = |sid: &str, operator: &str, value: &str| Statement {
        sid: Some(sid.to_owned()),
        effect: Effect::Deny,
        principal: Some(Principal::Everyone("*".to_owned())),
        action: vec!["s3:PutObject".to_owned()],
        resource: vec![objects_arn(bucket)],
        condition: vec![(
            operator.to_owned(),
            vec![(
                "s3:x-amz-server-side-encryption".to_owned(),
                value.to_owned(),
            )],
        )],
    };
    PolicyDocument {
        version: POLICY_VERSION.to_owned(),
        statement: vec![
            deny("DenyUploadsNotSseS3", "StringNotEquals", "AES256"),
            deny("DenyUploadsWithoutSseHeader", "Null", "true"),
        ],
    }
}

/// The ARN of the reader's role, once their own account ID is known: the path (`/` or
/// `/service/braze/`) is part of it (AWS, "IAM identifiers").
pub fn role_arn(own_account: &str, path: &str, role_name: &str) -> String {
    format!("arn:aws:iam::{own_account}:role{path}{role_name}")
}

/// JSON as Braze's page prints it: 4-space indentation, elements in IAM's order.
pub fn to_pretty_json(document: &PolicyDocument) -> String {
    let mut out = Vec::new();
    let mut writer =
        serde_json::Serializer::with_formatter(&mut out, PrettyFormatter::with_indent(b"    "));
    // Writing a `Value` into memory cannot fail, and serde_json writes UTF-8.
    let _ = document.to_value().serialize(&mut writer);
    String::from_utf8(out).unwrap_or_default()
}
