//! Condition operators, against what is known of Braze's request (AWS, "IAM JSON policy
//! elements: Condition operators" and "Creating a condition with multiple keys or values"):
//! - a key absent from the request matches nothing, so the condition is false, except that a
//!   negated operator (`StringNotEquals`, `ArnNotLike`…) is then true, `…IfExists` is true,
//!   `ForAllValues:` is true (an empty set) and `ForAnyValue:` false; `Null` tests presence;
//! - `StringLike` / `StringNotLike` match with `*` and `?`; `ArnLike` / `ArnEquals` match each
//!   colon-separated part of the ARN with them; `…IgnoreCase` ignores case;
//! - several values for one key: any one matching is enough (for a negated operator: none may
//!   match); Braze's requests carry one value per key, so `ForAllValues:` / `ForAnyValue:`
//!   compare that one value as the operator alone would, and differ only when it is absent;
//! - a key whose value this check does not know (Braze's source IP, tags…), an operator it
//!   does not evaluate (numbers, dates, IP ranges), or a policy variable in a value: the
//!   condition depends on the request ([`Applies::Maybe`]).

use super::document::{Condition, Version};
use super::verdict::{Applies, Reason};
use crate::core::wildcard::{Glob, Variables};

/// What this check knows of one request's context: for each known key (compared without
/// case, as IAM compares condition keys), its value, or that it is absent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Context {
    known: Vec<(String, Option<String>)>,
}

impl Context {
    pub fn new() -> Self {
        Self::default()
    }

    /// The same context, with `key` known to be `value` (`None`: absent from the request).
    pub fn with(mut self, key: &str, value: Option<&str>) -> Self {
        self.known
            .push((key.to_ascii_lowercase(), value.map(str::to_owned)));
        self
    }

    /// `None` when the key's value is not known; `Some(None)` when it is known to be absent.
    pub fn value(&self, key: &str) -> Option<Option<&str>> {
        let key = key.to_ascii_lowercase();
        self.known
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_deref())
    }
}

/// A set operator in front of a condition operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetOperator {
    ForAllValues,
    ForAnyValue,
}

/// A condition operator's name, taken apart: `ForAnyValue:StringLikeIfExists` is the set
/// operator `ForAnyValue`, the base `StringLike`, and `IfExists`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Operator<'a> {
    pub set: Option<SetOperator>,
    pub base: &'a str,
    pub if_exists: bool,
}

impl<'a> Operator<'a> {
    pub fn parse(name: &'a str) -> Self {
        let (set, rest) = if let Some(rest) = name.strip_prefix("ForAllValues:") {
            (Some(SetOperator::ForAllValues), rest)
        } else if let Some(rest) = name.strip_prefix("ForAnyValue:") {
            (Some(SetOperator::ForAnyValue), rest)
        } else {
            (None, name)
        };
        let (base, if_exists) = match rest.strip_suffix("IfExists") {
            Some(base) if base != "Null" => (base, true),
            _ => (rest, false),
        };
        Self {
            set,
            base,
            if_exists,
        }
    }

    /// "Does not match" operators: true when no value matches, and when the key is absent.
    pub fn is_negated(&self) -> bool {
        matches!(
            self.base,
            "StringNotEquals"
                | "StringNotEqualsIgnoreCase"
                | "StringNotLike"
                | "ArnNotEquals"
                | "ArnNotLike"
        )
    }

    /// Whether this check compares values for this operator at all.
    pub fn is_evaluated(&self) -> bool {
        self.base == "Null"
            || self.base == "Bool"
            || self.base.starts_with("String")
            || self.base.starts_with("Arn")
    }

    /// Whether the condition holds when the key is absent from the request.
    pub fn holds_when_absent(&self, values: &[String]) -> bool {
        if self.base == "Null" {
            return values.iter().any(|v| v == "true");
        }
        self.if_exists || self.set == Some(SetOperator::ForAllValues) || self.is_negated()
    }

    /// Whether the policy's `value` matches the request's `actual` (before negation).
    pub fn value_matches(&self, value: &str, actual: &str) -> bool {
        match self.base {
            "StringEquals" | "StringNotEquals" => value == actual,
            "StringEqualsIgnoreCase" | "StringNotEqualsIgnoreCase" => {
                value.to_lowercase() == actual.to_lowercase()
            }
            "StringLike" | "StringNotLike" => Glob::plain(value).matches(actual),
            "ArnEquals" | "ArnLike" | "ArnNotEquals" | "ArnNotLike" => {
                Glob::arn(value, Variables::Literal).0.matches(actual)
            }
            "Bool" => value.eq_ignore_ascii_case(actual),
            _ => false,
        }
    }

    /// Whether the condition holds for a request whose key has the value `actual`.
    pub fn holds_for(&self, values: &[String], actual: &str) -> bool {
        if self.base == "Null" {
            return values.iter().any(|v| v == "false");
        }
        let any = values.iter().any(|v| self.value_matches(v, actual));
        any != self.is_negated()
    }
}

pub fn reason(condition: &Condition) -> Reason {
    Reason::Condition {
        operator: condition.operator.clone(),
        key: condition.key.clone(),
    }
}

/// Whether a value holds a policy variable (`${aws:username}`, known only at request time) or
/// an escape (`${*}`): either way this check leaves the comparison to AWS.
fn has_variable(value: &str, version: Version) -> bool {
    version == Version::V2012 && value.contains("${")
}

/// One condition against `context`.
pub fn condition_applies(condition: &Condition, context: &Context, version: Version) -> Applies {
    let maybe = || Applies::Maybe(vec![reason(condition)]);
    let operator = Operator::parse(&condition.operator);
    if !operator.is_evaluated() || condition.values.iter().any(|v| has_variable(v, version)) {
        return maybe();
    }
    match context.value(&condition.key) {
        None => maybe(),
        Some(None) => Applies::from_bool(operator.holds_when_absent(&condition.values)),
        Some(Some(actual)) => Applies::from_bool(operator.holds_for(&condition.values, actual)),
    }
}

/// A `Condition` block: it applies when every condition in it does.
pub fn conditions_apply(conditions: &[Condition], context: &Context, version: Version) -> Applies {
    conditions
        .iter()
        .map(|c| condition_applies(c, context, version))
        .fold(Applies::Yes, Applies::and)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn condition(operator: &str, key: &str, values: &[&str]) -> Condition {
        Condition {
            operator: operator.to_owned(),
            key: key.to_owned(),
            values: values.iter().map(|v| (*v).to_owned()).collect(),
        }
    }

    fn holds(operator: &str, values: &[&str], actual: Option<&str>) -> Applies {
        let context = Context::new().with("sts:ExternalId", actual);
        condition_applies(
            &condition(operator, "sts:externalid", values),
            &context,
            Version::V2012,
        )
    }

    #[test]
    fn absent_keys_follow_the_operator() {
        assert_eq!(holds("StringEquals", &["a"], None), Applies::No);
        assert_eq!(holds("StringNotEquals", &["a"], None), Applies::Yes);
        assert_eq!(holds("StringEqualsIfExists", &["a"], None), Applies::Yes);
        assert_eq!(
            holds("ForAllValues:StringEquals", &["a"], None),
            Applies::Yes
        );
        assert_eq!(holds("ForAnyValue:StringEquals", &["a"], None), Applies::No);
        assert_eq!(holds("Null", &["true"], None), Applies::Yes);
        assert_eq!(holds("Null", &["false"], None), Applies::No);
    }

    #[test]
    fn present_keys_are_compared() {
        assert_eq!(holds("StringEquals", &["b", "a"], Some("a")), Applies::Yes);
        assert_eq!(holds("StringNotEquals", &["a"], Some("a")), Applies::No);
        assert_eq!(holds("StringLike", &["a*"], Some("abc")), Applies::Yes);
        assert_eq!(holds("StringLike", &["a?"], Some("abc")), Applies::No);
        assert_eq!(
            holds("StringEqualsIgnoreCase", &["ABC"], Some("abc")),
            Applies::Yes
        );
        assert_eq!(
            holds("StringEqualsIfExists", &["x"], Some("a")),
            Applies::No
        );
        assert_eq!(holds("Null", &["false"], Some("a")), Applies::Yes);
        assert!(matches!(
            holds("NumericEquals", &["1"], Some("1")),
            Applies::Maybe(_)
        ));
        assert!(matches!(
            holds("StringEquals", &["${aws:username}"], Some("a")),
            Applies::Maybe(_)
        ));
    }

    #[test]
    fn unknown_keys_depend_on_the_request() {
        let context = Context::new();
        let c = condition("IpAddress", "aws:SourceIp", &["10.0.0.0/8"]);
        assert!(matches!(
            condition_applies(&c, &context, Version::V2012),
            Applies::Maybe(_)
        ));
    }
}
