//! The cloud-storage providers other than Amazon S3, each a self-contained core: its facts,
//! fields and rules, generated files, checker and preflight. Nothing of Amazon S3's guide,
//! snippets or checker depends on a provider here, and no provider depends on them: a reader of
//! one provider computes nothing of the others (the provider engine plugs each in).

pub mod azure;
pub mod gcs;
