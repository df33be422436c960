//! The free-text fields of the form, each with its one URL key, input name and label. The
//! values live in [`super::config::Config`] (see `Config::value`); the rules in
//! [`super::rules`].

use super::facts;
use super::text::Msg;
use crate::msg;

/// A field of the form. Its [`Field::key`] is the input's `name` and its URL key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Bucket,
    BrazeAccount,
    ExternalId,
    Folder,
    UserName,
    RoleName,
    PolicyName,
    OwnAccount,
    /// The folder path of a further connector, by connector id.
    ConnectorFolder(u32),
}

impl Field {
    /// Every field with a URL key, in form order (a further connector's folder has none: the
    /// connectors travel in saved state only).
    pub const ALL: [Field; 8] = [
        Self::Bucket,
        Self::BrazeAccount,
        Self::ExternalId,
        Self::Folder,
        Self::UserName,
        Self::RoleName,
        Self::PolicyName,
        Self::OwnAccount,
    ];

    /// The URL key and the input's `name` (docs/contract.md).
    pub const fn key(self) -> &'static str {
        match self {
            Self::Bucket => "bucket",
            Self::BrazeAccount => "account",
            Self::ExternalId => "external-id",
            Self::Folder => "folder",
            Self::UserName => "user-name",
            Self::RoleName => "role-name",
            Self::PolicyName => "policy-name",
            Self::OwnAccount => "own-account",
            Self::ConnectorFolder(_) => "connector-folder",
        }
    }

    /// The field's label in the form. A further connector's folder is named by the
    /// connectors' list it sits in (its own input adds the connector's number).
    pub fn label(self) -> Msg {
        match self {
            Self::Bucket => msg!("field-bucket"),
            Self::BrazeAccount => msg!("field-account"),
            Self::ExternalId => msg!("field-external-id"),
            Self::Folder => msg!("field-folder"),
            Self::UserName => msg!("field-user-name"),
            Self::RoleName => msg!("field-role-name"),
            Self::PolicyName => msg!("field-policy-name"),
            Self::OwnAccount => msg!("field-own-account"),
            Self::ConnectorFolder(_) => msg!("connectors-legend"),
        }
    }

    /// The name used when the field is left empty, for the optional names.
    pub fn default_name(self) -> Option<&'static str> {
        match self {
            Self::UserName => Some(facts::DEFAULT_USER_NAME),
            Self::RoleName => Some(facts::DEFAULT_ROLE_NAME),
            Self::PolicyName => Some(facts::DEFAULT_POLICY_NAME),
            _ => None,
        }
    }

    /// Whether the field may stay empty: the optional names (a default stands in) and the
    /// reader's own account ID (only the role ARN snippet waits for it).
    pub fn is_optional(self) -> bool {
        self.default_name().is_some() || self == Self::OwnAccount
    }

    /// A suffix for the input's element id, unique within one widget.
    pub fn anchor(self) -> String {
        match self {
            Self::ConnectorFolder(id) => format!("connector-folder-{id}"),
            other => other.key().to_owned(),
        }
    }
}
