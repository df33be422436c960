//! Secrets the widget refuses wherever they are pasted: a service account's JSON key (the file
//! Google downloads from **Create Key** > **JSON**), or any PEM private key. The key belongs in
//! Braze only (its **GCS JSON Credentials** field for Currents, the GCS credentials of
//! **Technology Partners** > **Google Cloud Storage** for exports). The answer is a kind, never
//! any part of the text, so a caller that drops the text keeps nothing of it.

use crate::core::text::{Arg, Msg};
use crate::msg;

/// What kind of secret a text holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Secret {
    /// A service account key file: JSON with `"type": "service_account"` and `"private_key"`,
    /// whole or in part.
    ServiceAccountKey,
    /// A PEM private key (`-----BEGIN … PRIVATE KEY-----`), on its own.
    PrivateKey,
}

impl Secret {
    /// Where the secret belongs, and that nothing of it was kept.
    pub fn message(self) -> Msg {
        let kind = match self {
            Self::ServiceAccountKey => "key-file",
            Self::PrivateKey => "private-key",
        };
        msg!("gcs-secret-refused", kind = Arg::Key(kind))
    }
}

/// The secret `text` holds, if any. Reads the text as it is and in its JSON-escaped form, and
/// a part of a key file too: a key cut short by a paste is still a key.
pub fn detect(text: &str) -> Option<Secret> {
    let lower = text.to_ascii_lowercase();
    // The key file holds its PEM key with `\n` escapes: the marker still reads the same.
    let pem = lower.contains("-----begin") && lower.contains("private key");
    let key_field = lower.contains("\"private_key\"") || lower.contains("\"private_key_id\"");
    let service_account = lower.contains("service_account");
    if key_field || (service_account && pem) {
        Some(Secret::ServiceAccountKey)
    } else if pem {
        Some(Secret::PrivateKey)
    } else {
        None
    }
}
