//! The screen's words the Azure guide quotes, one message each, written per language as
//! Braze's translated Azure page writes them (docs/facts.md, "Azure Blob Storage", labels):
//! English where the translated page keeps English, both where the screen may be in either.

use crate::core::text::Msg;
use crate::msg;

/// A label of the Azure portal, Microsoft Entra admin center or Braze dashboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AzureLabel {
    /// Storage Accounts > + Add > Review + create.
    CreateStorageAccount,
    /// The storage account's Access Keys menu.
    AccessKeys,
    /// Blob Service > Blobs (the containers).
    Blobs,
    /// Currents > + Create Current > Azure Blob Data Export.
    CreateCurrent,
    /// Partner Integrations > Technology Partners > Microsoft Azure.
    ExportPartner,
    /// The default-destination checkbox.
    DefaultDestination,
    /// Microsoft Entra ID > App registrations > + New registration, Register.
    NewRegistration,
    /// Overview: Application (client) ID and Directory (tenant) ID.
    AppIds,
    /// Certificates & secrets > Certificates > Upload certificate, Add.
    UploadCertificate,
    /// Access Control (IAM) > + Add > Add role assignment.
    AddRoleAssignment,
    /// Role, Members, User group or service principal, + Select members, Review + assign.
    RoleAssignmentTabs,
    /// Settings > Endpoints, Blob service.
    Endpoints,
    /// Credentials > Certificate Service Principal, and the field names.
    CertificateFields,
    /// Edit Current > Credentials > Update Current.
    UpdateCurrent,
}

impl AzureLabel {
    pub const ALL: [AzureLabel; 14] = [
        Self::CreateStorageAccount,
        Self::AccessKeys,
        Self::Blobs,
        Self::CreateCurrent,
        Self::ExportPartner,
        Self::DefaultDestination,
        Self::NewRegistration,
        Self::AppIds,
        Self::UploadCertificate,
        Self::AddRoleAssignment,
        Self::RoleAssignmentTabs,
        Self::Endpoints,
        Self::CertificateFields,
        Self::UpdateCurrent,
    ];

    pub fn message(self) -> Msg {
        match self {
            Self::CreateStorageAccount => msg!("azure-label-create-storage-account"),
            Self::AccessKeys => msg!("azure-label-access-keys"),
            Self::Blobs => msg!("azure-label-blobs"),
            Self::CreateCurrent => msg!("azure-label-create-current"),
            Self::ExportPartner => msg!("azure-label-export-partner"),
            Self::DefaultDestination => msg!("azure-label-default-destination"),
            Self::NewRegistration => msg!("azure-label-new-registration"),
            Self::AppIds => msg!("azure-label-app-ids"),
            Self::UploadCertificate => msg!("azure-label-upload-certificate"),
            Self::AddRoleAssignment => msg!("azure-label-add-role-assignment"),
            Self::RoleAssignmentTabs => msg!("azure-label-role-assignment-tabs"),
            Self::Endpoints => msg!("azure-label-endpoints"),
            Self::CertificateFields => msg!("azure-label-certificate-fields"),
            Self::UpdateCurrent => msg!("azure-label-update-current"),
        }
    }
}
