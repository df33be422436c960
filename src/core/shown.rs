//! What the widget shows of its first view for a configuration: the rules' report, the guide's
//! steps each with the documents it shows, the checklist's items and the diagram. Derived
//! output by output and kept between changes: each output is rebuilt only when an input of
//! its row of [`super::outputs`] changed (typing the reader's own account rebuilds the role
//! ARN, nothing else). The widget calls [`Derivation::shown`] at each change of its
//! configuration; the files built in their own sections (infrastructure, preflight) are not
//! built here.

use std::rc::Rc;

use super::checklist::{self, Item};
use super::config::Config;
use super::diagram::{self, Diagram};
use super::guide::{self, Block, Guide, Step};
use super::outputs::Output;
use super::rules::Report;
use super::snippets::{self, SnippetBody, SnippetId};

/// A step of the guide with the documents it shows, in the order it shows them.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownStep {
    pub step: Rc<Step>,
    pub snippets: Rc<Vec<(SnippetId, SnippetBody)>>,
}

/// The first view, derived.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub report: Rc<Report>,
    pub steps: Vec<ShownStep>,
    pub items: Rc<Vec<Item>>,
    pub diagram: Rc<Diagram>,
}

/// An output's last value and the inputs (its projection of the configuration) it was built
/// from.
struct Memo<T> {
    output: Output,
    key: Config,
    value: Rc<T>,
}

/// The outputs built so far, kept from one configuration to the next.
#[derive(Default)]
pub struct Derivation {
    guide: Option<Memo<Guide>>,
    items: Option<Memo<Vec<Item>>>,
    diagram: Option<Memo<Diagram>>,
    documents: Vec<Memo<SnippetBody>>,
    /// Every output built, in order: what a change cost (read by the tests).
    pub built: Vec<Output>,
}

/// `slot`'s value when its key is `output`'s projection of `config`; else built anew.
fn memo<T>(
    slot: &mut Option<Memo<T>>,
    built: &mut Vec<Output>,
    output: Output,
    config: &Config,
    build: impl FnOnce() -> T,
) -> Rc<T> {
    let key = output.project(config);
    match slot {
        Some(memo) if memo.key == key => memo.value.clone(),
        _ => {
            built.push(output);
            let value = Rc::new(build());
            *slot = Some(Memo {
                output,
                key,
                value: value.clone(),
            });
            value
        }
    }
}

impl Derivation {
    /// The first view for `config`, reusing every output whose inputs did not change.
    pub fn shown(&mut self, config: &Config) -> Shown {
        let report = Rc::new(Report::new(config));
        let built = &mut self.built;
        let guide = memo(&mut self.guide, built, Output::Guide, config, || {
            guide::build(config, &report)
        });
        let items = memo(&mut self.items, built, Output::Checklist, config, || {
            checklist::items(&guide)
        });
        let diagram = memo(&mut self.diagram, built, Output::Diagram, config, || {
            diagram::build(config, &report)
        });
        let mut kept = std::mem::take(&mut self.documents);
        let mut steps = Vec::new();
        for step in &guide.steps {
            let mut documents = Vec::new();
            for id in step.blocks.iter().filter_map(document) {
                let output = id.output();
                let mut slot = kept
                    .iter()
                    .position(|m| m.output == output)
                    .map(|i| kept.swap_remove(i));
                let body = memo(&mut slot, built, output, config, || {
                    snippets::build_document(id, config, &report)
                });
                self.documents.extend(slot);
                documents.push((id, (*body).clone()));
            }
            steps.push(ShownStep {
                step: Rc::new(step.clone()),
                snippets: Rc::new(documents),
            });
        }
        Shown {
            report,
            steps,
            items,
            diagram,
        }
    }
}

/// A document the first view shows; the infrastructure files and the preflight script are
/// built in their own sections, when opened.
fn document(block: &Block) -> Option<SnippetId> {
    match block {
        Block::Snippet(id) if !id.is_lazy() => Some(*id),
        _ => None,
    }
}
