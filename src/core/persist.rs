//! What a widget keeps in `localStorage` between visits: the reader's inputs (never a secret:
//! the widget asks for none) and their ticks. Reading never fails: it takes every part it can
//! read and says whether it read the whole (a save from a newer version, a bad connector, a
//! text over the size limit are not whole: the widget keeps such a save until the reader
//! changes something). Merging two tabs' saves is [`super::merge`]'s.

use serde::{Serialize, Serializer};
use serde_json::Value;

use super::checklist::Ticks;
use super::config::{Config, Connector, MAX_CONNECTORS};
use super::query;

/// Bumped when the stored shape changes; a save of another version is read as far as its
/// parts look like ours, and kept untouched until the reader changes something.
pub const FORMAT_VERSION: u32 = 1;
/// Longest stored text we read back: far beyond any real save, short of a hostile one. What the
/// widget writes is bounded part by part below, so that it always reads back (the largest
/// save those bounds allow is about 205 KB: `tests/core_persist.rs`).
pub const MAX_STORED_BYTES: usize = 256 * 1024;
/// The most bytes one of the reader's values takes in the stored JSON (escaped). Four times the
/// longest value AWS accepts in any field (an external ID, 1,224 bytes): a valid value is never
/// cut, and a value cut to this is still refused when read back, as it either holds a
/// character its field refuses or is over 4,000 bytes, beyond every field's limit.
pub const MAX_SAVED_VALUE_BYTES: usize = 4 * 1024;
/// A further connector's name (free text, no AWS rule): cut to this in the save.
pub const MAX_SAVED_NAME_BYTES: usize = 1024;
/// A ticked item's id and a case key: far beyond the widget's own (the longest,
/// `link-currents.connector-4294967295`, is 34 bytes); a longer one is no item of this build's
/// and is not saved.
pub const MAX_SAVED_ID_BYTES: usize = 64;
/// Ticks saved in all: far beyond the eight cases' few dozen items each.
pub const MAX_SAVED_TICKS: usize = 512;
/// One address the save remembers (its pairs, as stored JSON): a link carries far less (see
/// `query::MAX_QUERY_BYTES`); a longer one (an address the widget could not rewrite) is not
/// remembered.
pub const MAX_SAVED_URL_BYTES: usize = 16 * 1024;
/// Far beyond the eight cases (integration × auth) and the few dozen items of a checklist;
/// they bound the work a corrupted save can cause (ticking checks for duplicates).
const MAX_CASES: usize = 16;
const MAX_TICKS_PER_CASE: usize = 200;
/// The URL key of the language, which the URL holds besides the configuration's keys.
const LANG: &str = "lang";
/// How many addresses a save remembers (see [`Saved::urls`]).
pub const MAX_URLS: usize = 2;

// The stored JSON: `{"version":1,"config":[["bucket","…"],…],"connectors":[{"id":1,"name":"…",
// "folder":"…"}],"ticks":{"case":["item",…]},"urls":[[["bucket","…"],…],…]}`. `urls` is
// optional (older saves lack it); other fields are ignored.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Saved {
    pub version: u32,
    /// The configuration as URL query pairs: restored through the same path as a link.
    pub config: Vec<(String, String)>,
    pub connectors: Vec<SavedConnector>,
    /// Case key → ticked item ids.
    #[serde(serialize_with = "ticks_as_map")]
    pub ticks: Ticks,
    /// The widget's own pairs (see [`own_pairs`]) of the last two addresses it wrote, the
    /// latest last: on load, an address holding exactly one of these is the widget's own, not
    /// a new link, so the save (which may be newer) wins over it. Two, because a write as the
    /// page unloads reaches the old page's address but not the reload, which began before.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub urls: Vec<Vec<(String, String)>>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SavedConnector {
    pub id: u32,
    pub name: String,
    pub folder: String,
}

/// What [`read`] made of a stored text.
#[derive(Clone, Debug, PartialEq)]
pub struct Read {
    /// The parts that could be read; `None` when nothing could (not a JSON object, too long).
    pub saved: Option<Saved>,
    /// Every part was read, in this build's version: saving over it loses nothing.
    pub whole: bool,
}

/// The state to save: the configuration and the ticks (no `urls`: see [`Saved::with_urls`]),
/// each part within its bound above, so that the text always reads back whole.
pub fn snapshot(config: &Config, ticks: &Ticks) -> Saved {
    Saved {
        version: FORMAT_VERSION,
        config: query::all_pairs(config)
            .into_iter()
            .map(|(k, v)| (k.to_owned(), cut_json(&v, MAX_SAVED_VALUE_BYTES)))
            .collect(),
        connectors: config
            .connectors
            .iter()
            .take(MAX_CONNECTORS)
            .map(|c| SavedConnector {
                id: c.id,
                name: cut_json(&c.name, MAX_SAVED_NAME_BYTES),
                folder: cut_json(&c.folder, MAX_SAVED_VALUE_BYTES),
            })
            .collect(),
        ticks: bounded_ticks(ticks),
        urls: Vec::new(),
    }
}

/// The ticks a save keeps: as many as [`read`] takes back, ids of a plausible length only.
fn bounded_ticks(ticks: &Ticks) -> Ticks {
    let fits = |id: &str| json_len(id) <= MAX_SAVED_ID_BYTES;
    let mut kept = Ticks::default();
    let mut count = 0;
    for (case, items) in ticks.cases().filter(|(case, _)| fits(case)).take(MAX_CASES) {
        let items = items.iter().filter(|id| fits(id)).take(MAX_TICKS_PER_CASE);
        for id in items.take(MAX_SAVED_TICKS - count) {
            kept.tick(case, id);
            count += 1;
        }
    }
    kept
}

/// The length of `text` inside a JSON string as serde_json writes it: `"` `\` and the short
/// escapes take 2 bytes, other control characters 6 (`\u001f`), the rest their UTF-8.
pub fn json_len(text: &str) -> usize {
    text.chars().map(json_char_len).sum()
}

fn json_char_len(c: char) -> usize {
    match c {
        '"' | '\\' | '\u{8}' | '\u{c}' | '\n' | '\r' | '\t' => 2,
        c if u32::from(c) < 0x20 => 6,
        c => c.len_utf8(),
    }
}

/// The longest start of `text` (whole characters) whose [`json_len`] is at most `max`.
pub fn cut_json(text: &str, max: usize) -> String {
    let mut used = 0;
    text.chars()
        .take_while(|c| {
            used += json_char_len(*c);
            used <= max
        })
        .collect()
}

impl Saved {
    /// This save with the addresses the widget wrote (the latest last, see [`Saved::urls`]):
    /// the last [`MAX_URLS`] of those that fit [`MAX_SAVED_URL_BYTES`].
    pub fn with_urls(mut self, urls: &[Vec<(String, String)>]) -> Self {
        let size = |pairs: &Vec<(String, String)>| -> usize {
            pairs
                .iter()
                .map(|(k, v)| json_len(k) + json_len(v) + 6)
                .sum()
        };
        let fitting: Vec<_> = urls
            .iter()
            .filter(|pairs| size(pairs) <= MAX_SAVED_URL_BYTES)
            .collect();
        let skip = fitting.len().saturating_sub(MAX_URLS);
        self.urls = fitting.into_iter().skip(skip).cloned().collect();
        self
    }

    /// The stored text.
    pub fn to_text(&self) -> String {
        // Through `Value`, whose printer the rest of the core shares; cannot fail (string keys).
        serde_json::to_value(self)
            .map(|value| value.to_string())
            .unwrap_or_default()
    }
}

pub fn encode(config: &Config, ticks: &Ticks) -> String {
    snapshot(config, ticks).to_text()
}

/// The saved state as far as it can be read, or `None` when nothing can.
pub fn decode(text: &str) -> Option<Saved> {
    read(text).saved
}

/// Reads every part of a stored text that can be read, each on its own: a bad connector
/// loses that connector, not the inputs; a newer version's inputs are still the reader's.
pub fn read(text: &str) -> Read {
    let nothing = Read {
        saved: None,
        whole: false,
    };
    if text.len() > MAX_STORED_BYTES {
        return nothing;
    }
    // Read as a `Value`, then part by part: one bad part does not lose the others.
    let Ok(Value::Object(object)) = serde_json::from_str::<Value>(text) else {
        return nothing;
    };
    let mut whole = object.get("version").and_then(Value::as_u64) == Some(FORMAT_VERSION.into());
    let mut part = |name: &str| match object.get(name) {
        Some(value) => Some(value),
        None => {
            whole = false;
            None
        }
    };
    let (config, connectors, ticks) = (part("config"), part("connectors"), part("ticks"));
    let mut saved = Saved {
        version: FORMAT_VERSION,
        ..Saved::default()
    };
    whole &= config.is_some_and(|v| read_pairs(v, &mut saved.config));
    whole &= connectors.is_some_and(|v| read_connectors(v, &mut saved.connectors));
    whole &= ticks.is_some_and(|v| read_ticks(v, &mut saved.ticks));
    if let Some(urls) = object.get("urls") {
        let list = urls.as_array().map_or(&[][..], Vec::as_slice);
        whole &= urls.is_array();
        for url in list.iter().take(MAX_URLS) {
            let mut pairs = Vec::new();
            whole &= read_pairs(url, &mut pairs);
            saved.urls.push(pairs);
        }
    }
    Read {
        saved: Some(saved),
        whole,
    }
}

/// Reads `[["key","value"],…]` into `pairs`, skipping what is not a pair of strings; whether
/// everything was one.
fn read_pairs(value: &Value, pairs: &mut Vec<(String, String)>) -> bool {
    let Some(list) = value.as_array() else {
        return false;
    };
    let before = pairs.len();
    pairs.extend(
        list.iter()
            .filter_map(|pair| match pair.as_array()?.as_slice() {
                [k, v] => Some((k.as_str()?.to_owned(), v.as_str()?.to_owned())),
                _ => None,
            }),
    );
    pairs.len() - before == list.len()
}

/// Reads the connectors, skipping a bad one (an id that is not a `u32`, a missing folder).
fn read_connectors(value: &Value, connectors: &mut Vec<SavedConnector>) -> bool {
    let Some(list) = value.as_array() else {
        return false;
    };
    let one = |c: &Value| {
        let text = |name| c.get(name).and_then(Value::as_str).map(str::to_owned);
        Some(SavedConnector {
            id: c.get("id")?.as_u64()?.try_into().ok()?,
            name: text("name")?,
            folder: text("folder")?,
        })
    };
    connectors.extend(list.iter().filter_map(one));
    // More than the form allows: the ones past the limit are not restored, so not whole.
    connectors.len() == list.len() && list.len() <= MAX_CONNECTORS
}

/// Reads case → item ids, keeping the first cases and items only: they bound the work a
/// corrupted save can cause (ticking checks for duplicates).
fn read_ticks(value: &Value, ticks: &mut Ticks) -> bool {
    let Some(cases) = value.as_object() else {
        return false;
    };
    let mut whole = cases.len() <= MAX_CASES;
    for (case, ids) in cases.iter().take(MAX_CASES) {
        let Some(ids) = ids.as_array() else {
            whole = false;
            continue;
        };
        whole &= ids.len() <= MAX_TICKS_PER_CASE;
        for id in ids.iter().take(MAX_TICKS_PER_CASE) {
            match id.as_str() {
                Some(id) => ticks.tick(case, id),
                None => whole = false,
            }
        }
    }
    whole
}

fn ticks_as_map<S: Serializer>(ticks: &Ticks, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_map(ticks.cases())
}

/// The widget's own pairs among a page's query pairs: the configuration's keys and `lang`,
/// in their order. What the saver records after writing the URL, and compares on load.
pub fn own_pairs(pairs: &[(String, String)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .filter(|(k, _)| k == LANG || query::KEYS.contains(&k.as_str()))
        .cloned()
        .collect()
}

/// Whether the page's query pairs hold exactly what the widget last wrote there (then the
/// save, which may be newer, wins over them); a query it did not write is a new link.
pub fn is_own_query(saved: &Saved, page_pairs: &[(String, String)]) -> bool {
    let own = own_pairs(page_pairs);
    !own.is_empty() && saved.urls.contains(&own)
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
