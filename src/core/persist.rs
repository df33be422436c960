//! What a widget keeps in `localStorage` between visits: the reader's inputs (never a secret:
//! the widget asks for none) and their ticks. Decoding never fails: anything unexpected
//! (corrupted, older or foreign data) reads as "nothing saved".

use std::fmt;

use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::checklist::Ticks;
use super::config::{Config, Connector, MAX_CONNECTORS};
use super::query;

/// Bumped when the stored shape changes; other versions are ignored, not migrated.
pub const FORMAT_VERSION: u32 = 1;
/// Longest stored text we read back: far beyond any real save, short of a hostile one.
const MAX_STORED_BYTES: usize = 256 * 1024;
/// Far beyond the six cases (integration × auth) and the few dozen items of a checklist;
/// they bound the work a corrupted save can cause (ticking checks for duplicates).
const MAX_CASES: usize = 16;
const MAX_TICKS_PER_CASE: usize = 200;

// The stored JSON: `{"version":1,"config":[["bucket","…"],…],"connectors":[{"id":1,"name":"…",
// "folder":"…"}],"ticks":{"case":["item",…]}}`. Every field is required; others are ignored.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub version: u32,
    /// The configuration as URL query pairs: restored through the same path as a link.
    pub config: Vec<(String, String)>,
    pub connectors: Vec<SavedConnector>,
    /// Case key → ticked item ids.
    #[serde(with = "stored_ticks")]
    pub ticks: Ticks,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SavedConnector {
    pub id: u32,
    pub name: String,
    pub folder: String,
}

pub fn encode(config: &Config, ticks: &Ticks) -> String {
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
    // Through `Value`, whose printer the rest of the core shares; cannot fail (string keys).
    serde_json::to_value(&saved)
        .map(|value| value.to_string())
        .unwrap_or_default()
}

/// The saved state, or `None` when there is nothing usable.
pub fn decode(text: &str) -> Option<Saved> {
    if text.len() > MAX_STORED_BYTES {
        return None;
    }
    // Read as a `Value` first: the derived reading code then walks that tree instead of
    // instantiating serde_json's text parser once per stored type (smaller wasm).
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    let saved = Saved::deserialize(value).ok()?;
    (saved.version == FORMAT_VERSION).then_some(saved)
}

/// `Ticks` as a JSON object, case → item ids. Reading keeps the first cases and items only:
/// they bound the work a corrupted save can cause (ticking checks for duplicates).
mod stored_ticks {
    use super::*;

    pub fn serialize<S: Serializer>(ticks: &Ticks, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(ticks.cases())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Ticks, D::Error> {
        deserializer.deserialize_map(Cases)
    }

    struct Cases;

    impl<'de> Visitor<'de> for Cases {
        type Value = Ticks;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("case → item ids")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ticks, A::Error> {
            let mut ticks = Ticks::default();
            let mut cases = 0;
            while let Some(case) = map.next_key::<String>()? {
                if cases == MAX_CASES {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
                cases += 1;
                let ids: Vec<String> = map.next_value()?;
                for id in ids.iter().take(MAX_TICKS_PER_CASE) {
                    ticks.tick(&case, id);
                }
            }
            Ok(ticks)
        }
    }
}

/// Applies a saved state over `config` (inputs and connectors), returning the ticks.
pub fn restore(saved: Saved, config: &mut Config) -> Ticks {
    query::apply(
        config,
        saved.config.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    );
    let mut seen = Vec::new();
    config.connectors = saved
        .connectors
        .into_iter()
        .filter(|c| {
            let new = !seen.contains(&c.id);
            if new {
                seen.push(c.id);
            }
            new
        })
        .take(MAX_CONNECTORS)
        .map(|c| Connector {
            id: c.id,
            name: c.name.chars().take(query::MAX_VALUE_CHARS).collect(),
            folder: c.folder.chars().take(query::MAX_VALUE_CHARS).collect(),
        })
        .collect();
    saved.ticks
}
