//! Troubleshooting: from a symptom the reader sees to its cause, its fix, and the checklist
//! items to recheck.

use super::config::{AuthMethod, Config};
use super::facts;
use super::text::Msg;
use crate::msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Symptom {
    InvalidRightAfterRole,
    PutObjectDenied,
    KmsGenerateDataKey,
    EventsStopped,
    ObjectLock,
    DownloadLinksFail,
    ApiExportNoUrl,
}

pub struct Diagnosis {
    pub cause: Msg,
    pub fix: Msg,
    /// Checklist item ids to recheck (those of the current case only are shown).
    pub recheck: &'static [&'static str],
}

impl Symptom {
    pub const ALL: [Symptom; 7] = [
        Self::InvalidRightAfterRole,
        Self::PutObjectDenied,
        Self::KmsGenerateDataKey,
        Self::EventsStopped,
        Self::ObjectLock,
        Self::DownloadLinksFail,
        Self::ApiExportNoUrl,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::InvalidRightAfterRole => "invalid-after-role",
            Self::PutObjectDenied => "put-object-denied",
            Self::KmsGenerateDataKey => "kms-generate-data-key",
            Self::EventsStopped => "events-stopped",
            Self::ObjectLock => "object-lock",
            Self::DownloadLinksFail => "download-links-fail",
            Self::ApiExportNoUrl => "api-export-no-url",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    /// What the reader sees, as they would describe it.
    pub fn title(self) -> Msg {
        match self {
            Self::InvalidRightAfterRole => msg!("symptom-invalid-after-role"),
            Self::PutObjectDenied => msg!("symptom-put-object-denied"),
            Self::KmsGenerateDataKey => msg!("symptom-kms-generate-data-key"),
            Self::EventsStopped => msg!("symptom-events-stopped"),
            Self::ObjectLock => msg!("symptom-object-lock"),
            Self::DownloadLinksFail => msg!("symptom-download-links-fail"),
            Self::ApiExportNoUrl => msg!("symptom-api-export-no-url"),
        }
    }

    /// Whether the symptom can happen in the reader's case.
    pub fn applies(self, config: &Config) -> bool {
        let currents = config.integration.has_currents();
        let dashboard = config.integration.has_dashboard_export();
        match self {
            Self::InvalidRightAfterRole => config.auth == AuthMethod::RoleArn,
            Self::PutObjectDenied | Self::KmsGenerateDataKey => true,
            Self::EventsStopped | Self::ObjectLock => currents,
            Self::DownloadLinksFail | Self::ApiExportNoUrl => dashboard,
        }
    }

    pub fn diagnosis(self) -> Diagnosis {
        match self {
            Self::InvalidRightAfterRole => Diagnosis {
                cause: msg!("cause-invalid-after-role"),
                fix: msg!("fix-invalid-after-role"),
                recheck: &[
                    "create-role.trusted-entity",
                    "attach-policy.attach",
                    "link-currents.credentials",
                    "link-dashboard-export.credentials",
                ],
            },
            Self::PutObjectDenied => Diagnosis {
                cause: msg!("cause-put-object-denied"),
                fix: msg!("fix-put-object-denied"),
                recheck: &[
                    "create-policy.paste",
                    "create-policy.name",
                    "attach-policy.attach",
                    "link-currents.credentials",
                    "link-dashboard-export.credentials",
                ],
            },
            Self::KmsGenerateDataKey => Diagnosis {
                cause: msg!("cause-kms-generate-data-key"),
                fix: msg!("fix-kms-generate-data-key"),
                recheck: &["create-bucket.create", "link-currents.encryption"],
            },
            Self::EventsStopped => Diagnosis {
                cause: msg!(
                    "cause-events-stopped",
                    days = facts::CREDENTIAL_EXPIRY.days_today,
                    hours = facts::CREDENTIAL_EXPIRY.hours_earlier
                ),
                fix: msg!("fix-events-stopped"),
                recheck: &["get-credentials.show", "link-currents.credentials"],
            },
            Self::ObjectLock => Diagnosis {
                cause: msg!("cause-object-lock"),
                fix: msg!("fix-object-lock"),
                recheck: &["create-bucket.create"],
            },
            Self::DownloadLinksFail => Diagnosis {
                cause: msg!("cause-download-links-fail"),
                fix: msg!("fix-download-links-fail"),
                recheck: &["create-policy.paste", "attach-policy.attach"],
            },
            Self::ApiExportNoUrl => Diagnosis {
                cause: msg!("cause-api-export-no-url"),
                fix: msg!("fix-api-export-no-url"),
                recheck: &[],
            },
        }
    }
}

impl Symptom {
    /// Braze's own words for this symptom, literal (see [`facts::BRAZE_ERROR_PUT_OBJECT`]).
    pub fn braze_says(self) -> &'static [&'static str] {
        match self {
            Self::PutObjectDenied => &[facts::BRAZE_ERROR_PUT_OBJECT],
            Self::KmsGenerateDataKey => &[facts::BRAZE_ERROR_KMS],
            Self::DownloadLinksFail => &[facts::BRAZE_ERROR_UNABLE_TO_CONNECT],
            _ => &[],
        }
    }

    /// What Braze's current page answers to this symptom, beyond the seed's fix.
    pub fn today(self) -> Option<Msg> {
        match self {
            Self::PutObjectDenied => Some(msg!(
                "today-check-permissions",
                heading = facts::BRAZE_CHECK_PERMISSIONS
            )),
            Self::KmsGenerateDataKey => Some(msg!("today-kms")),
            Self::DownloadLinksFail => Some(msg!("today-unable-to-connect")),
            _ => None,
        }
    }
}

/// What is good to know whatever the symptom, from Braze's current page, for this case: each
/// note's stable key (`data-troubleshoot-note`) and text.
pub fn notes(config: &Config) -> Vec<(&'static str, Msg)> {
    let currents = config.integration.has_currents();
    let dashboard = config.integration.has_dashboard_export();
    let mut notes = Vec::new();
    if dashboard {
        notes.push(("invalid-alert", msg!("today-invalid-alert")));
    }
    notes.push(("region", msg!("today-region")));
    if config.integration.is_message_archiving() {
        // Archives are not exports: one gzipped JSON file per message (Braze message archiving).
        notes.push(("format-archives", msg!("today-format-archives")));
    } else if dashboard {
        notes.push(("format-exports", msg!("today-format-exports")));
    }
    if currents {
        notes.push(("format-currents", msg!("today-format-currents")));
        notes.push(("contact-email", msg!("today-contact-email")));
    }
    notes.push(("switch-provider", msg!("today-switch-provider")));
    notes
}

/// The symptoms that can happen in this case, in the order they are listed.
pub fn symptoms_for(config: &Config) -> Vec<Symptom> {
    Symptom::ALL
        .into_iter()
        .filter(|s| s.applies(config))
        .collect()
}
