//! Sets of texts against patterns, without listing the texts: does a pattern match one text of a
//! set (intersection), does it match all of them (containment), and, for several patterns at
//! once, which combinations of "matched by this one, not by that one" the set's texts reach.
//! Every answer that says "some text" comes with the shortest such text, for the reader.
//!
//! Patterns only tell characters apart by being one of their literals, by being a colon, or
//! by being anything else; so the searches read one representative of each: every literal of
//! the patterns, a colon, and one character none of them names ([`alphabet`]). Intersection is
//! a breadth-first walk over pairs of pattern positions (polynomial); containment and the
//! combinations walk the sets of live positions of each pattern, which can grow large for
//! hostile patterns, so they stop after a budget of states and say they could not tell.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};

use super::{Glob, Token};

/// One combination the texts of a set reach: for each pattern, whether it matches them, and
/// the shortest text of the set that falls there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reach {
    pub matched: Vec<bool>,
    pub example: String,
}

/// The work one evaluation may spend, in pattern positions tried against one character: far
/// more than any policy Braze's page, an IaC generator or a reader writes needs (measured in
/// `tests/iam.rs`: a few thousand at most), and a bound of a few milliseconds on a hostile one.
pub const WORK: usize = 1_000_000;

/// What is left of the work an evaluation may spend, shared by every search it makes, and
/// the covers already found (a policy's patterns meet the same sets of keys request after
/// request: `PutObject`, `GetObject`… on one folder).
#[derive(Debug)]
pub struct Budget {
    left: Cell<usize>,
    covers: RefCell<HashMap<(String, String), Option<Cover>>>,
}

impl Budget {
    pub fn new(work: usize) -> Self {
        Self {
            left: Cell::new(work),
            covers: RefCell::new(HashMap::new()),
        }
    }

    /// [`cover`], remembered by the names the caller gives the set and the pattern (each name
    /// must stand for one compiled pattern).
    pub fn cover(&self, set: (&str, &Glob), pattern: (&str, &Glob)) -> Option<Cover> {
        let key = (set.0.to_owned(), pattern.0.to_owned());
        if let Some(known) = self.covers.borrow().get(&key) {
            return *known;
        }
        let found = cover(set.1, pattern.1, self);
        self.covers.borrow_mut().insert(key, found);
        found
    }

    /// The work spent so far (for measurements).
    pub fn spent(&self, of: usize) -> usize {
        of.saturating_sub(self.left.get())
    }

    /// Spends `work`; false once the budget is gone (and from then on).
    fn spend(&self, work: usize) -> bool {
        let left = self.left.get();
        self.left.set(left.saturating_sub(work));
        left >= work
    }
}

impl Default for Budget {
    fn default() -> Self {
        Self::new(WORK)
    }
}

/// Whether a pattern matches every text of a set, some of them, or none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cover {
    All,
    Some,
    None,
}

/// The characters worth reading: one character no pattern names first (so that examples read
/// naturally), then each literal, then the colon (ARN wildcards may stop at colons).
fn alphabet(globs: &[&Glob]) -> Vec<char> {
    let mut literals: Vec<char> = globs
        .iter()
        .flat_map(|g| g.tokens().iter())
        .filter_map(|t| match t {
            Token::Literal(c) => Some(*c),
            _ => None,
        })
        .filter(|c| *c != ':')
        .collect();
    literals.sort_unstable();
    literals.dedup();
    let other = "xyzqkjw0123456789"
        .chars()
        .chain((0xE000..0xF8FF).filter_map(char::from_u32))
        .find(|c| literals.binary_search(c).is_err())
        .unwrap_or('\u{F8FF}');
    let mut all = vec![other];
    all.extend(literals);
    all.push(':');
    all
}

/// A text of both `a` and `b`, the shortest there is: `Some(None)` when they share none,
/// `None` past the budget.
pub fn common_text(a: &Glob, b: &Glob, budget: &Budget) -> Option<Option<String>> {
    let (ta, tb) = (a.tokens(), b.tokens());
    let width = tb.len() + 1;
    let alphabet = alphabet(&[a, b]);
    // Each state: (position in a, position in b); its parent and the character read.
    let mut parent: HashMap<usize, (usize, Option<char>)> = HashMap::new();
    let mut queue = VecDeque::new();
    // Moves that read nothing: a `*` may match the empty run.
    let close = |i: usize, j: usize| -> Vec<(usize, usize)> {
        let mut out = vec![(i, j)];
        let mut k = 0;
        while k < out.len() {
            let (i, j) = out[k];
            if i < ta.len() && matches!(ta[i], Token::Star { .. }) && !out.contains(&(i + 1, j)) {
                out.push((i + 1, j));
            }
            if j < tb.len() && matches!(tb[j], Token::Star { .. }) && !out.contains(&(i, j + 1)) {
                out.push((i, j + 1));
            }
            k += 1;
        }
        out
    };
    for (i, j) in close(0, 0) {
        let id = i * width + j;
        parent.entry(id).or_insert((usize::MAX, None));
        queue.push_back(id);
    }
    while let Some(id) = queue.pop_front() {
        let (i, j) = (id / width, id % width);
        if i == ta.len() && j == tb.len() {
            return Some(Some(text_of(&parent, id)));
        }
        if i == ta.len() || j == tb.len() {
            continue;
        }
        if !budget.spend(alphabet.len()) {
            return None;
        }
        for &c in &alphabet {
            if !(ta[i].takes(c) && tb[j].takes(c)) {
                continue;
            }
            let ni = if matches!(ta[i], Token::Star { .. }) {
                i
            } else {
                i + 1
            };
            let nj = if matches!(tb[j], Token::Star { .. }) {
                j
            } else {
                j + 1
            };
            for (ci, cj) in close(ni, nj) {
                let next = ci * width + cj;
                if let std::collections::hash_map::Entry::Vacant(slot) = parent.entry(next) {
                    slot.insert((id, Some(c)));
                    queue.push_back(next);
                }
            }
        }
    }
    Some(None)
}

fn text_of(parent: &HashMap<usize, (usize, Option<char>)>, mut id: usize) -> String {
    let mut chars = Vec::new();
    while let Some(&(from, c)) = parent.get(&id) {
        if let Some(c) = c {
            chars.push(c);
        }
        if from == usize::MAX {
            break;
        }
        id = from;
    }
    chars.reverse();
    chars.into_iter().collect()
}

/// Whether `a` and `b` match at least one text in common (`None` past the budget).
pub fn intersects(a: &Glob, b: &Glob, budget: &Budget) -> Option<bool> {
    Some(common_text(a, b, budget)?.is_some())
}

/// How much of `set` `pattern` matches (`None` past the budget). The shapes policies are made
/// of (a literal ARN, a literal ARN ending in `*`) against a folder's keys are answered from
/// their literal prefixes; the others by the searches.
pub fn cover(set: &Glob, pattern: &Glob, budget: &Budget) -> Option<Cover> {
    let (set_prefix, set_rest) = set.split_literal();
    let (prefix, rest) = pattern.split_literal();
    // Every text of both starts with both literal prefixes.
    if !(set_prefix.starts_with(&prefix) || prefix.starts_with(&set_prefix)) {
        return Some(Cover::None);
    }
    if set_rest.is_empty() {
        return Some(if pattern.matches(&set_prefix) {
            Cover::All
        } else {
            Cover::None
        });
    }
    let any = |colon| Token::Star { colon };
    if set_rest == [Token::One { colon: true }, any(true)] {
        if rest.is_empty() {
            let inside = prefix.len() > set_prefix.len() && prefix.starts_with(&set_prefix);
            return Some(if inside { Cover::Some } else { Cover::None });
        }
        if rest == [any(true)] {
            return Some(if set_prefix.starts_with(&prefix) {
                Cover::All
            } else {
                Cover::Some
            });
        }
    }
    if !intersects(set, pattern, budget)? {
        return Some(Cover::None);
    }
    Some(if contains(set, &[pattern], budget)? {
        Cover::All
    } else {
        Cover::Some
    })
}

/// Every combination of the `patterns` that the texts of `set` reach, each with its shortest
/// example, in the order found (shortest examples first); `None` past the budget.
pub fn reaches(set: &Glob, patterns: &[&Glob], budget: &Budget) -> Option<Vec<Reach>> {
    let mut globs = vec![set];
    globs.extend_from_slice(patterns);
    let alphabet = alphabet(&globs);
    // A state: the live positions of the set, then of each pattern, side by side.
    let start: Vec<Vec<bool>> = globs.iter().map(|g| g.start()).collect();
    let mut states: Vec<State> = vec![(start.clone(), 0, None)];
    let mut seen: HashMap<Vec<Vec<bool>>, usize> = HashMap::from([(start, 0)]);
    let mut found: Vec<Reach> = Vec::new();
    let combinations = 1usize
        .checked_shl(patterns.len() as u32)
        .unwrap_or(usize::MAX);
    let width: usize = globs.iter().map(|g| g.tokens().len() + 1).sum();
    let mut next = 0;
    while next < states.len() {
        let id = next;
        next += 1;
        let live = states[id].0.clone();
        if set.accepts(&live[0]) {
            let matched: Vec<bool> = patterns
                .iter()
                .zip(&live[1..])
                .map(|(p, l)| p.accepts(l))
                .collect();
            if !found.iter().any(|r| r.matched == matched) {
                found.push(Reach {
                    matched,
                    example: path_of(&states, id),
                });
                if found.len() == combinations {
                    break;
                }
            }
        }
        for &c in &alphabet {
            // The set first: most characters end it (inside a folder's literal prefix, all
            // but one), and then the patterns need not move.
            let first = set.step(&live[0], c);
            if !budget.spend(first.len()) {
                return None;
            }
            if !first.contains(&true) {
                continue;
            }
            if !budget.spend(width) {
                return None;
            }
            let mut stepped: Vec<Vec<bool>> = vec![first];
            stepped.extend(patterns.iter().zip(&live[1..]).map(|(g, l)| g.step(l, c)));
            if seen.contains_key(&stepped) {
                continue;
            }
            seen.insert(stepped.clone(), states.len());
            states.push((stepped, id, Some(c)));
        }
    }
    Some(found)
}

/// A state of [`reaches`]: the live positions of each pattern, the state it came from and the
/// character read to come here.
type State = (Vec<Vec<bool>>, usize, Option<char>);

fn path_of(states: &[State], mut id: usize) -> String {
    let mut chars = Vec::new();
    while let Some(c) = states[id].2 {
        chars.push(c);
        id = states[id].1;
    }
    chars.reverse();
    chars.into_iter().collect()
}

/// Whether every text of `set` is matched by at least one of `patterns`; `None` when the
/// search goes past its budget. When not, [`uncovered`] gives a text that is not.
pub fn contains(set: &Glob, patterns: &[&Glob], budget: &Budget) -> Option<bool> {
    Some(uncovered(set, patterns, budget)?.is_none())
}

/// The shortest text of `set` that none of `patterns` matches, if any (`None` past the
/// budget; `Some(None)` when every text is matched).
pub fn uncovered(set: &Glob, patterns: &[&Glob], budget: &Budget) -> Option<Option<String>> {
    let reaches = reaches(set, patterns, budget)?;
    Some(
        reaches
            .into_iter()
            .find(|r| !r.matched.contains(&true))
            .map(|r| r.example),
    )
}

#[cfg(test)]
mod tests {
    use super::super::Variables;
    use super::*;

    fn arn(p: &str) -> Glob {
        Glob::arn(p, Variables::Literal).0
    }

    fn common(a: &Glob, b: &Glob) -> Option<String> {
        common_text(a, b, &Budget::default()).unwrap()
    }

    fn meet(a: &Glob, b: &Glob) -> bool {
        common(a, b).is_some()
    }

    fn within(set: &Glob, patterns: &[&Glob]) -> Option<bool> {
        contains(set, patterns, &Budget::default())
    }

    fn left_out(set: &Glob, patterns: &[&Glob]) -> Option<Option<String>> {
        uncovered(set, patterns, &Budget::default())
    }

    #[test]
    fn intersection_finds_the_shortest_common_text() {
        let keys = Glob::under("arn:aws:s3:::b/currents/");
        assert_eq!(
            common(&keys, &arn("arn:aws:s3:::b/*")).as_deref(),
            Some("arn:aws:s3:::b/currents/x")
        );
        assert!(common(&keys, &arn("arn:aws:s3:::b/?")).is_none());
        assert!(common(&keys, &arn("arn:aws:s3:::b/other/*")).is_none());
        assert!(meet(&arn("arn:aws:s3:::b/*x"), &arn("arn:aws:s3:::b/y*")));
        assert!(!meet(&arn("arn:aws:s3:::b/*x"), &arn("arn:aws:s3:::b/*y")));
    }

    #[test]
    fn containment_names_a_text_left_out() {
        let keys = Glob::under("arn:aws:s3:::b/currents/");
        assert_eq!(within(&keys, &[&arn("arn:aws:s3:::b/*")]), Some(true));
        assert_eq!(within(&keys, &[&arn("arn:aws:s3:::b*")]), Some(true));
        assert_eq!(
            left_out(&keys, &[&arn("arn:aws:s3:::b/?")]),
            Some(Some("arn:aws:s3:::b/currents/x".to_owned()))
        );
        // Together, two patterns may cover what neither covers alone: an ARN's `?` is no
        // colon, so keys that start with one need the second pattern.
        let most = arn("arn:aws:s3:::b/currents/?*");
        let colon = arn("arn:aws:s3:::b/currents/:*");
        assert_eq!(
            left_out(&keys, &[&most]),
            Some(Some("arn:aws:s3:::b/currents/:".to_owned()))
        );
        assert_eq!(within(&keys, &[&colon]), Some(false));
        assert_eq!(within(&keys, &[&most, &colon]), Some(true));
        // A `*` that is not last in its segment stops at colons: keys with one are left out.
        let inner = arn("arn:aws:s3:::b/currents/*x");
        let rest = arn("arn:aws:s3:::b/currents/*");
        let found = reaches(&keys, &[&inner, &rest], &Budget::default()).unwrap();
        assert!(found.iter().all(|r| r.matched[1]));
        assert!(found.iter().any(|r| !r.matched[0]));
    }

    #[test]
    fn cover_reads_the_usual_shapes_from_their_prefixes() {
        let keys = Glob::under("arn:aws:s3:::b/currents/");
        let budget = Budget::default();
        let cover = |p: &str| cover(&keys, &arn(p), &budget);
        assert_eq!(cover("arn:aws:s3:::b/*"), Some(Cover::All));
        assert_eq!(cover("arn:aws:s3:::b*"), Some(Cover::All));
        assert_eq!(cover("arn:aws:s3:::b/currents/*"), Some(Cover::All));
        assert_eq!(cover("arn:aws:s3:::b/currents/x*"), Some(Cover::Some));
        assert_eq!(cover("arn:aws:s3:::b/currents/file"), Some(Cover::Some));
        assert_eq!(cover("arn:aws:s3:::b/currents/"), Some(Cover::None));
        assert_eq!(cover("arn:aws:s3:::b/other/*"), Some(Cover::None));
        assert_eq!(cover("arn:aws:s3:::b/?"), Some(Cover::None));
        assert_eq!(cover("arn:aws:s3:::b/*.avro"), Some(Cover::Some));
        assert_eq!(cover("*"), Some(Cover::All));
        let bucket = Glob::exact("arn:aws:s3:::b");
        assert_eq!(
            super::cover(&bucket, &arn("arn:aws:s3:::b*"), &budget),
            Some(Cover::All)
        );
        assert_eq!(
            super::cover(&bucket, &arn("arn:aws:s3:::b/*"), &budget),
            Some(Cover::None)
        );
    }

    #[test]
    fn hostile_patterns_stop_at_the_budget() {
        // The classic blow-up: "the 14th character from the end is an `a`".
        let nasty = arn(&format!("arn:aws:s3:::b/*a{}", "?".repeat(14)));
        let keys = Glob::under("arn:aws:s3:::b/");
        assert_eq!(within(&keys, &[&nasty]), None);
        // The budget is shared: once spent, every later search of the evaluation stops too.
        let budget = Budget::new(1_000);
        assert_eq!(cover(&keys, &nasty, &budget), None);
        assert_eq!(intersects(&keys, &arn("arn:aws:s3:::b/x*y"), &budget), None);
        assert!(meet(&keys, &nasty));
    }
}
