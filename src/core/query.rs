//! The configuration as URL query pairs: a docs author's preset link, and what the widget
//! writes back as the reader types. Reading never fails: bad choices fall back to defaults.

use super::config::{AuthMethod, Config, Integration};
use super::field::Field;

/// Longest free-text value taken from outside; longer values are cut so a hostile link
/// cannot make every keystroke slow. Still far beyond every valid value (the longest, an
/// external ID, is 1224 characters), so a cut value is still shown as invalid.
pub const MAX_VALUE_CHARS: usize = 4096;

// The URL keys of the choices; a free-text field's key is its [`Field::key`].
const INTEGRATION: &str = "integration";
const AUTH: &str = "auth";
const SSE: &str = "sse";

/// Applies `key=value` pairs to `config`. Unknown keys are ignored; an unknown value of a choice
/// key leaves the choice as it was (the default, or the author's preset); free-text values are
/// kept as typed (and validated later).
pub fn apply<'a>(config: &mut Config, pairs: impl IntoIterator<Item = (&'a str, &'a str)>) {
    for (key, value) in pairs {
        match key {
            INTEGRATION => config.integration = Integration::from_key(value).unwrap_or_default(),
            AUTH => config.auth = AuthMethod::from_key(value).unwrap_or_default(),
            SSE => config.sse = value == "1",
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
    linked_fields(config)
        .into_iter()
        .filter(|field| !link_carries(*field, config.value(*field)))
        .collect()
}

/// The pairs that describe `config`: the two choices always, other values when they are set,
/// matter to the case and fit a link ([`link_carries`]). Reading them back with [`parse`]
/// gives the same guide when nothing is [`left_out`].
pub fn to_pairs(config: &Config) -> Vec<(&'static str, String)> {
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
    pairs
}

const CHOICE_KEYS: [&str; 3] = [INTEGRATION, AUTH, SSE];

/// The keys [`apply`] reads, so a caller can drop stale ones before writing new pairs.
pub const KEYS: [&str; CHOICE_KEYS.len() + Field::ALL.len()] = {
    let mut keys = [""; CHOICE_KEYS.len() + Field::ALL.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = if i < CHOICE_KEYS.len() {
            CHOICE_KEYS[i]
        } else {
            Field::ALL[i - CHOICE_KEYS.len()].key()
        };
        i += 1;
    }
    keys
};
