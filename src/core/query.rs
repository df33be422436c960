//! The configuration as URL query pairs: a docs author's preset link, and what the widget
//! writes back as the reader types. Reading never fails: bad choices fall back to defaults.

use super::config::{AuthMethod, Config, Integration};

/// Longest free-text value taken from outside; longer values are cut so a hostile link
/// cannot make every keystroke slow. Still far beyond every valid value (the longest, an
/// external ID, is 1224 characters), so a cut value is still shown as invalid.
pub const MAX_VALUE_CHARS: usize = 4096;

/// Applies `key=value` pairs to `config`. Unknown keys are ignored; an unknown value of a choice
/// key leaves the choice as it was (the default, or the author's preset); free-text values are
/// kept as typed (and validated later).
pub fn apply<'a>(config: &mut Config, pairs: impl IntoIterator<Item = (&'a str, &'a str)>) {
    for (key, value) in pairs {
        let text = || value.chars().take(MAX_VALUE_CHARS).collect::<String>();
        match key {
            "integration" => config.integration = Integration::from_key(value).unwrap_or_default(),
            "auth" => config.auth = AuthMethod::from_key(value).unwrap_or_default(),
            "bucket" => config.bucket = text(),
            "account" => config.braze_account = text(),
            "external-id" => config.external_id = text(),
            "folder" => config.folder = text(),
            "sse" => config.sse = value == "1",
            "user-name" => config.user_name = text(),
            "role-name" => config.role_name = text(),
            "policy-name" => config.policy_name = text(),
            "own-account" => config.own_account = text(),
            _ => {}
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
        ("integration", config.integration.key().to_owned()),
        ("auth", config.auth.key().to_owned()),
    ];
    let mut push = |key: &'static str, value: &str| {
        if !value.is_empty() {
            pairs.push((key, value.to_owned()));
        }
    };
    push("bucket", &config.bucket);
    if config.auth == AuthMethod::RoleArn {
        push("account", &config.braze_account);
        push("external-id", &config.external_id);
        push("role-name", &config.role_name);
        push("own-account", &config.own_account);
    } else {
        push("user-name", &config.user_name);
    }
    push("policy-name", &config.policy_name);
    if config.integration.has_currents() {
        if config.folder != Config::default().folder {
            pairs.push(("folder", config.folder.clone()));
        }
        if config.sse {
            pairs.push(("sse", "1".to_owned()));
        }
    }
    pairs
}

/// Every value of `config`, whether or not the case uses it: what a saved visit keeps, so
/// that switching the auth method and back loses nothing.
pub fn all_pairs(config: &Config) -> Vec<(&'static str, String)> {
    vec![
        ("integration", config.integration.key().to_owned()),
        ("auth", config.auth.key().to_owned()),
        ("bucket", config.bucket.clone()),
        ("account", config.braze_account.clone()),
        ("external-id", config.external_id.clone()),
        ("folder", config.folder.clone()),
        ("sse", if config.sse { "1" } else { "0" }.to_owned()),
        ("user-name", config.user_name.clone()),
        ("role-name", config.role_name.clone()),
        ("policy-name", config.policy_name.clone()),
        ("own-account", config.own_account.clone()),
    ]
}

/// The keys [`apply`] reads, so a caller can drop stale ones before writing new pairs.
pub const KEYS: [&str; 11] = [
    "integration",
    "auth",
    "bucket",
    "account",
    "external-id",
    "folder",
    "sse",
    "user-name",
    "role-name",
    "policy-name",
    "own-account",
];
