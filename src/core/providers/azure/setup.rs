//! The reader's case for Azure Blob Storage: the integration, the auth method and the values
//! they typed ([`AzureSetup`]), and the fields of the form ([`AzureField`]), shaped like
//! [`crate::core::field::Field`] so that the provider engine folds them in the same way.

use super::facts;
use crate::core::config::Integration;
use crate::core::text::Msg;
use crate::msg;

/// How Braze authenticates to the reader's storage account (Braze's Azure page).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum AzureAuth {
    /// The storage account's connection string (it embeds an account key), typed into Braze.
    #[default]
    ConnectionString,
    /// An app registration's service principal, signing in to Microsoft Entra ID with a
    /// certificate, writing through Azure RBAC. Currents only; public Azure cloud only.
    CertificateServicePrincipal,
}

impl AzureAuth {
    pub const ALL: [AzureAuth; 2] = [Self::ConnectionString, Self::CertificateServicePrincipal];

    /// The `auth` URL value.
    pub fn key(self) -> &'static str {
        match self {
            Self::ConnectionString => "connection-string",
            Self::CertificateServicePrincipal => "certificate-service-principal",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.key() == key)
    }

    /// The method's name in the form.
    pub fn label(self) -> Msg {
        match self {
            Self::ConnectionString => msg!("azure-auth-connection-string"),
            Self::CertificateServicePrincipal => msg!("azure-auth-certificate-service-principal"),
        }
    }

    /// Whether Braze accepts this method for `integration`: the certificate service principal
    /// is "available for Braze Currents only" (Braze's Azure page).
    pub fn supports(self, integration: Integration) -> bool {
        match self {
            Self::ConnectionString => true,
            Self::CertificateServicePrincipal => integration == Integration::Currents,
        }
    }
}

/// Everything the reader chose or typed for Azure Blob Storage. Free-text fields hold exactly
/// what was typed, valid or not: [`super::rules::check`] judges them. None is ever a secret:
/// the connection string and the private key go to Braze only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AzureSetup {
    pub integration: Integration,
    pub auth: AzureAuth,
    pub storage_account: String,
    pub container: String,
    /// Braze's optional "BlobStorage prefix" / "Prefix".
    pub prefix: String,
    pub resource_group: String,
    /// The Directory (tenant) ID: certificate method only.
    pub tenant_id: String,
    /// The Application (client) ID: certificate method only; empty in the generated files
    /// means "create the app".
    pub client_id: String,
}

impl AzureSetup {
    /// The field's text exactly as typed.
    pub fn value(&self, field: AzureField) -> &str {
        match field {
            AzureField::StorageAccount => &self.storage_account,
            AzureField::Container => &self.container,
            AzureField::Prefix => &self.prefix,
            AzureField::ResourceGroup => &self.resource_group,
            AzureField::TenantId => &self.tenant_id,
            AzureField::ClientId => &self.client_id,
        }
    }

    /// Sets a field from text (a URL value or an input).
    pub fn set(&mut self, field: AzureField, text: &str) {
        let text = text.to_owned();
        match field {
            AzureField::StorageAccount => self.storage_account = text,
            AzureField::Container => self.container = text,
            AzureField::Prefix => self.prefix = text,
            AzureField::ResourceGroup => self.resource_group = text,
            AzureField::TenantId => self.tenant_id = text,
            AzureField::ClientId => self.client_id = text,
        }
    }

    /// The fields this case shows, in form order: the IDs only for the certificate method.
    pub fn fields(&self) -> Vec<AzureField> {
        AzureField::ALL
            .into_iter()
            .filter(|f| f.applies(self.auth))
            .collect()
    }

    /// Braze's Account Endpoint for the typed storage account (certificate method). Only
    /// meaningful once the account name is valid.
    pub fn account_endpoint(&self) -> String {
        facts::account_endpoint(&self.storage_account)
    }
}

/// A field of the Azure Blob Storage form. Its [`AzureField::key`] is the input's `name` and
/// its URL key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AzureField {
    StorageAccount,
    Container,
    Prefix,
    ResourceGroup,
    TenantId,
    ClientId,
}

impl AzureField {
    /// Every field, in form order.
    pub const ALL: [AzureField; 6] = [
        Self::StorageAccount,
        Self::Container,
        Self::Prefix,
        Self::ResourceGroup,
        Self::TenantId,
        Self::ClientId,
    ];

    /// The URL key and the input's `name`.
    pub const fn key(self) -> &'static str {
        match self {
            Self::StorageAccount => "storage-account",
            Self::Container => "container",
            Self::Prefix => "prefix",
            Self::ResourceGroup => "resource-group",
            Self::TenantId => "tenant-id",
            Self::ClientId => "client-id",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.key() == key)
    }

    pub fn label(self) -> Msg {
        match self {
            Self::StorageAccount => msg!("azure-field-storage-account"),
            Self::Container => msg!("azure-field-container"),
            Self::Prefix => msg!("azure-field-prefix"),
            Self::ResourceGroup => msg!("azure-field-resource-group"),
            Self::TenantId => msg!("azure-field-tenant-id"),
            Self::ClientId => msg!("azure-field-client-id"),
        }
    }

    /// Whether the field may stay empty: Braze's optional prefix, and the client ID (the
    /// generated files then create the app registration).
    pub fn is_optional(self) -> bool {
        matches!(self, Self::Prefix | Self::ClientId)
    }

    /// Whether the field is part of the form for `auth`.
    pub fn applies(self, auth: AzureAuth) -> bool {
        match self {
            Self::TenantId | Self::ClientId => auth == AzureAuth::CertificateServicePrincipal,
            _ => true,
        }
    }

    /// A suffix for the input's element id, unique within one widget.
    pub fn anchor(self) -> String {
        format!("azure-{}", self.key())
    }
}
