//! Braze's and Microsoft's fixed values for Azure Blob Storage, each written once. Their
//! sources are in docs/facts.md, part "Azure Blob Storage".

/// The provider's key: the `provider` URL value and the preflight header's `"provider"`.
pub const PROVIDER: &str = "azure-blob-storage";

/// The role Braze's page has the reader assign to the app's service principal.
pub const ROLE_NAME: &str = "Storage Blob Data Contributor";
/// Its role definition ID, the same in every Azure cloud (Azure built-in roles, Storage).
pub const ROLE_ID: &str = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";

/// The public Azure cloud's blob endpoint suffix: the certificate method works only there
/// (Braze's Azure page: the endpoint "must end in `.blob.core.windows.net`").
pub const BLOB_ENDPOINT_SUFFIX: &str = ".blob.core.windows.net";

/// How long a connector with failing credentials keeps its events before dropping them, by
/// Braze's Azure page (connection string). The certificate method states no figure.
pub const CONNECTION_STRING_EXPIRY_HOURS: u32 = 48;

/// The validity Braze's `openssl req` command gives the certificate.
pub const CERTIFICATE_DAYS: u32 = 730;
/// The same validity in whole years, for `az ad app credential reset --years`: without it the
/// Azure CLI ends the credential after 1 year, before the certificate itself expires.
pub const CERTIFICATE_YEARS: u32 = 2;
/// The certificate's subject and the app's name in Braze's example (`braze-currents`).
pub const APP_NAME: &str = "braze-currents";
/// The file Braze's Certificate field takes: the certificate, then its unencrypted key.
pub const COMBINED_PEM: &str = "braze-currents.pem";

/// A certificate ending within this many days is a warning in the preflight.
pub const CERTIFICATE_WARN_DAYS: i64 = 30;

/// The storage account the generated files create: general-purpose v2, the kind Microsoft
/// recommends for Blob Storage, with the cheapest redundancy stated rather than left to the
/// CLI's default (`Standard_RAGRS`).
pub const SKU: &str = "Standard_LRS";
pub const KIND: &str = "StorageV2";

/// The permissions of Storage Blob Data Contributor (Azure built-in roles, Storage): what a
/// role must cover for Braze. Braze names the role, not the operations it calls, so the
/// widget asks for everything the role grants and calls nothing less sufficient.
pub const REQUIRED_ACTIONS: [&str; 4] = [
    "Microsoft.Storage/storageAccounts/blobServices/containers/delete",
    "Microsoft.Storage/storageAccounts/blobServices/containers/read",
    "Microsoft.Storage/storageAccounts/blobServices/containers/write",
    "Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action",
];
pub const REQUIRED_DATA_ACTIONS: [&str; 5] = [
    "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete",
    "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read",
    "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write",
    "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/move/action",
    "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action",
];

/// Operations beyond Braze's need that make a grant "too broad", with why: reading the
/// account keys gives Shared Key access to all data; the others change the account, who may
/// access it, or the blobs' ownership and ACLs (Azure resource provider operations, Storage
/// and Authorization).
pub const SENSITIVE_ACTIONS: [(&str, Broad); 5] = [
    (
        "Microsoft.Storage/storageAccounts/listkeys/action",
        Broad::Keys,
    ),
    (
        "Microsoft.Storage/storageAccounts/regeneratekey/action",
        Broad::Keys,
    ),
    ("Microsoft.Storage/storageAccounts/write", Broad::Account),
    ("Microsoft.Storage/storageAccounts/delete", Broad::Account),
    (
        "Microsoft.Authorization/roleAssignments/write",
        Broad::Access,
    ),
];
pub const SENSITIVE_DATA_ACTIONS: [(&str, Broad); 3] = [
    (
        "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/modifyPermissions/action",
        Broad::BlobOwnership,
    ),
    (
        "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/manageOwnership/action",
        Broad::BlobOwnership,
    ),
    (
        "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/runAsSuperUser/action",
        Broad::BlobOwnership,
    ),
];

/// What a grant allows beyond Braze's need, gravest first (the order of `Ord`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Broad {
    /// Reads or regenerates the account keys (full data access by Shared Key).
    Keys,
    /// Assigns roles: can give itself or others any access.
    Access,
    /// Changes blobs' owners and access control lists (Storage Blob Data Owner).
    BlobOwnership,
    /// Changes or deletes the storage account.
    Account,
}

/// One permission block of a role definition, as Azure writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BuiltInRole {
    pub name: &'static str,
    /// The role definition's GUID (the last segment of `roleDefinitionId`).
    pub id: &'static str,
    pub actions: &'static [&'static str],
    pub not_actions: &'static [&'static str],
    pub data_actions: &'static [&'static str],
    pub not_data_actions: &'static [&'static str],
}

/// The built-in roles a reader is likely to have assigned, with their permissions as
/// Microsoft publishes them (Azure built-in roles: Privileged, General, Storage). A role not
/// listed here is judged from a pasted role definition, or not at all.
pub const BUILT_IN_ROLES: [BuiltInRole; 11] = [
    BuiltInRole {
        name: "Owner",
        id: "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
        actions: &["*"],
        not_actions: &[],
        data_actions: &[],
        not_data_actions: &[],
    },
    BuiltInRole {
        name: "Contributor",
        id: "b24988ac-6180-42a0-ab88-20f7382dd24c",
        actions: &["*"],
        not_actions: &[
            "Microsoft.Authorization/*/Delete",
            "Microsoft.Authorization/*/Write",
            "Microsoft.Authorization/elevateAccess/Action",
            "Microsoft.Blueprint/blueprintAssignments/write",
            "Microsoft.Blueprint/blueprintAssignments/delete",
            "Microsoft.Compute/galleries/share/action",
            "Microsoft.Purview/consents/write",
            "Microsoft.Purview/consents/delete",
            "Microsoft.Resources/deploymentStacks/manageDenySetting/action",
            "Microsoft.Subscription/cancel/action",
            "Microsoft.Subscription/enable/action",
        ],
        data_actions: &[],
        not_data_actions: &[],
    },
    BuiltInRole {
        name: "Reader",
        id: "acdd72a7-3385-48ef-bd42-f606fba81ae7",
        actions: &["*/read"],
        not_actions: &[],
        data_actions: &[],
        not_data_actions: &[],
    },
    BuiltInRole {
        name: "User Access Administrator",
        id: "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",
        actions: &["*/read", "Microsoft.Authorization/*", "Microsoft.Support/*"],
        not_actions: &[],
        data_actions: &[],
        not_data_actions: &[],
    },
    BuiltInRole {
        name: "Storage Account Contributor",
        id: "17d1049b-9a84-46fb-8f53-869881c3d3ab",
        actions: &[
            "Microsoft.Authorization/*/read",
            "Microsoft.Insights/alertRules/*",
            "Microsoft.Insights/diagnosticSettings/*",
            "Microsoft.Network/virtualNetworks/subnets/joinViaServiceEndpoint/action",
            "Microsoft.ResourceHealth/availabilityStatuses/read",
            "Microsoft.Resources/deployments/*",
            "Microsoft.Resources/subscriptions/resourceGroups/read",
            "Microsoft.Storage/storageAccounts/*",
            "Microsoft.Support/*",
        ],
        not_actions: &[],
        data_actions: &[],
        not_data_actions: &[],
    },
    BuiltInRole {
        name: "Storage Account Key Operator Service Role",
        id: "81a9662b-bebf-436f-a333-f67b29880f12",
        actions: &[
            "Microsoft.Storage/storageAccounts/listkeys/action",
            "Microsoft.Storage/storageAccounts/regeneratekey/action",
        ],
        not_actions: &[],
        data_actions: &[],
        not_data_actions: &[],
    },
    BuiltInRole {
        name: ROLE_NAME,
        id: ROLE_ID,
        actions: &REQUIRED_ACTIONS,
        not_actions: &[],
        data_actions: &REQUIRED_DATA_ACTIONS,
        not_data_actions: &[],
    },
    BuiltInRole {
        name: "Storage Blob Data Owner",
        id: "b7e6dc6d-f1e8-4753-8033-0f276bb0955b",
        actions: &[
            "Microsoft.Storage/storageAccounts/blobServices/containers/*",
            "Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action",
        ],
        not_actions: &[],
        data_actions: &["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/*"],
        not_data_actions: &[],
    },
    BuiltInRole {
        name: "Storage Blob Data Reader",
        id: "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1",
        actions: &[
            "Microsoft.Storage/storageAccounts/blobServices/containers/read",
            "Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action",
        ],
        not_actions: &[],
        data_actions: &["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"],
        not_data_actions: &[],
    },
    BuiltInRole {
        name: "Storage Blob Delegator",
        id: "db58b8e5-c6ad-4a2a-8342-4190687cbf4a",
        actions: &[
            "Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action",
        ],
        not_actions: &[],
        data_actions: &[],
        not_data_actions: &[],
    },
    BuiltInRole {
        name: "Role Based Access Control Administrator",
        id: "f58310d9-a9f6-439a-9e8d-f62e7b41a168",
        actions: &[
            "Microsoft.Authorization/roleAssignments/write",
            "Microsoft.Authorization/roleAssignments/delete",
            "*/read",
            "Microsoft.Support/*",
        ],
        not_actions: &[],
        data_actions: &[],
        not_data_actions: &[],
    },
];

/// The built-in role with this role definition GUID (case-insensitive), if listed.
pub fn built_in_role(id: &str) -> Option<&'static BuiltInRole> {
    BUILT_IN_ROLES
        .iter()
        .find(|r| r.id.eq_ignore_ascii_case(id))
}

/// The blob endpoint of a storage account in the public Azure cloud: Braze's Account
/// Endpoint field (Settings > Endpoints > Blob service).
pub fn account_endpoint(account: &str) -> String {
    format!("https://{account}{BLOB_ENDPOINT_SUFFIX}")
}
