//! What every provider's input rules return, in one shape: findings (a field and the broken
//! rule in it), asked field by field by the form. Amazon S3's, Google Cloud Storage's and
//! Azure's rules differ in their fields and problems, not in how a form reads them.

/// How bad a broken rule is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The provider or Braze would refuse the value: nothing that depends on it is offered.
    Error,
    /// The value works, with a caveat worth reading.
    Warning,
}

/// A broken rule, and how bad it is.
pub trait Graded {
    fn severity(&self) -> Severity;
}

/// A problem found in one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding<F, P> {
    pub field: F,
    pub problem: P,
}

/// Every finding of a form, asked field by field. Each provider's rules make it (`new`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldReport<F, P> {
    pub findings: Vec<Finding<F, P>>,
}

impl<F, P> Default for FieldReport<F, P> {
    fn default() -> Self {
        Self {
            findings: Vec::new(),
        }
    }
}

impl<F: Copy + PartialEq, P: Graded> FieldReport<F, P> {
    pub fn for_field(&self, field: F) -> impl Iterator<Item = &Finding<F, P>> {
        self.findings.iter().filter(move |f| f.field == field)
    }

    /// True when the field breaks no rule that would make the provider or Braze refuse it.
    pub fn is_ok(&self, field: F) -> bool {
        self.for_field(field)
            .all(|f| f.problem.severity() == Severity::Warning)
    }
}
