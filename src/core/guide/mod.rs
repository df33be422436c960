//! The step model: which steps a case needs, in order, and what each says and asks the reader
//! to do. The guide and the checklist are two views of this one model; the snippets the guide
//! places are built from it (`shown::Derivation`). Each step's content is in [`steps`].

mod steps;

use super::config::{AuthMethod, Config};
use super::rules::Report;
use super::snippet_id::SnippetId;
use super::text::Msg;
use steps::{
    automate, create_bucket, create_policy, enforce_encryption, export_behaviour, link_currents,
    link_dashboard_export, prerequisites, role_attach, role_copy_arn, role_create,
    secret_key_attach, secret_key_credentials, secret_key_user, several_connectors, Values,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Guide {
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// Stable anchor id (`step-<id>` in the page).
    pub id: &'static str,
    pub title: Msg,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// Explanation.
    Text(Msg),
    /// Something the reader does; each task is one checklist item.
    Task(Task),
    /// A boxed remark.
    Note(Tone, Msg),
    /// A generated snippet, with copy and download.
    Snippet(SnippetId),
    /// Example bucket names, and whether a wildcard resource of the policy matches each.
    BucketExamples(Vec<(String, bool)>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Task {
    /// Stable id, `<step>.<task>`; the checklist's `data-item`.
    pub id: String,
    pub text: Msg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Note,
    Tip,
    Important,
    Warning,
}

/// The guide for exactly this case, in the order the reader works.
pub fn build(config: &Config, report: &Report) -> Guide {
    let v = Values::new(config, report);
    let mut steps = vec![prerequisites(config), create_bucket(config, &v)];
    if config.integration.has_currents() && config.sse {
        steps.push(enforce_encryption(config, &v));
    }
    match config.auth {
        AuthMethod::SecretKey => {
            steps.push(secret_key_user(&v));
            steps.push(secret_key_credentials());
            steps.push(create_policy(config, &v));
            steps.push(secret_key_attach(config, &v));
        }
        AuthMethod::RoleArn => {
            steps.push(create_policy(config, &v));
            steps.push(role_create(config, &v));
            steps.push(role_attach(config, &v));
            steps.push(role_copy_arn(&v));
        }
    }
    if config.integration.has_currents() {
        steps.push(link_currents(config, &v));
    }
    if config.integration.has_dashboard_export() {
        steps.push(link_dashboard_export(config, &v));
        steps.push(export_behaviour());
    }
    if config.integration.has_currents() {
        steps.push(several_connectors(config));
    }
    steps.push(automate(config, report));
    Guide { steps }
}

/// Every task of the guide, in order: the checklist's items.
pub fn tasks(guide: &Guide) -> impl Iterator<Item = (&Step, &Task)> {
    guide.steps.iter().flat_map(|step| {
        step.blocks.iter().filter_map(move |block| match block {
            Block::Task(task) => Some((step, task)),
            _ => None,
        })
    })
}

impl Guide {
    /// Every snippet the guide shows, in the order it shows them.
    pub fn snippets(&self) -> impl Iterator<Item = SnippetId> + '_ {
        self.steps.iter().flat_map(|step| {
            step.blocks.iter().filter_map(|block| match block {
                Block::Snippet(id) => Some(*id),
                _ => None,
            })
        })
    }
}
