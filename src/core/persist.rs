//! What a widget keeps in `localStorage` between visits: the reader's inputs (never a secret:
//! the widget asks for none) and their ticks. Decoding never fails: anything unexpected
//! (corrupted, older or foreign data) reads as "nothing saved".

use super::checklist::Ticks;
use super::config::{Config, Connector};
use super::json::{self, Node};
use super::query;

/// Bumped when the stored shape changes; other versions are ignored, not migrated.
pub const FORMAT_VERSION: u32 = 1;
/// Longest stored text we read back: far beyond any real save, short of a hostile one.
const MAX_STORED_BYTES: usize = 256 * 1024;
const MAX_CONNECTORS: usize = 50;
/// Far beyond the six cases (integration × auth) and the few dozen items of a checklist;
/// they bound the work a corrupted save can cause (ticking checks for duplicates).
const MAX_CASES: usize = 16;
const MAX_TICKS_PER_CASE: usize = 200;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Saved {
    pub version: u32,
    /// The configuration as URL query pairs: restored through the same path as a link.
    pub config: Vec<(String, String)>,
    pub connectors: Vec<SavedConnector>,
    /// Case key → ticked item ids.
    pub ticks: Ticks,
}

#[derive(Clone, Debug, Default, PartialEq)]
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
    saved.to_node().to_compact()
}

/// The saved state, or `None` when there is nothing usable.
pub fn decode(text: &str) -> Option<Saved> {
    if text.len() > MAX_STORED_BYTES {
        return None;
    }
    let saved = Saved::from_node(&json::parse_node(text)?)?;
    (saved.version == FORMAT_VERSION).then_some(saved)
}

// The stored JSON: `{"version":1,"config":[["bucket","…"],…],"connectors":[{"id":1,"name":"…",
// "folder":"…"}],"ticks":{"case":["item",…]}}`. Every field is required; others are ignored.
impl Saved {
    fn to_node(&self) -> Node {
        let pairs = self
            .config
            .iter()
            .map(|(k, v)| Node::list([Node::str(k), Node::str(v)]));
        let connectors = self.connectors.iter().map(|c| {
            Node::map([
                ("id", Node::Number(c.id.to_string())),
                ("name", Node::str(&c.name)),
                ("folder", Node::str(&c.folder)),
            ])
        });
        let ticks = self
            .ticks
            .cases()
            .map(|(case, ids)| (case, Node::list(ids.iter().map(Node::str))));
        Node::map([
            ("version", Node::Number(self.version.to_string())),
            ("config", Node::list(pairs)),
            ("connectors", Node::list(connectors)),
            ("ticks", Node::map(ticks)),
        ])
    }

    fn from_node(node: &Node) -> Option<Self> {
        let number = |n: &Node| match n {
            Node::Number(text) => text.parse::<u32>().ok(),
            _ => None,
        };
        let text = |n: &Node| n.as_str().map(str::to_owned);
        fn list(n: &Node) -> Option<&[Node]> {
            match n {
                Node::List(items) => Some(items),
                _ => None,
            }
        }
        let config = list(node.get("config")?)?
            .iter()
            .map(|pair| match pair {
                Node::List(kv) if kv.len() == 2 => Some((text(&kv[0])?, text(&kv[1])?)),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()?;
        let connectors = list(node.get("connectors")?)?
            .iter()
            .map(|c| {
                Some(SavedConnector {
                    id: number(c.get("id")?)?,
                    name: text(c.get("name")?)?,
                    folder: text(c.get("folder")?)?,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        let Node::Map(cases) = node.get("ticks")? else {
            return None;
        };
        let mut ticks = Ticks::default();
        for (case, ids) in cases.iter().take(MAX_CASES) {
            for id in list(ids)?.iter().take(MAX_TICKS_PER_CASE) {
                ticks.tick(case, id.as_str()?);
            }
        }
        Some(Saved {
            version: number(node.get("version")?)?,
            config,
            connectors,
            ticks,
        })
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
