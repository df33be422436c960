//! Which cloud-storage provider the reader writes to, and the values typed for the providers
//! other than Amazon S3. A leaf of the core: the providers' own modules read these values
//! (`providers::case`), so that the configuration needs none of their types (they need its
//! `Integration`: the other way round would be a circle).

/// The provider Braze writes to (`provider` URL key, `data-provider` attribute).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Provider {
    /// The default: every link and embed without `provider` is about Amazon S3, as before.
    #[default]
    AmazonS3,
    GoogleCloudStorage,
    AzureBlobStorage,
}

impl Provider {
    pub const ALL: [Provider; 3] = [
        Self::AmazonS3,
        Self::GoogleCloudStorage,
        Self::AzureBlobStorage,
    ];

    /// The `provider` URL value and `data-provider` attribute value (docs/contract.md).
    pub const fn key(self) -> &'static str {
        match self {
            Self::AmazonS3 => "amazon-s3",
            Self::GoogleCloudStorage => "google-cloud-storage",
            Self::AzureBlobStorage => "azure-blob-storage",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.key() == key)
    }

    pub fn is_amazon_s3(self) -> bool {
        self == Self::AmazonS3
    }
}

/// The URL keys (and input `name`s) of the providers' free-text fields and choices, besides
/// `bucket`, which Google Cloud Storage shares with Amazon S3 (one bucket name per link).
/// `prefix` is both Google's and Azure's: one value, kept when the reader switches.
pub const VALUE_KEYS: [&str; 10] = [
    "project-id",
    "role-id",
    "service-account",
    "prefix",
    "hierarchical-namespace",
    "storage-account",
    "container",
    "resource-group",
    "tenant-id",
    "client-id",
];

/// The most bytes a valid value of a provider's `key` takes (the provider's own limit), for
/// the bound of a link; `bucket` is Google's longest (a dotted name). 1,024 for `prefix`
/// (Google's object-name limit, beyond Azure's), and for any other key.
pub fn max_bytes(key: &str) -> usize {
    match key {
        "bucket" => 222,
        "project-id" | "service-account" => 30,
        "role-id" => 64,
        "storage-account" => 24,
        "container" => 63,
        "resource-group" => 90,
        "tenant-id" | "client-id" => 36,
        "hierarchical-namespace" => 3,
        _ => 1024,
    }
}

/// `auth` of Google Cloud Storage: its only method.
pub const GCS_AUTH_KEY: &str = "service-account-key";
/// `auth` values of Azure Blob Storage.
pub const AZURE_CONNECTION_STRING_KEY: &str = "connection-string";
pub const AZURE_CERTIFICATE_KEY: &str = "certificate-service-principal";

/// What the reader typed or chose for the providers other than Amazon S3, by URL key (see
/// [`VALUE_KEYS`]). Free text is kept exactly as typed: each provider's rules judge it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProviderValues {
    /// Values by key, in [`VALUE_KEYS`] order; a key never set is absent (empty).
    values: Vec<(&'static str, String)>,
    /// Azure's method is the certificate service principal (else the connection string).
    pub azure_certificate: bool,
}

impl ProviderValues {
    /// The text of `key` ("" when never set or not a provider key).
    pub fn get(&self, key: &str) -> &str {
        self.values
            .iter()
            .find(|(k, _)| *k == key)
            .map_or("", |(_, v)| v.as_str())
    }

    /// Sets `key` (one of [`VALUE_KEYS`]; any other key is ignored). An empty value (and the
    /// choice's default, `off`) is kept as no value: two ways of saying the same thing would
    /// make equal configurations unequal.
    pub fn set(&mut self, key: &str, value: String) {
        let Some(key) = VALUE_KEYS.into_iter().find(|k| *k == key) else {
            return;
        };
        if value.is_empty() || (key == "hierarchical-namespace" && value == "off") {
            self.values.retain(|(k, _)| *k != key);
            return;
        }
        match self.values.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => {
                self.values.push((key, value));
                let order = |k: &str| VALUE_KEYS.iter().position(|v| *v == k);
                self.values.sort_by_key(|(k, _)| order(k));
            }
        }
    }

    /// The `auth` value of Azure's method.
    pub fn azure_auth_key(&self) -> &'static str {
        if self.azure_certificate {
            AZURE_CERTIFICATE_KEY
        } else {
            AZURE_CONNECTION_STRING_KEY
        }
    }
}
