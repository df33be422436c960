//! Reads pasted `az role assignment list` output (and, optionally, `az role definition list`
//! output) with serde_json: bounded, never panicking, keeping only the fields the judging
//! reads. A pasted secret is refused before any parsing, and nothing of it is kept.

use serde::Deserialize;
use serde_json::Value;

use super::super::secret::{self, Secret};

/// Far more than any account's assignment list (each entry is under 1 kB).
pub const MAX_BYTES: usize = 1024 * 1024;
pub const MAX_ENTRIES: usize = 5_000;

/// One role assignment, as `az role assignment list` prints it (camelCase keys).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Assignment {
    pub scope: String,
    pub role_definition_id: String,
    #[serde(default)]
    pub role_definition_name: Option<String>,
    #[serde(default)]
    pub principal_id: Option<String>,
    /// For a service principal the Azure CLI writes its first service principal name, the
    /// app's client ID; empty when it could not read Microsoft Entra ID.
    #[serde(default)]
    pub principal_name: Option<String>,
    #[serde(default)]
    pub principal_type: Option<String>,
    /// An ABAC condition: the grant holds only when it is true.
    #[serde(default)]
    pub condition: Option<String>,
}

impl Assignment {
    /// The role definition's GUID: the last segment of `roleDefinitionId`.
    pub fn role_guid(&self) -> &str {
        self.role_definition_id
            .rsplit('/')
            .next()
            .unwrap_or(&self.role_definition_id)
    }

    /// The role's name as listed, else its GUID.
    pub fn role_label(&self) -> &str {
        self.role_definition_name
            .as_deref()
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| self.role_guid())
    }

    pub fn is_group(&self) -> bool {
        self.principal_type
            .as_deref()
            .is_some_and(|t| t.eq_ignore_ascii_case("Group"))
    }
}

/// One permission block of a role definition.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Permission {
    #[serde(default)]
    pub actions: Vec<String>,
    #[serde(default)]
    pub not_actions: Vec<String>,
    #[serde(default)]
    pub data_actions: Vec<String>,
    #[serde(default)]
    pub not_data_actions: Vec<String>,
    #[serde(default)]
    pub condition: Option<String>,
}

/// A role definition, as `az role definition list` prints it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleDefinition {
    /// The GUID.
    pub name: String,
    #[serde(default)]
    pub role_name: Option<String>,
    #[serde(default)]
    pub permissions: Vec<Permission>,
}

/// Why a paste is not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseProblem {
    Empty,
    TooLarge {
        max_bytes: usize,
    },
    TooMany {
        max: usize,
    },
    /// A secret: refused unread.
    Secret(Secret),
    NotJson,
    /// JSON, but not role assignments (or role definitions).
    NotAssignments,
}

/// The assignments of a pasted list (a JSON array, or one object as `az role assignment
/// create` prints).
pub fn assignments(text: &str) -> Result<Vec<Assignment>, ParseProblem> {
    let value = read(text)?;
    entries(value, |v| serde_json::from_value::<Assignment>(v).ok())
}

/// The role definitions of a pasted `az role definition list` (array or one object).
pub fn definitions(text: &str) -> Result<Vec<RoleDefinition>, ParseProblem> {
    let value = read(text)?;
    entries(value, |v| serde_json::from_value::<RoleDefinition>(v).ok())
}

/// Assignments from the JSON the preflight embedded (already bounded by the report reader).
pub fn assignments_from_value(value: &Value) -> Option<Vec<Assignment>> {
    entries(value.clone(), |v| {
        serde_json::from_value::<Assignment>(v).ok()
    })
    .ok()
}

fn read(text: &str) -> Result<Value, ParseProblem> {
    if text.len() > MAX_BYTES {
        return Err(ParseProblem::TooLarge {
            max_bytes: MAX_BYTES,
        });
    }
    if text.trim().is_empty() {
        return Err(ParseProblem::Empty);
    }
    if let Some(found) = secret::find(text) {
        return Err(ParseProblem::Secret(found));
    }
    serde_json::from_str(text.trim().trim_start_matches('\u{feff}'))
        .map_err(|_| ParseProblem::NotJson)
}

fn entries<T>(value: Value, one: impl Fn(Value) -> Option<T>) -> Result<Vec<T>, ParseProblem> {
    let items = match value {
        Value::Array(items) => items,
        object @ Value::Object(_) => vec![object],
        _ => return Err(ParseProblem::NotAssignments),
    };
    if items.len() > MAX_ENTRIES {
        return Err(ParseProblem::TooMany { max: MAX_ENTRIES });
    }
    items
        .into_iter()
        .map(|item| one(item).ok_or(ParseProblem::NotAssignments))
        .collect()
}
