//! Where a role assignment's scope sits relative to the reader's storage account. Azure RBAC
//! scopes nest (management group > subscription > resource group > resource) and an
//! assignment applies to its scope and everything under it (Microsoft Learn, "Understand
//! scope for Azure RBAC"); resource IDs compare without regard to case.

/// A scope, read from its path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// `/`: the whole tenant.
    Root,
    ManagementGroup(String),
    Subscription(String),
    ResourceGroup {
        subscription: String,
        group: String,
    },
    Account {
        subscription: String,
        group: String,
        account: String,
    },
    /// The account's blob service, `…/blobServices/default`.
    BlobService {
        account: String,
    },
    Container {
        account: String,
        container: String,
    },
    /// Any other resource.
    Other,
}

/// Reads a scope path. Unknown shapes are [`Scope::Other`].
pub fn parse(path: &str) -> Scope {
    let trimmed = path.trim().trim_end_matches('/');
    if trimmed.is_empty() {
        return if path.trim() == "/" {
            Scope::Root
        } else {
            Scope::Other
        };
    }
    let parts: Vec<&str> = trimmed.trim_start_matches('/').split('/').collect();
    let is = |i: usize, word: &str| parts.get(i).is_some_and(|p| p.eq_ignore_ascii_case(word));
    let at = |i: usize| parts.get(i).map(|p| p.to_lowercase()).unwrap_or_default();
    if is(0, "providers")
        && is(1, "Microsoft.Management")
        && is(2, "managementGroups")
        && parts.len() == 4
    {
        return Scope::ManagementGroup(at(3));
    }
    if !is(0, "subscriptions") || parts.len() < 2 {
        return Scope::Other;
    }
    let subscription = at(1);
    if parts.len() == 2 {
        return Scope::Subscription(subscription);
    }
    if !is(2, "resourceGroups") || parts.len() < 4 {
        return Scope::Other;
    }
    let group = at(3);
    if parts.len() == 4 {
        return Scope::ResourceGroup {
            subscription,
            group,
        };
    }
    let storage = is(4, "providers") && is(5, "Microsoft.Storage") && is(6, "storageAccounts");
    if !storage || parts.len() < 8 {
        return Scope::Other;
    }
    let account = at(7);
    match parts.len() {
        8 => Scope::Account {
            subscription,
            group,
            account,
        },
        10 if is(8, "blobServices") && is(9, "default") => Scope::BlobService { account },
        12 if is(8, "blobServices") && is(9, "default") && is(10, "containers") => {
            Scope::Container {
                account,
                container: at(11),
            }
        }
        _ => Scope::Other,
    }
}

/// How a scope relates to the reader's storage account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// The storage account itself: what Braze asks for.
    Account,
    /// Above the account and containing it (resource group, subscription, management group,
    /// tenant root): it works, but grants more than the one account.
    Broader,
    /// Above some account, but whether it holds this one cannot be told from what was read.
    Uncertain,
    /// The reader's container, or the account's blob service: below the account, where
    /// Braze's page says not to assign.
    Below,
    /// Nothing to do with the reader's account (another account, container or resource).
    Unrelated,
}

/// What is known of the reader's account.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Place {
    /// Lowercase, as every part here.
    pub account: String,
    pub container: String,
    pub group: String,
    /// Known from the account's resource ID (the preflight) or an assignment on it.
    pub subscription: Option<String>,
    /// A management group holding the subscription counts as containing the account (the
    /// preflight lists only assignments that apply to the subscription).
    pub management_groups_contain: bool,
}

impl Place {
    pub fn relation(&self, scope: &Scope) -> Relation {
        let same_sub = |s: &String| match &self.subscription {
            Some(known) if known == s => Relation::Broader,
            Some(_) => Relation::Unrelated,
            None => Relation::Uncertain,
        };
        match scope {
            Scope::Root => Relation::Broader,
            Scope::ManagementGroup(_) if self.management_groups_contain => Relation::Broader,
            Scope::ManagementGroup(_) => Relation::Uncertain,
            Scope::Subscription(s) => same_sub(s),
            Scope::ResourceGroup {
                subscription,
                group,
            } if *group == self.group => same_sub(subscription),
            Scope::ResourceGroup { .. } => Relation::Unrelated,
            // Storage account names are unique across Azure: the name is the account.
            Scope::Account { account, .. } if *account == self.account => Relation::Account,
            Scope::BlobService { account } if *account == self.account => Relation::Below,
            Scope::Container { account, container }
                if *account == self.account && *container == self.container =>
            {
                Relation::Below
            }
            _ => Relation::Unrelated,
        }
    }
}
