//! Secrets a reader may paste by mistake: a connection string, a SAS token, an account key, a
//! private key, a client secret. None is ever asked for, kept or echoed: a field or reader that
//! finds one refuses the whole text with a message saying where it belongs (Braze's own field),
//! and the caller drops it.

use crate::core::text::Msg;
use crate::msg;

/// The kind of secret found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Secret {
    /// A storage connection string with `AccountKey=` (or a SAS inside one).
    ConnectionString,
    /// A shared access signature (`sig=` with its `sv=`/`se=`/`sp=` companions).
    SasToken,
    /// A storage account access key on its own (88 characters of base64).
    AccountKey,
    /// A PEM private key (`-----BEGIN … PRIVATE KEY-----`).
    PrivateKey,
    /// A Microsoft Entra client secret (password credential): `xxxNQ~…`.
    ClientSecret,
}

impl Secret {
    /// Where the secret belongs, said without repeating any of it.
    pub fn message(self) -> Msg {
        match self {
            Self::ConnectionString => msg!("azure-secret-connection-string"),
            Self::SasToken => msg!("azure-secret-sas-token"),
            Self::AccountKey => msg!("azure-secret-account-key"),
            Self::PrivateKey => msg!("azure-secret-private-key"),
            Self::ClientSecret => msg!("azure-secret-client-secret"),
        }
    }
}

/// The first secret `text` holds, if any. Case-insensitive where Azure is.
pub fn find(text: &str) -> Option<Secret> {
    let lower = text.to_ascii_lowercase();
    if lower.contains("-----begin") && lower.contains("private key-----") {
        return Some(Secret::PrivateKey);
    }
    if lower.contains("accountkey=") || lower.contains("sharedaccesssignature=") {
        return Some(Secret::ConnectionString);
    }
    if has_param(&lower, "sig")
        && ["sv", "se", "sp", "srt", "ss"]
            .iter()
            .any(|p| has_param(&lower, p))
    {
        return Some(Secret::SasToken);
    }
    if text.split_whitespace().any(is_account_key) {
        return Some(Secret::AccountKey);
    }
    if text.split_whitespace().any(is_client_secret) {
        return Some(Secret::ClientSecret);
    }
    None
}

/// Whether `lower` holds the query parameter `name=` at a parameter's start.
fn has_param(lower: &str, name: &str) -> bool {
    lower.match_indices(&format!("{name}=")).any(|(at, _)| {
        at == 0
            || lower[..at]
                .chars()
                .next_back()
                .is_some_and(|c| matches!(c, '?' | '&' | ';' | ' ' | '\n' | '\t' | '"' | '\''))
    })
}

/// A storage account key: 64 bytes in base64, 88 characters ending in `==`.
fn is_account_key(word: &str) -> bool {
    let word = word.trim_matches(|c| c == '"' || c == '\'');
    word.len() == 88
        && word.ends_with("==")
        && word.as_bytes()[..86]
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'+' || *b == b'/')
}

/// A client secret as Microsoft Entra ID generates them: three characters, a digit, `Q~`,
/// then 31 to 34 characters of `A-Za-z0-9 _ - . ~`.
fn is_client_secret(word: &str) -> bool {
    let word = word.trim_matches(|c| c == '"' || c == '\'');
    let bytes = word.as_bytes();
    let allowed = |b: &u8| b.is_ascii_alphanumeric() || b"_-.~".contains(b);
    (37..=40).contains(&bytes.len())
        && bytes[3].is_ascii_digit()
        && &bytes[4..6] == b"Q~"
        && bytes[..3].iter().all(allowed)
        && bytes[6..].iter().all(allowed)
}
