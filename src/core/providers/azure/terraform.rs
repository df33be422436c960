//! The Terraform configuration (`azure-terraform`): the storage account and its container
//! (azurerm), and for the certificate method the app registration, its service principal,
//! the public certificate and the role assignment at the storage account's scope (azuread).
//!
//! Argument names are those of azurerm 4.9 and later (`azurerm_storage_container`'s
//! `storage_account_id`, new in 4.9.0) and azuread 3.0 and later (`client_id` and
//! `application_id`, which replaced `application_id` and `application_object_id` in 3.0.0):
//! the `required_providers` block pins those ranges. No private key and no account key is
//! ever in the configuration or its state: the certificate resource reads `cert.pem` only.

use super::facts;
use super::plan::Plan;
use crate::core::iac::hcl::{Block, Expr, File};

pub const AZURERM_VERSION: &str = ">= 4.9.0, < 6.0.0";
pub const AZUREAD_VERSION: &str = ">= 3.0.0, < 4.0.0";

fn provider(source: &str, version: &str) -> Expr {
    Expr::Object(vec![
        ("source".to_owned(), Expr::str(source)),
        ("version".to_owned(), Expr::str(version)),
    ])
}

fn reference(text: &str) -> Expr {
    Expr::reference(&text.split('.').collect::<Vec<_>>())
}

/// The configuration for `plan`, as data.
pub fn configuration(plan: &Plan) -> File {
    let certificate = plan.is_certificate();
    let mut providers = Block::new("required_providers", &[])
        .attr("azurerm", provider("hashicorp/azurerm", AZURERM_VERSION));
    if certificate {
        providers = providers.attr("azuread", provider("hashicorp/azuread", AZUREAD_VERSION));
    }
    let mut blocks = vec![
        Block::new("terraform", &[]).block(providers),
        Block::new("provider", &["azurerm"]).block(Block::new("features", &[])),
        Block::new("data", &["azurerm_resource_group", "braze"])
            .attr("name", Expr::str(&plan.resource_group)),
        Block::new("resource", &["azurerm_storage_account", "braze"])
            .attr("name", Expr::str(&plan.storage_account))
            .attr(
                "resource_group_name",
                reference("data.azurerm_resource_group.braze.name"),
            )
            .attr(
                "location",
                reference("data.azurerm_resource_group.braze.location"),
            )
            .attr("account_kind", Expr::str(facts::KIND))
            .attr("account_tier", Expr::str("Standard"))
            .attr("account_replication_type", Expr::str("LRS"))
            .attr("min_tls_version", Expr::str("TLS1_2"))
            .attr("https_traffic_only_enabled", Expr::Bool(true))
            .attr("allow_nested_items_to_be_public", Expr::Bool(false)),
        Block::new("resource", &["azurerm_storage_container", "braze"])
            .attr("name", Expr::str(&plan.container))
            .attr(
                "storage_account_id",
                reference("azurerm_storage_account.braze.id"),
            )
            .attr("container_access_type", Expr::str("private")),
    ];
    if certificate {
        blocks.extend(certificate_blocks(plan));
    }
    blocks.push(Block::new("output", &["account_endpoint"]).attr(
        "value",
        reference("azurerm_storage_account.braze.primary_blob_endpoint"),
    ));
    File {
        comments: comments(plan),
        blocks,
    }
}

fn certificate_blocks(plan: &Plan) -> Vec<Block> {
    let mut blocks = vec![Block::new("provider", &["azuread"])];
    let (client_id, principal) = match &plan.client_id {
        // An app registration that exists: read it, and its service principal.
        Some(id) => {
            blocks.push(
                Block::new("data", &["azuread_application", "braze"])
                    .attr("client_id", Expr::str(id)),
            );
            blocks.push(
                Block::new("data", &["azuread_service_principal", "braze"])
                    .attr("client_id", Expr::str(id)),
            );
            (
                "data.azuread_application.braze",
                "data.azuread_service_principal.braze.object_id",
            )
        }
        None => {
            blocks.push(
                Block::new("resource", &["azuread_application", "braze"])
                    .attr("display_name", Expr::str(facts::APP_NAME)),
            );
            blocks.push(
                Block::new("resource", &["azuread_service_principal", "braze"]).attr(
                    "client_id",
                    reference("azuread_application.braze.client_id"),
                ),
            );
            (
                "azuread_application.braze",
                "azuread_service_principal.braze.object_id",
            )
        }
    };
    blocks.push(
        Block::new("resource", &["azuread_application_certificate", "braze"])
            .attr("application_id", reference(&format!("{client_id}.id")))
            .attr("type", Expr::str("AsymmetricX509Cert"))
            .attr("value", Expr::call("file", vec![Expr::str("cert.pem")])),
    );
    blocks.push(
        Block::new("resource", &["azurerm_role_assignment", "braze"])
            .attr("scope", reference("azurerm_storage_account.braze.id"))
            .attr("role_definition_name", Expr::str(facts::ROLE_NAME))
            .attr("principal_id", reference(principal))
            .attr("principal_type", Expr::str("ServicePrincipal")),
    );
    blocks.push(Block::new("data", &["azuread_client_config", "current"]));
    blocks.push(Block::new("output", &["tenant_id"]).attr(
        "value",
        reference("data.azuread_client_config.current.tenant_id"),
    ));
    blocks.push(
        Block::new("output", &["client_id"])
            .attr("value", reference(&format!("{client_id}.client_id"))),
    );
    blocks
}

fn comments(plan: &Plan) -> Vec<String> {
    let mut lines = vec![
        format!(
            "Braze + Azure Blob Storage: storage account {}, container {}.",
            plan.storage_account, plan.container
        ),
        format!(
            "Integration: {}. Authentication: {}.",
            plan.integration_label(),
            plan.auth_label()
        ),
        "Written by braze-s3-companion for these values. Read it before you apply it.".to_owned(),
        format!("Providers: azurerm {AZURERM_VERSION} (argument names of 4.9 and later)."),
        "The resource group must exist; azurerm takes the subscription from az login or".to_owned(),
        "ARM_SUBSCRIPTION_ID.".to_owned(),
    ];
    if plan.is_certificate() {
        lines.extend([
            format!("azuread {AZUREAD_VERSION} (client_id and application_id of 3.0 and later)."),
            "Put cert.pem (the public certificate only) next to this file. Entra ID takes the"
                .to_owned(),
            "credential's dates from the certificate.".to_owned(),
        ]);
    } else {
        lines.push(
            "No key is read: copy the connection string from the portal (Access keys).".to_owned(),
        );
    }
    lines
}
