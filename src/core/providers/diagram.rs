//! "Who may do what" for the providers other than Amazon S3, in the picture's own data
//! (`core::diagram`: boxes and arrows top to bottom, a title and a description saying all it
//! shows), drawn by the same view: Braze, what it signs in with, and what it may write to.
//! Values the rules refuse show as their placeholders.

use super::azure::rules::{is_guid, Report as AzureReport};
use super::azure::{AzureAuth, AzureField};
use super::case::{azure_setup, gcs_setup};
use super::gcs::{GcsField, GcsReport};
use crate::core::config::Config;
use crate::core::diagram::{Diagram, Line, NodeKind, Part, Shown};
use crate::core::provider::{Provider, GCS_AUTH_KEY};
use crate::core::text::{Arg, Msg};
use crate::msg;

fn shown(ok: bool, value: &str, placeholder: Msg) -> Shown {
    if ok && !value.is_empty() {
        Shown::Value(value.to_owned())
    } else {
        Shown::Placeholder(placeholder)
    }
}

fn arg(shown: &Shown) -> Arg {
    match shown {
        Shown::Value(v) => Arg::Text(v.clone()),
        Shown::Placeholder(m) => Arg::Placeholder(Box::new(m.clone())),
    }
}

fn braze() -> Part {
    Part::Node {
        kind: NodeKind::BrazeAccount,
        lines: vec![Line::Label(msg!("provider-diagram-braze"))],
    }
}

fn arrow(label: Msg) -> Part {
    Part::Arrow {
        lines: vec![Line::Label(label)],
    }
}

/// The picture of the provider's case; `None` for Amazon S3 (its own picture).
pub fn diagram(config: &Config) -> Option<Diagram> {
    match config.provider {
        Provider::AmazonS3 => None,
        Provider::GoogleCloudStorage => {
            let setup = gcs_setup(config);
            let report = GcsReport::new(&setup);
            let ok = |field| report.is_ok(field);
            let account = shown(
                ok(GcsField::ServiceAccount) && ok(GcsField::ProjectId),
                &if setup.project_id.is_empty() {
                    String::new()
                } else {
                    setup.service_account_email()
                },
                msg!("gcs-placeholder-service-account"),
            );
            let role = shown(
                ok(GcsField::RoleId),
                setup.role_id(),
                msg!("gcs-placeholder-role-id"),
            );
            let bucket = shown(
                ok(GcsField::Bucket),
                &setup.bucket,
                msg!("gcs-placeholder-bucket"),
            );
            Some(Diagram {
                auth: GCS_AUTH_KEY,
                title: msg!("provider-diagram-title", target = arg(&bucket)),
                description: vec![msg!(
                    "provider-diagram-gcs-desc",
                    account = arg(&account),
                    role = arg(&role),
                    bucket = arg(&bucket)
                )],
                parts: vec![
                    braze(),
                    arrow(msg!("provider-diagram-gcs-key")),
                    Part::Node {
                        kind: NodeKind::User,
                        lines: vec![
                            Line::Label(msg!("provider-diagram-service-account")),
                            Line::Code(account),
                        ],
                    },
                    Part::Arrow {
                        lines: vec![
                            Line::Label(msg!("provider-diagram-gcs-role")),
                            Line::Code(role),
                        ],
                    },
                    Part::Node {
                        kind: NodeKind::Bucket,
                        lines: vec![
                            Line::Label(msg!("provider-diagram-bucket")),
                            Line::Code(bucket),
                        ],
                    },
                ],
            })
        }
        Provider::AzureBlobStorage => {
            let setup = azure_setup(config);
            let report = AzureReport::new(&setup);
            let ok = |field| report.is_ok(field);
            let account = shown(
                ok(AzureField::StorageAccount),
                &setup.storage_account,
                msg!("azure-field-storage-account"),
            );
            let container = shown(
                ok(AzureField::Container),
                &setup.container,
                msg!("azure-field-container"),
            );
            let storage = Part::Node {
                kind: NodeKind::Bucket,
                lines: vec![
                    Line::Label(msg!("provider-diagram-storage-account")),
                    Line::Code(account.clone()),
                    Line::Code(container.clone()),
                ],
            };
            let title = msg!("provider-diagram-title", target = arg(&account));
            Some(match setup.auth {
                AzureAuth::ConnectionString => Diagram {
                    auth: setup.auth.key(),
                    title,
                    description: vec![msg!(
                        "provider-diagram-azure-connection-string-desc",
                        account = arg(&account),
                        container = arg(&container)
                    )],
                    parts: vec![
                        braze(),
                        arrow(msg!("provider-diagram-azure-connection-string")),
                        storage,
                    ],
                },
                AzureAuth::CertificateServicePrincipal => {
                    let client = shown(
                        is_guid(&setup.client_id),
                        &setup.client_id.to_ascii_lowercase(),
                        msg!("azure-field-client-id"),
                    );
                    Diagram {
                        auth: setup.auth.key(),
                        title,
                        description: vec![msg!(
                            "provider-diagram-azure-certificate-desc",
                            client = arg(&client),
                            account = arg(&account),
                            container = arg(&container)
                        )],
                        parts: vec![
                            braze(),
                            arrow(msg!("provider-diagram-azure-certificate")),
                            Part::Node {
                                kind: NodeKind::Role,
                                lines: vec![
                                    Line::Label(msg!("provider-diagram-app")),
                                    Line::Code(client),
                                ],
                            },
                            arrow(msg!("provider-diagram-azure-role")),
                            storage,
                        ],
                    }
                }
            })
        }
    }
}
