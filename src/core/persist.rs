//! What a widget keeps in `localStorage` between visits: the reader's inputs (never a secret:
//! the widget asks for none) and their ticks. Decoding never fails: anything unexpected
//! (corrupted, older or foreign data) reads as "nothing saved".

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::config::{Config, Connector};
use super::query;

/// Bumped when the stored shape changes; other versions are ignored, not migrated.
pub const FORMAT_VERSION: u32 = 1;
/// Longest stored text we read back: far beyond any real save, short of a hostile one.
const MAX_STORED_BYTES: usize = 256 * 1024;
const MAX_CONNECTORS: usize = 50;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub version: u32,
    /// The configuration as URL query pairs: restored through the same path as a link.
    pub config: Vec<(String, String)>,
    pub connectors: Vec<SavedConnector>,
    /// Case key → ticked item ids.
    pub ticks: BTreeMap<String, BTreeSet<String>>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SavedConnector {
    pub id: u32,
    pub name: String,
    pub folder: String,
}

pub fn encode(config: &Config, ticks: &BTreeMap<String, BTreeSet<String>>) -> String {
    let saved = Saved {
        version: FORMAT_VERSION,
        config: query::all_pairs(config)
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect(),
        connectors: config
            .connectors
            .iter()
            .map(|c| SavedConnector {
                id: c.id,
                name: c.name.clone(),
                folder: c.folder.clone(),
            })
            .collect(),
        ticks: ticks.clone(),
    };
    serde_json::to_string(&saved).unwrap_or_default()
}

/// The saved state, or `None` when there is nothing usable.
pub fn decode(text: &str) -> Option<Saved> {
    if text.len() > MAX_STORED_BYTES {
        return None;
    }
    let saved: Saved = serde_json::from_str(text).ok()?;
    (saved.version == FORMAT_VERSION).then_some(saved)
}

/// Applies a saved state over `config` (inputs and connectors), returning the ticks.
pub fn restore(saved: Saved, config: &mut Config) -> BTreeMap<String, BTreeSet<String>> {
    query::apply(
        config,
        saved.config.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    );
    let mut seen = BTreeSet::new();
    config.connectors = saved
        .connectors
        .into_iter()
        .filter(|c| seen.insert(c.id))
        .take(MAX_CONNECTORS)
        .map(|c| Connector {
            id: c.id,
            name: c.name.chars().take(query::MAX_VALUE_CHARS).collect(),
            folder: c.folder.chars().take(query::MAX_VALUE_CHARS).collect(),
        })
        .collect();
    saved.ticks
}
