//! The certificate commands (`azure-certificate`), as Braze's Azure page gives them: a
//! self-signed certificate with an unencrypted 2048-bit RSA key, valid 730 days; the combined
//! file Braze's Certificate field takes; and, for an existing `.pfx`, the two conversions.
//! The commands are data ([`commands`]) and the script prints them; no value of the reader's
//! goes in, so nothing waits for a field.

use super::facts;
use crate::core::iac::shell;

/// The commands that make the files, in order: `cert.pem` (public, for Microsoft Entra ID),
/// `key.pem` (private), and their concatenation for Braze.
pub fn commands() -> Vec<String> {
    vec![
        format!(
            "openssl req -x509 -newkey rsa:2048 -keyout key.pem -out cert.pem -days {} -nodes -subj \"/CN={}\"",
            facts::CERTIFICATE_DAYS,
            facts::APP_NAME
        ),
        format!("cat cert.pem key.pem > {}", facts::COMBINED_PEM),
        "openssl x509 -in cert.pem -noout -enddate".to_owned(),
    ]
}

/// The conversions from an existing `your-cert.pfx`, in place of the first two commands.
pub fn pfx_commands() -> Vec<String> {
    vec![
        "openssl pkcs12 -in your-cert.pfx -nokeys -out cert.pem".to_owned(),
        format!(
            "openssl pkcs12 -in your-cert.pfx -nodes -out {}",
            facts::COMBINED_PEM
        ),
    ]
}

/// The whole script.
pub fn script() -> String {
    let mut lines = vec!["#!/usr/bin/env bash".to_owned()];
    for text in [
        "Braze + Azure Blob Storage, certificate service principal: the certificate files.",
        "Written by braze-s3-companion, with the commands of Braze's Azure page.",
        "",
        "cert.pem: the public certificate. Upload it to the app registration",
        "  (Certificates & secrets > Certificates > Upload certificate).",
        "key.pem: the private key, unencrypted (Braze cannot read a passphrase).",
        "  Never upload it to Azure.",
        &format!(
            "{}: certificate and key together, only for Braze's Certificate field.",
            facts::COMBINED_PEM
        ),
        "The last command prints the certificate's end date: note it, and renew before.",
    ] {
        lines.push(shell::comment(text));
    }
    lines.push("set -euo pipefail".to_owned());
    lines.push(shell::comment(
        "Files readable by you only: key.pem is a secret.",
    ));
    lines.push("umask 077".to_owned());
    lines.extend(commands());
    lines.push(String::new());
    lines.push(shell::comment(
        "With an existing .pfx instead, run these two in place of the first two commands:",
    ));
    for command in pfx_commands() {
        lines.push(shell::comment(&command));
    }
    let mut text = lines.join("\n");
    text.push('\n');
    text
}
