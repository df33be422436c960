//! What a role allows, by Azure's rules for role definitions (Microsoft Learn, "Understand
//! Azure role definitions"): a permission block allows its `actions` minus its `notActions`
//! and its `dataActions` minus its `notDataActions`; `*` stands for any characters; operation
//! names compare without regard to case; `notActions` is no deny, it only narrows its own
//! block. Roles come from the built-in table (docs/facts.md) or a pasted definition.

use super::super::facts::{self, Broad};
use super::parse::{Permission, RoleDefinition};

/// A role's permission blocks, whatever their source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Role {
    pub blocks: Vec<Permission>,
}

impl Role {
    fn from_built_in(role: &facts::BuiltInRole) -> Self {
        let strings = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect();
        Self {
            blocks: vec![Permission {
                actions: strings(role.actions),
                not_actions: strings(role.not_actions),
                data_actions: strings(role.data_actions),
                not_data_actions: strings(role.not_data_actions),
                condition: None,
            }],
        }
    }

    /// Whether some block allows the control-plane operation `op`. A block with a condition
    /// counts only when `conditional` is true.
    fn allows(&self, op: &str, data: bool, conditional: bool) -> bool {
        self.blocks.iter().any(|b| {
            (conditional || b.condition.is_none()) && {
                let (allow, deny) = if data {
                    (&b.data_actions, &b.not_data_actions)
                } else {
                    (&b.actions, &b.not_actions)
                };
                allow.iter().any(|p| matches(p, op)) && !deny.iter().any(|p| matches(p, op))
            }
        })
    }

    /// Whether any block carries a condition (its grants are not counted).
    pub fn has_condition(&self) -> bool {
        self.blocks.iter().any(|b| b.condition.is_some())
    }

    /// The required operations this role allows, unconditionally.
    pub fn granted(&self) -> Vec<&'static str> {
        let actions = facts::REQUIRED_ACTIONS
            .iter()
            .filter(|op| self.allows(op, false, false));
        let data = facts::REQUIRED_DATA_ACTIONS
            .iter()
            .filter(|op| self.allows(op, true, false));
        actions.chain(data).copied().collect()
    }

    /// What the role allows beyond Braze's need (conditions aside: a conditional grant of
    /// the account keys is still a grant to review).
    pub fn broad(&self) -> Vec<Broad> {
        let mut found: Vec<Broad> = facts::SENSITIVE_ACTIONS
            .iter()
            .filter(|(op, _)| self.allows(op, false, true))
            .chain(
                facts::SENSITIVE_DATA_ACTIONS
                    .iter()
                    .filter(|(op, _)| self.allows(op, true, true)),
            )
            .map(|(_, kind)| *kind)
            .collect();
        found.sort();
        found.dedup();
        found
    }
}

/// The role with GUID `guid`: a pasted definition first (it is what the reader's tenant
/// holds), else the built-in table.
pub fn find(guid: &str, definitions: &[RoleDefinition]) -> Option<Role> {
    definitions
        .iter()
        .find(|d| d.name.eq_ignore_ascii_case(guid))
        .map(|d| Role {
            blocks: d.permissions.clone(),
        })
        .or_else(|| facts::built_in_role(guid).map(Role::from_built_in))
}

/// Whether operation pattern `pattern` (with `*` wildcards) matches operation `op`, without
/// regard to case.
pub fn matches(pattern: &str, op: &str) -> bool {
    let p: Vec<char> = pattern.to_lowercase().chars().collect();
    let s: Vec<char> = op.to_lowercase().chars().collect();
    // Iterative glob with one backtrack point: linear in practice, never recursive.
    let (mut pi, mut si) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while si < s.len() {
        if pi < p.len() && p[pi] == '*' {
            star = Some((pi, si));
            pi += 1;
        } else if pi < p.len() && p[pi] == s[si] {
            pi += 1;
            si += 1;
        } else if let Some((sp, ss)) = star {
            pi = sp + 1;
            si = ss + 1;
            star = Some((sp, ss + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}
