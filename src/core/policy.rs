//! The IAM documents Braze's page publishes, as data, for the reader's bucket.
//!
//! [`PolicyDocument::to_node`] writes the elements in the order of Braze's own page
//! (`Version`, `Statement`; `Sid`, `Effect`, `Principal`, `Action`, `Resource`, `Condition`).

use super::config::{AuthMethod, PolicyKind};
use super::facts::POLICY_VERSION;
use super::json::Node;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyDocument {
    pub version: String,
    pub statement: Vec<Statement>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    pub sid: Option<String>,
    pub effect: Effect,
    pub principal: Option<Principal>,
    pub action: Vec<String>,
    /// Left out of the JSON when empty.
    pub resource: Vec<String>,
    /// Operator → condition key → value, as IAM writes it; left out when empty.
    pub condition: Vec<(String, Vec<(String, String)>)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Principal {
    Aws { aws: String },
    Everyone(String),
}

impl PolicyDocument {
    /// The document as JSON data, elements in the order IAM documents and Braze print them.
    pub fn to_node(&self) -> Node {
        Node::map([
            ("Version", Node::str(&self.version)),
            (
                "Statement",
                Node::list(self.statement.iter().map(Statement::to_node)),
            ),
        ])
    }
}

impl Statement {
    pub fn to_node(&self) -> Node {
        let mut entries: Vec<(&str, Node)> = Vec::with_capacity(6);
        if let Some(sid) = &self.sid {
            entries.push(("Sid", Node::str(sid)));
        }
        entries.push(("Effect", Node::str(self.effect.as_str())));
        match &self.principal {
            Some(Principal::Aws { aws }) => {
                entries.push(("Principal", Node::map([("AWS", Node::str(aws))])));
            }
            Some(Principal::Everyone(who)) => entries.push(("Principal", Node::str(who))),
            None => {}
        }
        entries.push(("Action", Node::strs(&self.action)));
        if !self.resource.is_empty() {
            entries.push(("Resource", Node::strs(&self.resource)));
        }
        if !self.condition.is_empty() {
            let operators = self.condition.iter().map(|(operator, keys)| {
                let keys = keys.iter().map(|(k, v)| (k.as_str(), Node::str(v)));
                (operator.as_str(), Node::map(keys))
            });
            entries.push(("Condition", Node::map(operators)));
        }
        Node::map(entries)
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

/// The ARN of the reader's role, once their own account ID is known.
pub fn role_arn(own_account: &str, role_name: &str) -> String {
    format!("arn:aws:iam::{own_account}:role/{role_name}")
}

/// JSON as Braze's page prints it: 4-space indentation, elements in IAM's order.
pub fn to_pretty_json(document: &PolicyDocument) -> String {
    document.to_node().to_pretty()
}
