//! Two tabs of the same page share one save. Each merges what the other wrote into its own
//! state, field by field, instead of the last writer's whole state winning: a three-way merge
//! of what this tab last saw in the storage (the base), what the other tab wrote (theirs) and
//! what this tab has (ours). A part only the other tab changed is taken from it; a part this
//! tab changed (alone or as well) stays this tab's. Ticks merge per item, connectors per id.

use super::checklist::Ticks;
use super::persist::{Saved, SavedConnector};

/// The three-way choice for one part: theirs when only they changed it, else ours.
fn pick<T: PartialEq>(base: T, theirs: T, ours: T) -> T {
    if theirs != base && ours == base {
        theirs
    } else {
        ours
    }
}

/// `ours` with what the other tab changed since `base` (`None`: nothing seen yet, as empty).
pub fn merge(base: Option<&Saved>, theirs: &Saved, ours: &Saved) -> Saved {
    let empty = Saved::default();
    let base = base.unwrap_or(&empty);
    Saved {
        version: ours.version,
        config: merge_pairs(&base.config, &theirs.config, &ours.config),
        connectors: merge_connectors(&base.connectors, &theirs.connectors, &ours.connectors),
        ticks: merge_ticks(&base.ticks, &theirs.ticks, &ours.ticks),
        // Where this tab's own address stands: not the other tab's.
        urls: ours.urls.clone(),
    }
}

fn merge_pairs(
    base: &[(String, String)],
    theirs: &[(String, String)],
    ours: &[(String, String)],
) -> Vec<(String, String)> {
    let get = |pairs: &'_ [(String, String)], key: &str| {
        pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    };
    let mut merged: Vec<(String, String)> = ours.to_vec();
    for (key, _) in ours.iter().chain(theirs) {
        let value = pick(get(base, key), get(theirs, key), get(ours, key));
        match (merged.iter_mut().find(|(k, _)| k == key), value) {
            (Some(slot), Some(value)) => slot.1 = value,
            (Some(_), None) => merged.retain(|(k, _)| k != key),
            (None, Some(value)) => merged.push((key.clone(), value)),
            (None, None) => {}
        }
    }
    merged
}

fn merge_connectors(
    base: &[SavedConnector],
    theirs: &[SavedConnector],
    ours: &[SavedConnector],
) -> Vec<SavedConnector> {
    let get = |list: &'_ [SavedConnector], id: u32| list.iter().find(|c| c.id == id).cloned();
    let mut merged: Vec<SavedConnector> = ours.to_vec();
    let ids: Vec<u32> = ours
        .iter()
        .chain(theirs)
        .chain(base)
        .map(|c| c.id)
        .collect();
    for id in ids {
        let chosen = pick(get(base, id), get(theirs, id), get(ours, id));
        match (merged.iter().position(|c| c.id == id), chosen) {
            (Some(i), Some(c)) => merged[i] = c,
            (Some(i), None) => {
                merged.remove(i);
            }
            (None, Some(c)) => merged.push(c),
            (None, None) => {}
        }
    }
    merged
}

fn merge_ticks(base: &Ticks, theirs: &Ticks, ours: &Ticks) -> Ticks {
    let mut merged = ours.clone();
    let every = theirs
        .cases()
        .chain(base.cases())
        .flat_map(|(case, items)| {
            items
                .iter()
                .map(move |item| (case.to_owned(), item.clone()))
        });
    let every: Vec<(String, String)> = every.collect();
    for (case, item) in every {
        let ticked = |t: &Ticks| t.is_ticked(&case, &item);
        let want = pick(ticked(base), ticked(theirs), ticked(ours));
        if want != ticked(&merged) {
            merged.toggle(&case, &item);
        }
    }
    merged
}
