//! The reader's case: which integration(s), which auth method, and the values they typed.

use super::facts;
use super::field::Field;
use super::provider::{Provider, ProviderValues};

/// Most further connectors a reader can list (and a save brings back): far more than anyone
/// runs on one bucket.
pub const MAX_CONNECTORS: usize = 20;

/// Which Braze integration writes into the bucket.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Integration {
    #[default]
    Currents,
    DashboardExport,
    /// One bucket serving both integrations.
    Both,
    /// Message archiving only (Braze, today): no Currents; it uses the dashboard-export
    /// policy and the link in Technology Partners > Amazon S3 (and the role created there).
    MessageArchiving,
}

impl Integration {
    pub const ALL: [Integration; 4] = [
        Self::Currents,
        Self::DashboardExport,
        Self::Both,
        Self::MessageArchiving,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::Currents => "currents",
            Self::DashboardExport => "dashboard-export",
            Self::Both => "both",
            Self::MessageArchiving => "message-archiving",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|i| i.key() == key)
    }

    pub fn has_currents(self) -> bool {
        matches!(self, Self::Currents | Self::Both)
    }

    /// Whether the case uses the dashboard-export policy and Braze's link in Technology
    /// Partners > Amazon S3: dashboard export, alone or with Currents, and message archiving,
    /// which Braze sets up the same way.
    pub fn has_dashboard_export(self) -> bool {
        matches!(
            self,
            Self::DashboardExport | Self::Both | Self::MessageArchiving
        )
    }

    /// Message archiving only: dashboard export's setup with its own intro and checks.
    pub fn is_message_archiving(self) -> bool {
        self == Self::MessageArchiving
    }

    /// The policies of the case, the one home of that fact (docs/facts.md, "The policies"):
    /// the policy Braze publishes for each integration the case uses, in the guide's order.
    /// What the generated infrastructure creates; the guide offers these and, with both
    /// integrations, [`Self::combined_policy`] besides.
    pub fn policies(self) -> &'static [PolicyKind] {
        match self {
            Self::Currents => &[PolicyKind::Currents],
            Self::DashboardExport | Self::MessageArchiving => &[PolicyKind::DashboardExport],
            Self::Both => &[PolicyKind::Currents, PolicyKind::DashboardExport],
        }
    }

    /// With both integrations on one bucket, the one policy that can stand for the two.
    pub fn combined_policy(self) -> Option<PolicyKind> {
        (self == Self::Both).then_some(PolicyKind::Combined)
    }

    /// The one policy that grants everything the case needs: the combined one with both
    /// integrations, otherwise the case's only policy. What the diagram draws.
    pub fn covering_policy(self) -> PolicyKind {
        self.combined_policy().unwrap_or(self.policies()[0])
    }
}

/// How Braze authenticates to the reader's AWS account.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum AuthMethod {
    /// An IAM user whose access key is typed into Braze.
    #[default]
    SecretKey,
    /// A role that Braze's AWS account assumes, guarded by an external ID.
    RoleArn,
}

impl AuthMethod {
    pub const ALL: [AuthMethod; 2] = [Self::SecretKey, Self::RoleArn];

    pub fn key(self) -> &'static str {
        match self {
            Self::SecretKey => "secret-key",
            Self::RoleArn => "role-arn",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.key() == key)
    }
}

/// Everything the reader chose or typed. Free-text fields hold exactly what was typed, valid or
/// not: validation is [`super::rules::check`]'s job, so a hand-edited URL is shown, not dropped.
/// No field is ever a secret: the widget never asks for a secret access key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub integration: Integration,
    pub auth: AuthMethod,
    pub bucket: String,
    /// Braze's AWS account ID (role method).
    pub braze_account: String,
    /// The external ID Braze shows (role method).
    pub external_id: String,
    /// Currents folder path.
    pub folder: String,
    /// Braze's AES-256 server-side encryption option (Currents).
    pub sse: bool,
    /// Optional names; empty means "use the default".
    pub user_name: String,
    pub role_name: String,
    pub policy_name: String,
    /// The reader's own AWS account ID, optional, to spell out the role ARN.
    pub own_account: String,
    /// Further Currents connectors writing to the same bucket (the first one uses `folder`).
    pub connectors: Vec<Connector>,
    /// The cloud-storage provider; Amazon S3 unless a link, an embed or the reader says.
    pub provider: Provider,
    /// The values of the other providers' forms (`bucket` above is Google Cloud Storage's too).
    pub providers: ProviderValues,
}

/// A further Currents connector on the same bucket, with the same credentials.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Connector {
    /// Stable while the reader edits the list: keys its checklist item.
    pub id: u32,
    pub name: String,
    pub folder: String,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            integration: Integration::default(),
            auth: AuthMethod::default(),
            bucket: String::new(),
            braze_account: String::new(),
            external_id: String::new(),
            folder: facts::DEFAULT_FOLDER.to_owned(),
            sse: false,
            user_name: String::new(),
            role_name: String::new(),
            policy_name: String::new(),
            own_account: String::new(),
            connectors: Vec::new(),
            provider: Provider::default(),
            providers: ProviderValues::default(),
        }
    }
}

impl Config {
    /// The text of a free-text field, exactly as typed ("" for a connector that is gone).
    pub fn value(&self, field: Field) -> &str {
        match field {
            Field::Bucket => &self.bucket,
            Field::BrazeAccount => &self.braze_account,
            Field::ExternalId => &self.external_id,
            Field::Folder => &self.folder,
            Field::UserName => &self.user_name,
            Field::RoleName => &self.role_name,
            Field::PolicyName => &self.policy_name,
            Field::OwnAccount => &self.own_account,
            Field::ConnectorFolder(id) => self
                .connectors
                .iter()
                .find(|c| c.id == id)
                .map_or("", |c| c.folder.as_str()),
        }
    }

    /// The text of a free-text field to edit; `None` for a connector that is gone.
    pub fn value_mut(&mut self, field: Field) -> Option<&mut String> {
        Some(match field {
            Field::Bucket => &mut self.bucket,
            Field::BrazeAccount => &mut self.braze_account,
            Field::ExternalId => &mut self.external_id,
            Field::Folder => &mut self.folder,
            Field::UserName => &mut self.user_name,
            Field::RoleName => &mut self.role_name,
            Field::PolicyName => &mut self.policy_name,
            Field::OwnAccount => &mut self.own_account,
            Field::ConnectorFolder(id) => {
                &mut self.connectors.iter_mut().find(|c| c.id == id)?.folder
            }
        })
    }

    /// The value the case uses: what was typed, or the field's default name when left empty.
    pub fn value_or_default(&self, field: Field) -> &str {
        let value = self.value(field);
        match field.default_name() {
            Some(default) if value.is_empty() => default,
            _ => value,
        }
    }

    pub fn user_name(&self) -> &str {
        self.value_or_default(Field::UserName)
    }

    /// The role's name. The reader may type the role's path before it, as its ARN has it
    /// (`service/braze/pc-r`): the name is the part after the last `/`.
    pub fn role_name(&self) -> &str {
        let typed = self.value_or_default(Field::RoleName);
        typed.rsplit('/').next().unwrap_or(typed)
    }

    /// The role's path, as IAM writes it: `/` without one, `/service/braze/` for a role typed
    /// `service/braze/pc-r` (a leading `/` may be typed or not).
    pub fn role_path(&self) -> String {
        let typed = self.value_or_default(Field::RoleName);
        match typed.trim_start_matches('/').rsplit_once('/') {
            Some((path, _)) => format!("/{path}/"),
            None => "/".to_owned(),
        }
    }

    /// The base policy name; see [`Self::policy_name_for`] for the name of each policy.
    pub fn policy_base_name(&self) -> &str {
        self.value_or_default(Field::PolicyName)
    }

    /// The policy name the reader types in IAM for a given policy.
    pub fn policy_name_for(&self, kind: PolicyKind) -> String {
        let base = self.policy_base_name();
        match (self.integration, kind) {
            // With both integrations the three policies need distinct names.
            (Integration::Both, PolicyKind::Currents) => format!("{base}-currents"),
            (Integration::Both, PolicyKind::DashboardExport) => format!("{base}-dashboard-export"),
            _ => base.to_owned(),
        }
    }

    /// A connector id not used yet: one past the highest, or, when that would overflow (a
    /// hand-edited save), the lowest free one.
    pub fn next_connector_id(&self) -> u32 {
        let used = |id: u32| self.connectors.iter().any(|c| c.id == id);
        match self.connectors.iter().map(|c| c.id).max() {
            None => 1,
            Some(max) => max
                .checked_add(1)
                .or_else(|| (1..=u32::MAX).find(|id| !used(*id)))
                .unwrap_or(0),
        }
    }

    /// Every Currents folder path of the case: the main one, then each further connector's.
    pub fn folders(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.folder.as_str())
            .chain(self.connectors.iter().map(|c| c.folder.as_str()))
    }

    /// The identity policies this case offers, in the order the guide shows them: the case's
    /// [`Integration::policies`], then its [`Integration::combined_policy`], if any.
    pub fn policy_kinds(&self) -> Vec<PolicyKind> {
        let integration = self.integration;
        let mut kinds = integration.policies().to_vec();
        kinds.extend(integration.combined_policy());
        kinds
    }
}

/// One of the identity (permission) policies the widget can write.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PolicyKind {
    Currents,
    DashboardExport,
    /// One policy covering both integrations on one bucket.
    Combined,
}
