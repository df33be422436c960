//! The checklist: the guide's tasks, in order, ticked by the reader. Same step model as the
//! guide, so the two can never disagree.

use super::config::{AuthMethod, Config};
use super::facts;
use super::field::Field;
use super::guide::{self, Guide};
use super::markdown;
use super::rules::Report;
use super::text::{Arg, Msg};
use crate::msg;

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Stable id: the checkbox's `data-item`.
    pub id: String,
    /// The step the item belongs to (for the link to it).
    pub step: &'static str,
    pub text: Msg,
}

pub fn items(guide: &Guide) -> Vec<Item> {
    guide::tasks(guide)
        .map(|(step, task)| Item {
            id: task.id.clone(),
            step: step.id,
            text: task.text.clone(),
        })
        .collect()
}

/// Ticks are kept per case, so switching the auth method does not tick another case's items.
pub fn case_key(config: &Config) -> String {
    format!("{}/{}", config.integration.key(), config.auth.key())
}

/// The ticked items of each case (case key → item ids), in the order they were first ticked.
///
/// Two small lists rather than ordered maps and sets: a reader ticks a few dozen items at most,
/// and the generic code of `BTreeMap`/`BTreeSet` cost the wasm several kilobytes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ticks(Vec<(String, Vec<String>)>);

impl Ticks {
    pub fn is_ticked(&self, case: &str, item: &str) -> bool {
        self.items(case).iter().any(|i| i == item)
    }

    /// The ticked items of `case`.
    pub fn items(&self, case: &str) -> &[String] {
        self.0
            .iter()
            .find(|(c, _)| c == case)
            .map_or(&[], |(_, items)| items.as_slice())
    }

    /// Ticks `item` (once, however often it is given).
    pub fn tick(&mut self, case: &str, item: &str) {
        let index = match self.0.iter().position(|(c, _)| c == case) {
            Some(index) => index,
            None => {
                self.0.push((case.to_owned(), Vec::new()));
                self.0.len() - 1
            }
        };
        let items = &mut self.0[index].1;
        if !items.iter().any(|i| i == item) {
            items.push(item.to_owned());
        }
    }

    /// Ticks `item`, or unticks it if it was ticked.
    pub fn toggle(&mut self, case: &str, item: &str) {
        if self.is_ticked(case, item) {
            if let Some((_, items)) = self.0.iter_mut().find(|(c, _)| c == case) {
                items.retain(|i| i != item);
            }
        } else {
            self.tick(case, item);
        }
    }

    /// Every case with its items.
    pub fn cases(&self) -> impl Iterator<Item = (&str, &[String])> {
        self.0
            .iter()
            .map(|(c, items)| (c.as_str(), items.as_slice()))
    }
}

/// What to verify once every item is ticked: data arriving where Braze writes it.
pub fn next_checks(config: &Config, report: &Report) -> Vec<Msg> {
    let bucket = if report.is_ok(Field::Bucket) {
        Arg::Text(config.bucket.clone())
    } else {
        Arg::Placeholder(Box::new(msg!("placeholder-bucket")))
    };
    let mut checks = Vec::new();
    if config.integration.has_currents() {
        for folder in config.folders() {
            checks.push(msg!(
                "checklist-verify-currents",
                bucket = bucket.clone(),
                folder = folder
            ));
        }
    }
    if config.integration.is_message_archiving() {
        checks.push(msg!("archiving-verify", bucket = bucket.clone()));
    } else if config.integration.has_dashboard_export() {
        checks.push(msg!("checklist-verify-dashboard", bucket = bucket.clone()));
    }
    if config.integration.has_currents() {
        // Braze's warning: failing credentials stop the connector, then its events are lost.
        checks.push(msg!(
            "checklist-verify-expiry",
            days = facts::CREDENTIAL_EXPIRY.days_today,
            hours = facts::CREDENTIAL_EXPIRY.hours_earlier
        ));
    }
    if config.auth == AuthMethod::SecretKey {
        // IAM access keys do not expire: rotating them is AWS's advice, not a deadline.
        checks.push(msg!("checklist-verify-key-rotation"));
    }
    checks
}

/// The checklist as Markdown task-list lines, for a ticket or a runbook. `render` turns a
/// message into Markdown text in the reader's language, escaping what it inserts
/// (`Localizer::markdown` does); the title is escaped here, and each item is kept to its one
/// line whatever `render` returns, so no value can add an item or a heading.
pub fn to_markdown(
    title: &str,
    items: &[Item],
    ticked: impl Fn(&str) -> bool,
    render: impl Fn(&Msg) -> String,
) -> String {
    let mut out = format!("## {}\n\n", markdown::escape_text(title));
    for item in items {
        let mark = if ticked(&item.id) { 'x' } else { ' ' };
        let text: String = render(&item.text).chars().map(markdown::visible).collect();
        out.push_str(&format!("- [{mark}] {text}\n"));
    }
    out
}

/// How many of `items` are ticked.
pub fn progress(items: &[Item], ticked: impl Fn(&str) -> bool) -> (usize, usize) {
    let done = items.iter().filter(|i| ticked(&i.id)).count();
    (done, items.len())
}
