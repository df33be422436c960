//! The free-text fields of the form, each with its one URL key, input name and label. The
//! values live in [`super::config::Config`] (see `Config::value`); the rules in
//! [`super::rules`].

use super::facts;
use super::text::Msg;
use crate::msg;

/// The longest Currents folder path the widget accepts, in UTF-8 bytes. An S3 object key is at
/// most 1,024 bytes (AWS object keys), and the key Braze writes is the folder path followed by
/// a name of its own: `/dataexport.<cluster>.S3.integration.<id>/event_type=<type>/date=<hour>/
/// …/<file>.avro`, 215 bytes in Braze's own example (docs/facts.md). The other 512 bytes are
/// left to Braze's part, more than twice its example, for longer event types, ids and offsets.
pub const FOLDER_MAX_BYTES: usize = 512;

/// The most bytes an S3 object key can have (AWS object keys).
pub const S3_KEY_MAX_BYTES: usize = 1024;

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

    /// The longest value AWS accepts in the field, in UTF-8 bytes (docs/facts.md, "Input
    /// rules"). Every character a valid bucket name, account ID, external ID or IAM name may
    /// hold is ASCII, one byte: for them this is AWS's count of characters. A folder path is
    /// counted in bytes, as S3 counts key names.
    pub const fn max_bytes(self) -> usize {
        match self {
            Self::Bucket => 63,
            Self::BrazeAccount | Self::OwnAccount => 12,
            Self::ExternalId => 1224,
            Self::UserName => 64,
            // A role may be typed with its path (`rules::role_name`): IAM's 512 characters of
            // path, slashes included, then the 64 of the name.
            Self::RoleName => 512 + 64,
            Self::PolicyName => 128,
            Self::Folder | Self::ConnectorFolder(_) => FOLDER_MAX_BYTES,
        }
    }

    /// A suffix for the input's element id, unique within one widget.
    pub fn anchor(self) -> String {
        match self {
            Self::ConnectorFolder(id) => format!("connector-folder-{id}"),
            other => other.key().to_owned(),
        }
    }
}
