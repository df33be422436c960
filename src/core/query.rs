//! The configuration as URL query pairs: a docs author's preset link, and what the widget
//! writes back as the reader types. Reading never fails: bad choices fall back to defaults.

use super::config::{AuthMethod, Config, Integration};
use super::field::Field;
use super::provider::{
    self, Provider, AZURE_CERTIFICATE_KEY, AZURE_CONNECTION_STRING_KEY, GCS_AUTH_KEY, VALUE_KEYS,
};

/// Longest free-text value taken from outside; longer values are cut so a hostile link
/// cannot make every keystroke slow. Still far beyond every valid value (the longest, an
/// external ID, is 1224 characters), so a cut value is still shown as invalid.
pub const MAX_VALUE_CHARS: usize = 4096;

// The URL keys of the choices; a free-text field's key is its [`Field::key`].
const INTEGRATION: &str = "integration";
const AUTH: &str = "auth";
const SSE: &str = "sse";
const PROVIDER: &str = "provider";
/// Azure's method in a save, beside Amazon S3's `auth`: a save keeps both, so that switching
/// the provider and back loses neither. A link names the shown provider's method in `auth`.
const AZURE_AUTH: &str = "azure-auth";
const HIERARCHICAL_NAMESPACE: &str = "hierarchical-namespace";

/// Applies `key=value` pairs to `config`. Unknown keys are ignored; an unknown value of a choice
/// key leaves the choice as it was (the default, or the author's preset); free-text values are
/// kept as typed (and validated later).
pub fn apply<'a>(config: &mut Config, pairs: impl IntoIterator<Item = (&'a str, &'a str)>) {
    for (key, value) in pairs {
        match key {
            INTEGRATION => config.integration = Integration::from_key(value).unwrap_or_default(),
            PROVIDER => config.provider = Provider::from_key(value).unwrap_or_default(),
            // Another provider's method leaves Amazon S3's as it was; Google's has one only.
            AUTH | AZURE_AUTH if value == AZURE_CERTIFICATE_KEY => {
                config.providers.azure_certificate = true
            }
            AUTH | AZURE_AUTH if value == AZURE_CONNECTION_STRING_KEY => {
                config.providers.azure_certificate = false
            }
            AUTH if value == GCS_AUTH_KEY => {}
            AUTH => config.auth = AuthMethod::from_key(value).unwrap_or_default(),
            AZURE_AUTH => {}
            SSE => config.sse = value == "1",
            // A choice: anything but `on`/`off` leaves it as it was.
            HIERARCHICAL_NAMESPACE => {
                if value == "on" || value == "off" {
                    config.providers.set(key, value.to_owned());
                }
            }
            _ if VALUE_KEYS.contains(&key) => config
                .providers
                .set(key, value.chars().take(MAX_VALUE_CHARS).collect()),
            _ => {
                let field = Field::ALL.into_iter().find(|f| f.key() == key);
                if let Some(slot) = field.and_then(|f| config.value_mut(f)) {
                    *slot = value.chars().take(MAX_VALUE_CHARS).collect();
                }
            }
        }
    }
}

/// A configuration read from query pairs over the defaults.
pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Config {
    let mut config = Config::default();
    apply(&mut config, pairs);
    config
}

/// How many bytes of a URL query one byte of a value takes at most: kept, or written `%XX`.
const URL_BYTES_PER_BYTE: usize = 3;

/// The most bytes the widget's own part of a query can take (its keys, `lang` included): every
/// value at the most a link carries (see [`link_carries`]). Servers and CDNs refuse longer
/// request lines with HTTP 414 near 8 KB (CloudFront: 8,192 bytes for the whole URL; nginx and
/// Apache: 8 KB for the request line by default; docs/facts.md), which leaves 392 bytes to the
/// page's own address (a documentation page's is well under 200).
pub const MAX_QUERY_BYTES: usize = 7_800;

/// The length of `value` in a URL query as `URLSearchParams` writes it
/// (application/x-www-form-urlencoded): ASCII letters and digits, `* - . _` and the space
/// (written `+`) take one byte, every other byte of its UTF-8 three (`%XX`).
pub fn url_encoded_len(value: &str) -> usize {
    value
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'*' | b'-' | b'.' | b'_' | b' ') {
                1
            } else {
                URL_BYTES_PER_BYTE
            }
        })
        .sum()
}

/// Whether a link (the page's address, "copy link") carries `value` in `field`: when it
/// takes no more room in the query than the longest value AWS accepts there can take. Every
/// valid value fits, so a value left out is always one the rules refuse; it stays in the save.
pub fn link_carries(field: Field, value: &str) -> bool {
    url_encoded_len(value) <= field.max_bytes() * URL_BYTES_PER_BYTE
}

/// The free-text fields a link describes for `config`, set or not, in the order it writes them.
fn linked_fields(config: &Config) -> Vec<Field> {
    let mut fields = vec![Field::Bucket];
    if config.auth == AuthMethod::RoleArn {
        fields.extend([
            Field::BrazeAccount,
            Field::ExternalId,
            Field::RoleName,
            Field::OwnAccount,
        ]);
    } else {
        fields.push(Field::UserName);
    }
    fields.push(Field::PolicyName);
    if config.integration.has_currents() && config.folder != Config::default().folder {
        fields.push(Field::Folder);
    }
    fields
}

/// The fields whose value the case uses but a link leaves out (see [`link_carries`]).
pub fn left_out(config: &Config) -> Vec<Field> {
    if !config.provider.is_amazon_s3() {
        // Another provider's values are not Amazon S3's fields: its links leave out only
        // values its rules refuse (see `provider_link_carries`).
        return Vec::new();
    }
    linked_fields(config)
        .into_iter()
        .filter(|field| !link_carries(*field, config.value(*field)))
        .collect()
}

/// The pairs that describe `config`: the two choices always, other values when they are set,
/// matter to the case and fit a link ([`link_carries`]). Reading them back with [`parse`]
/// gives the same guide when nothing is [`left_out`].
pub fn to_pairs(config: &Config) -> Vec<(&'static str, String)> {
    if !config.provider.is_amazon_s3() {
        return provider_pairs(config);
    }
    let mut pairs = vec![
        (INTEGRATION, config.integration.key().to_owned()),
        (AUTH, config.auth.key().to_owned()),
    ];
    for field in linked_fields(config) {
        let value = config.value(field);
        // An emptied folder path is written (`folder=`): absent, it would read as the default.
        let set = !value.is_empty() || field == Field::Folder;
        if set && link_carries(field, value) {
            pairs.push((field.key(), value.to_owned()));
        }
    }
    if config.integration.has_currents() && config.sse {
        pairs.push((SSE, "1".to_owned()));
    }
    pairs
}

/// The pairs of a link about another provider than Amazon S3 (which writes none of
/// `provider`, so that its links read as they always did): the provider, the integration, the
/// method, and the provider's values that are set and fit a link.
fn provider_pairs(config: &Config) -> Vec<(&'static str, String)> {
    let gcs = config.provider == Provider::GoogleCloudStorage;
    let auth = if gcs {
        GCS_AUTH_KEY
    } else {
        config.providers.azure_auth_key()
    };
    let mut pairs = vec![
        (PROVIDER, config.provider.key().to_owned()),
        (INTEGRATION, config.integration.key().to_owned()),
        (AUTH, auth.to_owned()),
    ];
    for key in provider_link_keys(config) {
        let value = if key == Field::Bucket.key() {
            config.bucket.as_str()
        } else {
            config.providers.get(key)
        };
        // The choice's default (`off`) is not written; a value too long for its field is not.
        let default = key == HIERARCHICAL_NAMESPACE && value == "off";
        if !value.is_empty() && !default && provider_link_carries(key, value) {
            pairs.push((key, value.to_owned()));
        }
    }
    pairs
}

/// The keys a link about another provider describes, in the order it writes them.
pub fn provider_link_keys(config: &Config) -> Vec<&'static str> {
    match config.provider {
        Provider::AmazonS3 => Vec::new(),
        Provider::GoogleCloudStorage => vec![
            Field::Bucket.key(),
            "project-id",
            "role-id",
            "service-account",
            "prefix",
            HIERARCHICAL_NAMESPACE,
        ],
        Provider::AzureBlobStorage => {
            let mut keys = vec!["storage-account", "container", "prefix", "resource-group"];
            if config.providers.azure_certificate {
                keys.extend(["tenant-id", "client-id"]);
            }
            keys
        }
    }
}

/// Whether a link carries `value` for a provider's `key`: when it takes no more room than the
/// longest value the provider accepts there can take (as [`link_carries`] for Amazon S3).
pub fn provider_link_carries(key: &str, value: &str) -> bool {
    url_encoded_len(value) <= provider::max_bytes(key) * URL_BYTES_PER_BYTE
}

/// Every value of `config`, whether or not the case uses it: what a saved visit keeps, so
/// that switching the auth method and back loses nothing.
pub fn all_pairs(config: &Config) -> Vec<(&'static str, String)> {
    let mut pairs = vec![
        (INTEGRATION, config.integration.key().to_owned()),
        (AUTH, config.auth.key().to_owned()),
        (SSE, if config.sse { "1" } else { "0" }.to_owned()),
    ];
    pairs.extend(
        Field::ALL
            .into_iter()
            .map(|field| (field.key(), config.value(field).to_owned())),
    );
    pairs.push((PROVIDER, config.provider.key().to_owned()));
    pairs.push((AZURE_AUTH, config.providers.azure_auth_key().to_owned()));
    pairs.extend(
        VALUE_KEYS
            .into_iter()
            .map(|key| (key, config.providers.get(key).to_owned())),
    );
    pairs
}

const CHOICE_KEYS: [&str; 5] = [INTEGRATION, AUTH, SSE, PROVIDER, AZURE_AUTH];

/// The keys [`apply`] reads, so a caller can drop stale ones before writing new pairs.
pub const KEYS: [&str; CHOICE_KEYS.len() + Field::ALL.len() + VALUE_KEYS.len()] = {
    let mut keys = [""; CHOICE_KEYS.len() + Field::ALL.len() + VALUE_KEYS.len()];
    let fields = CHOICE_KEYS.len() + Field::ALL.len();
    let mut i = 0;
    while i < keys.len() {
        keys[i] = if i < CHOICE_KEYS.len() {
            CHOICE_KEYS[i]
        } else if i < fields {
            Field::ALL[i - CHOICE_KEYS.len()].key()
        } else {
            VALUE_KEYS[i - fields]
        };
        i += 1;
    }
    keys
};
