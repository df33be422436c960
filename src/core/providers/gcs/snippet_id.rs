//! The generated files of Google Cloud Storage by public id (`data-snippet`): each one's title,
//! download name and the fields it is built from. Data only; the texts are `super::snippets`'.

use super::setup::GcsField;
use crate::core::text::Msg;
use crate::msg;

/// A generated file of the Google Cloud Storage guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GcsSnippet {
    /// The custom role as YAML for `gcloud iam roles create --file`.
    Role,
    /// gcloud: the role, the service account, the role bound on the bucket.
    CliScript,
    /// Terraform: the same three, never a key.
    Terraform,
    /// The read-only preflight (same id as Amazon S3's: one preflight section per guide).
    PreflightScript,
}

impl GcsSnippet {
    pub const ALL: [GcsSnippet; 4] = [
        Self::Role,
        Self::CliScript,
        Self::Terraform,
        Self::PreflightScript,
    ];

    /// The public id: `data-snippet` (docs/contract.md).
    pub const fn key(self) -> &'static str {
        match self {
            Self::Role => "gcs-role",
            Self::CliScript => "gcs-cli-script",
            Self::Terraform => "gcs-terraform",
            Self::PreflightScript => "preflight-script",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    pub fn title(self) -> Msg {
        match self {
            Self::Role => msg!("gcs-snippet-role"),
            Self::CliScript => msg!("gcs-snippet-cli-script"),
            Self::Terraform => msg!("gcs-snippet-terraform"),
            Self::PreflightScript => msg!("gcs-snippet-preflight-script"),
        }
    }

    /// The download's file name.
    pub fn file_name(self) -> &'static str {
        match self {
            Self::Role => "braze-gcs-role.yaml",
            Self::CliScript => "braze-gcs-setup.sh",
            Self::Terraform => "braze-gcs.tf",
            Self::PreflightScript => "braze-gcs-preflight.sh",
        }
    }

    /// The typed fields the file is built from. The role file needs none: its ID and project go
    /// on the command line that reads it (its note shows that line).
    pub fn needs(self) -> &'static [GcsField] {
        match self {
            Self::Role => &[],
            Self::CliScript | Self::Terraform | Self::PreflightScript => &[
                GcsField::Bucket,
                GcsField::ProjectId,
                GcsField::RoleId,
                GcsField::ServiceAccount,
            ],
        }
    }
}
