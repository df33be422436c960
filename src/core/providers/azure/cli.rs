//! The Azure CLI script (`azure-cli-script`): the storage account and container, and for the
//! certificate method the app registration, its service principal, the public certificate
//! (always `--append`: without it `az ad app credential reset` deletes the app's other
//! credentials) and Storage Blob Data Contributor at the storage-account scope.
//!
//! Every `az` call is data first ([`AzCall`], listed in order by [`calls`]), then printed. The
//! values are assigned once, single-quoted, and used as `"$VAR"`. No call reads or prints a
//! key: no `keys list`, no `show-connection-string`, and the container is created with
//! `--auth-mode login` (the reader's own Microsoft Entra sign-in).

use super::facts;
use super::plan::Plan;
use crate::core::iac::shell::{self, quote, say};

/// One word of an `az` command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Word {
    /// A subcommand, option or fixed value, printed as is (only shell-inert characters).
    Lit(&'static str),
    /// A fixed value that holds spaces, printed single-quoted.
    Text(&'static str),
    /// A shell variable of the script, printed `"$NAME"`.
    Var(&'static str),
}

/// One `az` command: the words after `az`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AzCall {
    pub words: Vec<Word>,
}

impl AzCall {
    fn new(words: &[Word]) -> Self {
        Self {
            words: words.to_vec(),
        }
    }

    /// The command line as bash reads it.
    pub fn to_shell(&self) -> String {
        let mut line = String::from("az");
        for word in &self.words {
            line.push(' ');
            match word {
                Word::Lit(text) => line.push_str(text),
                Word::Text(text) => line.push_str(&quote(text)),
                Word::Var(name) => line.push_str(&format!("\"${name}\"")),
            }
        }
        line
    }

    /// The arguments `az` receives, with each variable's value from `values`.
    pub fn argv(&self, values: &dyn Fn(&str) -> String) -> Vec<String> {
        self.words
            .iter()
            .map(|w| match w {
                Word::Lit(t) | Word::Text(t) => (*t).to_owned(),
                Word::Var(name) => values(name),
            })
            .collect()
    }
}

use Word::{Lit, Text, Var};

fn account_show() -> AzCall {
    AzCall::new(&[
        Lit("storage"),
        Lit("account"),
        Lit("show"),
        Lit("--name"),
        Var("STORAGE_ACCOUNT"),
        Lit("--resource-group"),
        Var("RESOURCE_GROUP"),
        Lit("--output"),
        Lit("none"),
    ])
}

fn account_create() -> AzCall {
    AzCall::new(&[
        Lit("storage"),
        Lit("account"),
        Lit("create"),
        Lit("--name"),
        Var("STORAGE_ACCOUNT"),
        Lit("--resource-group"),
        Var("RESOURCE_GROUP"),
        Lit("--sku"),
        Lit(facts::SKU),
        Lit("--kind"),
        Lit(facts::KIND),
        Lit("--min-tls-version"),
        Lit("TLS1_2"),
        Lit("--allow-blob-public-access"),
        Lit("false"),
        Lit("--output"),
        Lit("none"),
    ])
}

fn container_create() -> AzCall {
    AzCall::new(&[
        Lit("storage"),
        Lit("container"),
        Lit("create"),
        Lit("--name"),
        Var("CONTAINER"),
        Lit("--account-name"),
        Var("STORAGE_ACCOUNT"),
        Lit("--auth-mode"),
        Lit("login"),
        Lit("--output"),
        Lit("none"),
    ])
}

fn app_list() -> AzCall {
    AzCall::new(&[
        Lit("ad"),
        Lit("app"),
        Lit("list"),
        Lit("--display-name"),
        Var("APP_NAME"),
        Lit("--query"),
        Text("[0].appId"),
        Lit("--output"),
        Lit("tsv"),
    ])
}

fn app_create() -> AzCall {
    AzCall::new(&[
        Lit("ad"),
        Lit("app"),
        Lit("create"),
        Lit("--display-name"),
        Var("APP_NAME"),
        Lit("--query"),
        Lit("appId"),
        Lit("--output"),
        Lit("tsv"),
    ])
}

fn sp_show() -> AzCall {
    AzCall::new(&[
        Lit("ad"),
        Lit("sp"),
        Lit("show"),
        Lit("--id"),
        Var("CLIENT_ID"),
        Lit("--query"),
        Lit("id"),
        Lit("--output"),
        Lit("tsv"),
    ])
}

fn sp_create() -> AzCall {
    AzCall::new(&[
        Lit("ad"),
        Lit("sp"),
        Lit("create"),
        Lit("--id"),
        Var("CLIENT_ID"),
        Lit("--query"),
        Lit("id"),
        Lit("--output"),
        Lit("tsv"),
    ])
}

/// The public certificate, appended: `--append` keeps every other credential of the app.
/// `--years 2` lets the credential last as long as Braze's 730-day certificate (the CLI's
/// default is one year; it never goes past the certificate's own end).
fn credential_reset() -> AzCall {
    AzCall::new(&[
        Lit("ad"),
        Lit("app"),
        Lit("credential"),
        Lit("reset"),
        Lit("--id"),
        Var("CLIENT_ID"),
        Lit("--cert"),
        Lit("@cert.pem"),
        Lit("--append"),
        Lit("--years"),
        Lit("2"),
        Lit("--output"),
        Lit("none"),
    ])
}

fn account_id() -> AzCall {
    AzCall::new(&[
        Lit("storage"),
        Lit("account"),
        Lit("show"),
        Lit("--name"),
        Var("STORAGE_ACCOUNT"),
        Lit("--resource-group"),
        Var("RESOURCE_GROUP"),
        Lit("--query"),
        Lit("id"),
        Lit("--output"),
        Lit("tsv"),
    ])
}

fn role_assignment() -> AzCall {
    AzCall::new(&[
        Lit("role"),
        Lit("assignment"),
        Lit("create"),
        Lit("--role"),
        Text(facts::ROLE_NAME),
        Lit("--assignee-object-id"),
        Var("SP_OBJECT_ID"),
        Lit("--assignee-principal-type"),
        Lit("ServicePrincipal"),
        Lit("--scope"),
        Var("ACCOUNT_ID"),
        Lit("--output"),
        Lit("none"),
    ])
}

fn tenant_id() -> AzCall {
    AzCall::new(&[
        Lit("account"),
        Lit("show"),
        Lit("--query"),
        Lit("tenantId"),
        Lit("--output"),
        Lit("tsv"),
    ])
}

/// Every `az` call the script can make, in the order it makes them (each conditional call
/// included once).
pub fn calls(plan: &Plan) -> Vec<AzCall> {
    let mut calls = vec![account_show(), account_create(), container_create()];
    if plan.is_certificate() {
        if plan.client_id.is_none() {
            calls.extend([app_list(), app_create()]);
        }
        calls.extend([
            sp_show(),
            sp_create(),
            credential_reset(),
            account_id(),
            role_assignment(),
            tenant_id(),
        ]);
    }
    calls
}

/// The whole script.
pub fn script(plan: &Plan) -> String {
    let mut s = Vec::<String>::new();
    let mut line = |text: &str| s.push(text.to_owned());
    line("#!/usr/bin/env bash");
    for text in header(plan) {
        line(&shell::comment(&text));
    }
    line("set -euo pipefail");
    line("");
    line(&shell::comment(
        "Names in Azure. Each value is single-quoted: the shell reads nothing inside it.",
    ));
    line(&format!("RESOURCE_GROUP={}", quote(&plan.resource_group)));
    line(&format!("STORAGE_ACCOUNT={}", quote(&plan.storage_account)));
    line(&format!("CONTAINER={}", quote(&plan.container)));
    if plan.is_certificate() {
        match &plan.client_id {
            Some(id) => line(&format!("CLIENT_ID={}", quote(id))),
            None => line(&format!("APP_NAME={}", quote(facts::APP_NAME))),
        }
    }
    line("");
    line(&shell::comment(
        "An existing storage account is kept as it is.",
    ));
    line(&format!(
        "if {} 2>/dev/null; then",
        account_show().to_shell()
    ));
    line("  printf 'Storage account %s: exists, kept.\\n' \"$STORAGE_ACCOUNT\"");
    line("else");
    line(&format!("  {}", account_create().to_shell()));
    line("  printf 'Storage account %s: created.\\n' \"$STORAGE_ACCOUNT\"");
    line("fi");
    line("");
    line(&shell::comment(
        "The container, created with your own sign-in (no key): this needs a data role",
    ));
    line(&shell::comment(
        "for you on the account, such as Storage Blob Data Contributor. It is kept if it exists.",
    ));
    line(&format!("if ! {}; then", container_create().to_shell()));
    line(&format!(
        "  {} >&2",
        say("Creating the container failed. If Azure said you lack permissions, give yourself Storage Blob Data Contributor on the storage account, or create the container in the portal (Blobs > + Container), then run this again.")
    ));
    line("  exit 1");
    line("fi");
    line("printf 'Container %s: ready.\\n' \"$CONTAINER\"");
    if plan.is_certificate() {
        certificate_part(plan, &mut line);
    } else {
        line("");
        for text in [
            "Done. Now copy the connection string from the Azure portal: the storage account >",
            "Access keys > Show > Connection string (key1 or key2), and paste it into Braze only.",
            "This script never reads or prints a key.",
        ] {
            line(&say(text));
        }
    }
    let mut text = s.join("\n");
    text.push('\n');
    text
}

fn header(plan: &Plan) -> Vec<String> {
    let mut lines = vec![
        format!(
            "Braze + Azure Blob Storage: storage account {}, container {}.",
            quote(&plan.storage_account),
            quote(&plan.container)
        ),
        format!("Integration: {}.", plan.integration_label()),
        format!("Authentication: {}.", plan.auth_label()),
        "Written by braze-s3-companion for these values. Read it before you run it.".to_owned(),
        String::new(),
        "Run it with bash where the Azure CLI is signed in (az login) to the subscription"
            .to_owned(),
        "that holds the resource group (Azure Cloud Shell works): bash <this file>".to_owned(),
        "The resource group must exist: az group create --name <group> --location <region>"
            .to_owned(),
        "Safe to run again: what exists is kept.".to_owned(),
    ];
    if plan.is_certificate() {
        lines.push(
            "Run it in the folder holding cert.pem (the certificate commands make it).".to_owned(),
        );
    }
    lines
}

fn certificate_part(plan: &Plan, line: &mut impl FnMut(&str)) {
    line("");
    if plan.client_id.is_none() {
        line(&shell::comment(
            "The app registration: the one named so is reused, else one is created.",
        ));
        line(&format!("CLIENT_ID=\"$({})\"", app_list().to_shell()));
        line("if [ -z \"$CLIENT_ID\" ]; then");
        line(&format!("  CLIENT_ID=\"$({})\"", app_create().to_shell()));
        line("  printf 'App registration %s: created.\\n' \"$APP_NAME\"");
        line("fi");
    }
    line(&shell::comment(
        "Its service principal: the identity that gets the role.",
    ));
    line(&format!(
        "if ! SP_OBJECT_ID=\"$({} 2>/dev/null)\"; then",
        sp_show().to_shell()
    ));
    line(&format!("  SP_OBJECT_ID=\"$({})\"", sp_create().to_shell()));
    line("fi");
    line("");
    line(&shell::comment(
        "The public certificate only, appended to the app's credentials: --append keeps",
    ));
    line(&shell::comment(
        "every other certificate and secret of the app (without it, all are deleted).",
    ));
    line("if [ ! -f cert.pem ]; then");
    line(&format!(
        "  {} >&2",
        say("cert.pem is not in this folder: run the certificate commands first.")
    ));
    line("  exit 1");
    line("fi");
    line("if grep -q 'PRIVATE KEY' cert.pem; then");
    line(&format!(
        "  {} >&2",
        say("cert.pem holds a private key: upload only the public certificate.")
    ));
    line("  exit 1");
    line("fi");
    line(&credential_reset().to_shell());
    line("");
    line(&shell::comment(
        "Storage Blob Data Contributor at the storage account's scope, as Braze asks:",
    ));
    line(&shell::comment(
        "not on the container, not on the resource group or subscription.",
    ));
    line(&format!("ACCOUNT_ID=\"$({})\"", account_id().to_shell()));
    line(&role_assignment().to_shell());
    line("");
    line(&format!("TENANT_ID=\"$({})\"", tenant_id().to_shell()));
    line(&say("Done. In Braze, Certificate Service Principal:"));
    line("printf '  Tenant ID: %s\\n' \"$TENANT_ID\"");
    line("printf '  Client ID: %s\\n' \"$CLIENT_ID\"");
    line(&format!(
        "printf '  Account Endpoint: %s\\n' {}",
        quote(&facts::account_endpoint(&plan.storage_account))
    ));
    line(&format!(
        "printf '  Certificate: %s\\n' {}",
        quote(facts::COMBINED_PEM)
    ));
    line("printf '  Container Name: %s\\n' \"$CONTAINER\"");
}
