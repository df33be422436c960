//! The reader's case for Google Cloud Storage: the integration and the values they typed
//! ([`GcsSetup`]), and the fields of the form ([`GcsField`]), shaped like
//! [`crate::core::field::Field`] so that the provider engine folds them in the same way.

use super::facts;
use crate::core::config::Integration;
use crate::core::text::Msg;
use crate::msg;

/// Everything the reader chose or typed for Google Cloud Storage. Free-text fields hold exactly
/// what was typed, valid or not: [`super::rules::check`] judges them. None is ever a secret.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GcsSetup {
    pub integration: Integration,
    pub bucket: String,
    pub project_id: String,
    /// Empty means [`facts::DEFAULT_ROLE_ID`].
    pub role_id: String,
    /// The service account's ID (before the `@`); empty means [`facts::DEFAULT_SERVICE_ACCOUNT`].
    pub service_account: String,
    /// Braze's optional "GCS prefix".
    pub prefix: String,
    /// Whether the bucket uses hierarchical namespace.
    pub hierarchical_namespace: bool,
}

/// The values of the hierarchical-namespace choice.
pub const HNS_ON: &str = "on";
pub const HNS_OFF: &str = "off";

/// `on` or `off`; anything else is not a value of the choice.
pub fn hns_from_key(key: &str) -> Option<bool> {
    match key {
        HNS_ON => Some(true),
        HNS_OFF => Some(false),
        _ => None,
    }
}

pub fn hns_key(on: bool) -> &'static str {
    if on {
        HNS_ON
    } else {
        HNS_OFF
    }
}

impl GcsSetup {
    pub fn role_id(&self) -> &str {
        or_default(&self.role_id, facts::DEFAULT_ROLE_ID)
    }

    pub fn service_account(&self) -> &str {
        or_default(&self.service_account, facts::DEFAULT_SERVICE_ACCOUNT)
    }

    /// The service account's email address, as Google builds it from the ID and the project.
    pub fn service_account_email(&self) -> String {
        facts::service_account_email(self.service_account(), &self.project_id)
    }

    /// The custom role's full name: `projects/PROJECT/roles/ROLE_ID`.
    pub fn role_name(&self) -> String {
        facts::custom_role_name(&self.project_id, self.role_id())
    }

    /// The field's text exactly as typed (`on`/`off` for the choice).
    pub fn value(&self, field: GcsField) -> &str {
        match field {
            GcsField::Bucket => &self.bucket,
            GcsField::ProjectId => &self.project_id,
            GcsField::RoleId => &self.role_id,
            GcsField::ServiceAccount => &self.service_account,
            GcsField::Prefix => &self.prefix,
            GcsField::HierarchicalNamespace => hns_key(self.hierarchical_namespace),
        }
    }

    /// The field's text, or the default name it stands for when empty.
    pub fn value_or_default(&self, field: GcsField) -> &str {
        match field {
            GcsField::RoleId => self.role_id(),
            GcsField::ServiceAccount => self.service_account(),
            other => self.value(other),
        }
    }

    /// Sets a field from text (a URL value or an input). An unknown value of the choice leaves
    /// it unchanged: a choice falls back, free text is kept to be judged.
    pub fn set(&mut self, field: GcsField, text: &str) {
        let text = text.to_owned();
        match field {
            GcsField::Bucket => self.bucket = text,
            GcsField::ProjectId => self.project_id = text,
            GcsField::RoleId => self.role_id = text,
            GcsField::ServiceAccount => self.service_account = text,
            GcsField::Prefix => self.prefix = text,
            GcsField::HierarchicalNamespace => {
                if let Some(on) = hns_from_key(&text) {
                    self.hierarchical_namespace = on;
                }
            }
        }
    }
}

fn or_default<'a>(value: &'a str, default: &'static str) -> &'a str {
    if value.is_empty() {
        default
    } else {
        value
    }
}

/// A field of the Google Cloud Storage form. Its [`GcsField::key`] is the input's `name` and
/// its URL key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GcsField {
    Bucket,
    ProjectId,
    RoleId,
    ServiceAccount,
    Prefix,
    /// A choice (`on`/`off`), not free text.
    HierarchicalNamespace,
}

impl GcsField {
    /// Every field, in form order.
    pub const ALL: [GcsField; 6] = [
        Self::Bucket,
        Self::ProjectId,
        Self::RoleId,
        Self::ServiceAccount,
        Self::Prefix,
        Self::HierarchicalNamespace,
    ];

    /// The URL key and the input's `name`.
    pub const fn key(self) -> &'static str {
        match self {
            Self::Bucket => "bucket",
            Self::ProjectId => "project-id",
            Self::RoleId => "role-id",
            Self::ServiceAccount => "service-account",
            Self::Prefix => "prefix",
            Self::HierarchicalNamespace => "hierarchical-namespace",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.key() == key)
    }

    pub fn label(self) -> Msg {
        match self {
            Self::Bucket => msg!("gcs-field-bucket"),
            Self::ProjectId => msg!("gcs-field-project-id"),
            Self::RoleId => msg!("gcs-field-role-id"),
            Self::ServiceAccount => msg!("gcs-field-service-account"),
            Self::Prefix => msg!("gcs-field-prefix"),
            Self::HierarchicalNamespace => msg!("gcs-field-hierarchical-namespace"),
        }
    }

    /// The name used when the field is left empty.
    pub fn default_name(self) -> Option<&'static str> {
        match self {
            Self::RoleId => Some(facts::DEFAULT_ROLE_ID),
            Self::ServiceAccount => Some(facts::DEFAULT_SERVICE_ACCOUNT),
            _ => None,
        }
    }

    /// Whether the field may stay empty: the names (a default stands in) and Braze's optional
    /// prefix.
    pub fn is_optional(self) -> bool {
        self.default_name().is_some() || self == Self::Prefix
    }

    /// Whether the field is a choice rather than free text.
    pub fn is_choice(self) -> bool {
        self == Self::HierarchicalNamespace
    }

    /// A suffix for the input's element id, unique within one widget.
    pub fn anchor(self) -> String {
        format!("gcs-{}", self.key())
    }
}
