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

/// The pairs that describe `config`: the two choices always, other values when they are set
/// and matter to the case. Reading them back with [`parse`] gives the same guide.
pub fn to_pairs(config: &Config) -> Vec<(&'static str, String)> {
    let mut pairs = vec![
        (INTEGRATION, config.integration.key().to_owned()),
        (AUTH, config.auth.key().to_owned()),
    ];
    let mut push = |field: Field| {
        let value = config.value(field);
        if !value.is_empty() {
            pairs.push((field.key(), value.to_owned()));
        }
    };
    push(Field::Bucket);
    if config.auth == AuthMethod::RoleArn {
        push(Field::BrazeAccount);
        push(Field::ExternalId);
        push(Field::RoleName);
        push(Field::OwnAccount);
    } else {
        push(Field::UserName);
    }
    push(Field::PolicyName);
    if config.integration.has_currents() {
        if config.folder != Config::default().folder {
            pairs.push((Field::Folder.key(), config.folder.clone()));
        }
        if config.sse {
            pairs.push((SSE, "1".to_owned()));
        }
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
