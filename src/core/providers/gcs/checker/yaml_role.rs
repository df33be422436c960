//! A strict reader for exactly the YAML `gcloud iam roles describe` prints (its default
//! output): a mapping of top-level keys at column 0, the permissions a block list under
//! `includedPermissions` (or a flow list `[a, b]`), scalars plain or quoted. Only `name`,
//! `stage`, `deleted` and the permissions are read; every other key (`title`, `description`,
//! `etag`…) is skipped with its continuation lines, whatever YAML style it is written in.
//! Anything else is refused with the line it stopped at: no general YAML parser ships in the
//! widget (docs/decisions/0007-providers-gcs-strict-role-reader.md).

use super::super::iam::Role;

/// Why a text is not the YAML of a role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum YamlProblem {
    /// A line that is not part of the shape (1-based).
    BadLine { line: usize },
    /// A key given twice.
    Duplicate { line: usize },
    /// No `includedPermissions` list.
    NoPermissions,
}

/// Reads the role, or says where the text leaves the shape.
pub fn read(text: &str) -> Result<Role, YamlProblem> {
    let mut role = Role::default();
    let mut seen: Vec<String> = Vec::new();
    let mut permissions: Option<Vec<String>> = None;
    // The key whose value continues on the following indented lines (skipped), or the list
    // being read.
    let mut in_list = false;
    let mut started = false;
    for (index, raw) in text.lines().enumerate() {
        let number = index + 1;
        let line = raw.trim_end();
        let bad = || YamlProblem::BadLine { line: number };
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if !started && line == "---" {
            started = true;
            continue;
        }
        started = true;
        let indented = line.starts_with([' ', '\t']);
        if in_list && (indented || line.starts_with('-')) {
            let item = list_item(line).and_then(scalar).ok_or_else(bad)?;
            if !is_permission_like(&item) {
                return Err(bad());
            }
            permissions.get_or_insert_with(Vec::new).push(item);
            continue;
        }
        if indented {
            // A continuation of the previous key's value (a folded or block scalar, an
            // indented mapping): skipped.
            if seen.is_empty() {
                return Err(bad());
            }
            continue;
        }
        if line.starts_with('-') {
            return Err(bad());
        }
        let (key, value) = line.split_once(':').ok_or_else(bad)?;
        if key.is_empty()
            || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            || !(value.is_empty() || value.starts_with(' '))
        {
            return Err(bad());
        }
        if seen.iter().any(|k| k == key) {
            return Err(YamlProblem::Duplicate { line: number });
        }
        seen.push(key.to_owned());
        let value = value.trim();
        in_list = false;
        match key {
            "includedPermissions" => {
                if value.is_empty() {
                    in_list = true;
                    permissions.get_or_insert_with(Vec::new);
                } else {
                    permissions = Some(flow_list(value).ok_or_else(bad)?);
                }
            }
            "name" => role.name = Some(scalar(value).ok_or_else(bad)?),
            "stage" => role.stage = Some(scalar(value).ok_or_else(bad)?),
            "deleted" => {
                role.deleted = match scalar(value).ok_or_else(bad)?.as_str() {
                    "true" => true,
                    "false" => false,
                    _ => return Err(bad()),
                }
            }
            _ => {}
        }
    }
    role.permissions = permissions.ok_or(YamlProblem::NoPermissions)?;
    Ok(role)
}

/// `- item` at any indentation.
fn list_item(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix('-')?;
    if rest.is_empty() {
        return Some(rest);
    }
    rest.strip_prefix(' ').map(str::trim)
}

/// A one-line scalar: plain, `'single'` (`''` for a quote) or `"double"` (JSON escapes).
fn scalar(text: &str) -> Option<String> {
    let text = text.trim();
    if let Some(inner) = text.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')) {
        if inner.replace("''", "").contains('\'') {
            return None;
        }
        return Some(inner.replace("''", "'"));
    }
    if text.starts_with('"') {
        return serde_json::from_str::<String>(text).ok();
    }
    if text.is_empty() || text.starts_with(['\'', '"', '[', '{', '&', '*', '!', '|', '>']) {
        return None;
    }
    // A plain scalar ends before a comment.
    let plain = match text.find(" #") {
        Some(at) => &text[..at],
        None => text,
    };
    Some(plain.trim_end().to_owned())
}

/// `[a, b, c]` of one-line scalars.
fn flow_list(text: &str) -> Option<Vec<String>> {
    let inner = text.strip_prefix('[')?.strip_suffix(']')?.trim();
    if inner.is_empty() {
        return Some(Vec::new());
    }
    inner
        .split(',')
        .map(|item| scalar(item).filter(|s| is_permission_like(s)))
        .collect()
}

/// What a permission name may look like here: `service.resource.verb`, or a wildcard the
/// checker will point out. No space, quote or bracket.
fn is_permission_like(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 256
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._*-/".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_shape_gcloud_prints() {
        let text = "description: 'Created on: 2024-01-01'\netag: BwYx\nincludedPermissions:\n- storage.buckets.get\n- storage.objects.create\nname: projects/p/roles/r\nstage: GA\ntitle: Braze\n";
        let role = read(text).unwrap();
        assert_eq!(role.name.as_deref(), Some("projects/p/roles/r"));
        assert_eq!(role.stage.as_deref(), Some("GA"));
        assert_eq!(
            role.permissions,
            vec!["storage.buckets.get", "storage.objects.create"]
        );
    }

    #[test]
    fn refuses_a_list_item_out_of_place() {
        assert_eq!(
            read("title: x\n- storage.buckets.get\n"),
            Err(YamlProblem::BadLine { line: 2 })
        );
    }
}
