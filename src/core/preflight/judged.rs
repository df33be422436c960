//! What the findings of a report, and the policy checker's verdict on a pasted policy (the
//! same evaluator), depend on in the reader's values: the key a view keeps them under, so that
//! a key typed in a field the judging does not read (the other method's names, a folder when
//! Currents is not set up) does not judge a large paste again.

use crate::core::config::{AuthMethod, Config};

/// The values of a [`Config`] that [`super::check`] and [`crate::core::checker::check`] may
/// read; every other one is left at its default. Two configurations with equal
/// `JudgedValues` get the same findings for the same report at the same time, and the same
/// result for the same policy (`tests/core_preflight.rs` checks both). When in doubt a value
/// is kept: a stale finding would be a wrong verdict.
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
            // Read for a pasted trust policy whatever the method (the checker says a key
            // needs no role).
            braze_account: config.braze_account.clone(),
            external_id: config.external_id.clone(),
            ..Config::default()
        };
        // Braze's Currents requests are on the keys under each connector's folder.
        if config.integration.has_currents() {
            kept.folder = config.folder.clone();
            kept.connectors = config.connectors.clone();
        }
        match config.auth {
            AuthMethod::SecretKey => kept.user_name = config.user_name.clone(),
            AuthMethod::RoleArn => {
                kept.role_name = config.role_name.clone();
                // The role's ARN as Braze is given it.
                kept.own_account = config.own_account.clone();
            }
        }
        Self(kept)
    }
}
