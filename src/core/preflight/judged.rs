//! What the findings of a report depend on in the reader's values: the key a view keeps the
//! findings under, so that a key typed in a field the judging does not read (a Currents
//! folder, a connector, the other method's names) does not judge a large report again.

use crate::core::config::{AuthMethod, Config};

/// The values of a [`Config`] that [`super::check`] may read; every other one is left at its
/// default. Two configurations with equal `JudgedValues` get the same findings for the same
/// report at the same time (`tests/core_preflight.rs` checks it). When in doubt a value is
/// kept: a stale finding would be a wrong verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JudgedValues(Config);

impl JudgedValues {
    pub fn of(config: &Config) -> Self {
        let mut kept = Config {
            integration: config.integration,
            auth: config.auth,
            bucket: config.bucket.clone(),
            sse: config.sse,
            policy_name: config.policy_name.clone(),
            ..Config::default()
        };
        match config.auth {
            AuthMethod::SecretKey => kept.user_name = config.user_name.clone(),
            AuthMethod::RoleArn => {
                kept.role_name = config.role_name.clone();
                kept.braze_account = config.braze_account.clone();
                kept.external_id = config.external_id.clone();
                // The role's ARN as Braze is given it.
                kept.own_account = config.own_account.clone();
            }
        }
        Self(kept)
    }
}
