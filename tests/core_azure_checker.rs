//! The Azure role-assignment checker against Microsoft's RBAC documentation (docs/facts.md,
//! "Azure Blob Storage"): verdicts on adversarial assignment lists, written from the role
//! definitions Microsoft publishes, never from the checker's own output.

use braze_s3_companion::core::providers::azure::checker::{
    self, roles, Finding, Principal, Target, Verdict,
};
use proptest::prelude::*;
use serde_json::{json, Value};

const SUB: &str = "00000000-1111-2222-3333-444444444444";
const CLIENT: &str = "22222222-3333-4444-5555-666666666666";
const SBDC: &str = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
const OWNER: &str = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
const CONTRIBUTOR: &str = "b24988ac-6180-42a0-ab88-20f7382dd24c";
const READER: &str = "acdd72a7-3385-48ef-bd42-f606fba81ae7";
const ACCOUNT_CONTRIBUTOR: &str = "17d1049b-9a84-46fb-8f53-869881c3d3ab";
const BLOB_OWNER: &str = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
const BLOB_READER: &str = "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1";
const CUSTOM: &str = "99999999-8888-7777-6666-555555555555";

fn account() -> String {
    format!("/subscriptions/{SUB}/resourceGroups/braze-rg/providers/Microsoft.Storage/storageAccounts/brazedata01")
}

fn entry(scope: &str, role: &str) -> Value {
    json!({
        "scope": scope,
        "roleDefinitionId": format!("/subscriptions/{SUB}/providers/Microsoft.Authorization/roleDefinitions/{role}"),
        "roleDefinitionName": role,
        "principalId": "33333333-4444-5555-6666-777777777777",
        "principalName": CLIENT,
        "principalType": "ServicePrincipal",
        "condition": null
    })
}

fn target() -> Target {
    Target {
        account: "brazedata01".into(),
        container: "braze-exports".into(),
        resource_group: "braze-rg".into(),
        account_id: None,
        principal: Principal::ClientId(CLIENT.into()),
    }
}

fn judge(list: Value) -> checker::Judgement {
    checker::check(&list.to_string(), None, &target())
}

fn has(j: &checker::Judgement, pred: impl Fn(&Finding) -> bool) -> bool {
    j.findings.iter().any(pred)
}

#[test]
fn contributor_at_the_account_is_sufficient() {
    let j = judge(json!([entry(&account(), SBDC)]));
    assert_eq!(j.verdict, Verdict::Sufficient);
    assert!(has(&j, |f| matches!(f, Finding::AtAccount { .. })));
    assert!(!has(&j, |f| matches!(
        f,
        Finding::BroadRole { .. } | Finding::BroadScope { .. }
    )));
}

#[test]
fn container_scope_is_the_wrong_scope() {
    let scope = format!(
        "{}/blobServices/default/containers/braze-exports",
        account()
    );
    let j = judge(json!([entry(&scope, SBDC)]));
    assert_eq!(j.verdict, Verdict::Insufficient);
    assert!(has(&j, |f| matches!(f, Finding::BelowAccount { .. })));
    assert!(has(&j, |f| f.fix().is_some()
        && matches!(f, Finding::BelowAccount { .. })));
    // The blob service scope is below the account too.
    let j = judge(json!([entry(
        &format!("{}/blobServices/default", account()),
        SBDC
    )]));
    assert_eq!(j.verdict, Verdict::Insufficient);
    // Another container's assignment is nothing to this one.
    let other = format!("{}/blobServices/default/containers/other", account());
    let j = judge(json!([entry(&other, SBDC)]));
    assert!(has(&j, |f| matches!(f, Finding::NoAssignment)));
}

#[test]
fn broader_scopes_work_when_they_hold_the_account_and_are_too_broad() {
    // The subscription is known from an assignment on the account (here, Reader).
    let rg = format!("/subscriptions/{SUB}/resourceGroups/braze-rg");
    for scope in [format!("/subscriptions/{SUB}"), rg.clone(), "/".to_owned()] {
        let j = judge(json!([entry(&scope, SBDC), entry(&account(), READER)]));
        assert_eq!(j.verdict, Verdict::Sufficient, "{scope}");
        assert!(
            has(&j, |f| matches!(f, Finding::BroadScope { .. })),
            "{scope}"
        );
    }
    // Without it, a subscription or resource group may not hold the account: not counted.
    for scope in [format!("/subscriptions/{SUB}"), rg] {
        let j = judge(json!([entry(&scope, SBDC)]));
        assert_eq!(j.verdict, Verdict::Insufficient, "{scope}");
        assert!(has(&j, |f| matches!(f, Finding::UncertainScope { .. })));
    }
    // Another subscription, another resource group: nothing.
    let other = "/subscriptions/99999999-1111-2222-3333-444444444444";
    let j = judge(json!([entry(other, SBDC), entry(&account(), READER)]));
    assert_eq!(j.verdict, Verdict::Insufficient);
    let j = judge(json!([
        entry(&format!("/subscriptions/{SUB}/resourceGroups/other"), SBDC),
        entry(&account(), READER)
    ]));
    assert_eq!(j.verdict, Verdict::Insufficient);
    // A management group: not known to hold the subscription.
    let mg = "/providers/Microsoft.Management/managementGroups/corp";
    assert_eq!(
        judge(json!([entry(mg, SBDC)])).verdict,
        Verdict::Insufficient
    );
    // The preflight lists only what applies to the subscription: there it counts.
    let mut t = target();
    t.principal = Principal::AllListed;
    t.account_id = Some(account());
    let j = checker::check(&json!([entry(mg, SBDC)]).to_string(), None, &t);
    assert_eq!(j.verdict, Verdict::Sufficient);
}

#[test]
fn management_roles_grant_no_blob_data() {
    // Owner, Contributor and Storage Account Contributor manage the account but grant no
    // data access through Microsoft Entra ID; they can read the keys: too broad.
    for role in [OWNER, CONTRIBUTOR, ACCOUNT_CONTRIBUTOR] {
        let j = judge(json!([entry(&account(), role)]));
        assert_eq!(j.verdict, Verdict::Insufficient, "{role}");
        assert!(
            has(
                &j,
                |f| matches!(f, Finding::BroadRole { broad, .. } if broad[0] == braze_s3_companion::core::providers::azure::facts::Broad::Keys)
            ),
            "{role}"
        );
        let missing = j.findings.iter().find_map(|f| match f {
            Finding::Missing { operations } => Some(operations.clone()),
            _ => None,
        });
        assert_eq!(
            missing.map(|m| m.len()),
            Some(5),
            "{role}: the five data actions miss"
        );
    }
    let j = judge(json!([
        entry(&account(), CONTRIBUTOR),
        entry(&account(), SBDC)
    ]));
    assert_eq!(j.verdict, Verdict::Sufficient);
    assert!(has(&j, |f| matches!(f, Finding::BroadRole { .. })));
}

#[test]
fn blob_roles() {
    let j = judge(json!([entry(&account(), BLOB_OWNER)]));
    assert_eq!(j.verdict, Verdict::Sufficient);
    assert!(
        has(&j, |f| matches!(f, Finding::BroadRole { .. })),
        "Blob Data Owner changes ACLs"
    );
    let j = judge(json!([
        entry(&account(), BLOB_READER),
        entry(&account(), READER)
    ]));
    assert_eq!(j.verdict, Verdict::Insufficient);
    let missing = j.findings.iter().find_map(|f| match f {
        Finding::Missing { operations } => Some(operations.clone()),
        _ => None,
    });
    assert_eq!(
        missing.unwrap(),
        vec![
            "Microsoft.Storage/storageAccounts/blobServices/containers/delete",
            "Microsoft.Storage/storageAccounts/blobServices/containers/write",
            "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete",
            "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write",
            "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/move/action",
            "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action",
        ]
    );
}

#[test]
fn custom_roles_need_their_definition() {
    let list = json!([entry(&account(), CUSTOM)]).to_string();
    let j = checker::check(&list, None, &target());
    assert_eq!(j.verdict, Verdict::Insufficient);
    assert!(has(&j, |f| matches!(f, Finding::UnknownRole { .. })));
    let covering = json!([{ "name": CUSTOM, "roleName": "Braze writer", "permissions": [{
        "actions": ["Microsoft.Storage/storageAccounts/blobServices/containers/*",
                    "Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action"],
        "notActions": [],
        "dataActions": ["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read",
                        "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write",
                        "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete",
                        "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action",
                        "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/move/action"],
        "notDataActions": [] }] }]);
    let j = checker::check(&list, Some(&covering.to_string()), &target());
    assert_eq!(j.verdict, Verdict::Sufficient);
    // notDataActions narrows its block: no write, not sufficient.
    let narrowed = json!([{ "name": CUSTOM, "permissions": [{
        "actions": ["Microsoft.Storage/*"],
        "dataActions": ["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/*"],
        "notDataActions": ["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/WRITE"] }] }]);
    let j = checker::check(&list, Some(&narrowed.to_string()), &target());
    assert_eq!(j.verdict, Verdict::Insufficient);
    // A conditional block is not counted.
    let conditional = json!([{ "name": CUSTOM, "permissions": [{
        "actions": ["*"], "dataActions": ["*"], "condition": "@Resource[x] StringEquals 'y'" }] }]);
    assert_eq!(
        checker::check(&list, Some(&conditional.to_string()), &target()).verdict,
        Verdict::Insufficient
    );
}

#[test]
fn conditions_groups_and_other_principals_are_not_counted() {
    let mut conditional = entry(&account(), SBDC);
    conditional["condition"] = json!("((!(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write'})))");
    let j = judge(json!([conditional]));
    assert_eq!(j.verdict, Verdict::Insufficient);
    assert!(has(&j, |f| matches!(f, Finding::Conditional { .. })));
    let mut group = entry(&account(), SBDC);
    group["principalType"] = json!("Group");
    group["principalName"] = json!("braze-writers");
    let j = judge(json!([group]));
    assert_eq!(j.verdict, Verdict::Insufficient);
    assert!(has(&j, |f| matches!(f, Finding::Group { .. })));
    let mut other = entry(&account(), SBDC);
    other["principalName"] = json!("44444444-3333-4444-5555-666666666666");
    let j = judge(json!([other]));
    assert_eq!(j.verdict, Verdict::Insufficient);
    assert!(has(&j, |f| matches!(
        f,
        Finding::OtherPrincipals { count: 1 }
    )));
    assert!(has(&j, |f| matches!(f, Finding::NoAssignment)));
    // An empty principal name (the CLI could not read Entra ID) proves nothing.
    let mut blank = entry(&account(), SBDC);
    blank["principalName"] = json!("");
    assert_eq!(judge(json!([blank])).verdict, Verdict::Insufficient);
}

#[test]
fn ids_and_scopes_compare_without_case() {
    let mut e = entry(
        &account()
            .to_uppercase()
            .replace("/SUBSCRIPTIONS/", "/subscriptions/"),
        &SBDC.to_uppercase(),
    );
    e["principalName"] = json!(CLIENT.to_uppercase());
    assert_eq!(judge(json!([e])).verdict, Verdict::Sufficient);
    assert!(roles::matches(
        "Microsoft.Authorization/*/Write",
        "Microsoft.Authorization/roleAssignments/write"
    ));
    assert!(roles::matches("*", "x"));
    assert!(!roles::matches(
        "Microsoft.Storage/*/read",
        "Microsoft.Storage/storageAccounts/write"
    ));
    assert!(roles::matches("a*b*c", "aXXbYYc"));
    assert!(!roles::matches("a*b*c", "aXXbYY"));
}

#[test]
fn a_single_object_is_read_as_one_assignment() {
    assert_eq!(judge(entry(&account(), SBDC)).verdict, Verdict::Sufficient);
}

#[test]
fn invalid_pastes_and_secrets() {
    for text in ["", "not json", "{\"foo\": 1}", "[1, 2]", "42"] {
        let j = checker::check(text, None, &target());
        assert_eq!(j.verdict, Verdict::Invalid, "{text}");
    }
    let secret = "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=abc==;EndpointSuffix=core.windows.net";
    let j = checker::check(secret, None, &target());
    assert_eq!(j.verdict, Verdict::Invalid);
    let message = j.findings[0].message();
    assert_eq!(message.id, "azure-secret-connection-string");
    assert!(message.args.is_empty());
    let big = format!(
        "[{}]",
        vec![entry(&account(), SBDC).to_string(); 4000].join(",")
    );
    assert_eq!(
        checker::check(&big, None, &target()).verdict,
        Verdict::Invalid,
        "over 1 MiB"
    );
}

fn scope_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(account()),
        Just(format!("{}/blobServices/default/containers/braze-exports", account())),
        Just(format!("/subscriptions/{SUB}")),
        Just(format!("/subscriptions/{SUB}/resourceGroups/braze-rg")),
        Just(format!("/subscriptions/{SUB}/resourceGroups/braze-rg/providers/Microsoft.Storage/storageAccounts/otheraccount")),
        Just("/providers/Microsoft.Management/managementGroups/corp".to_owned()),
        Just("/".to_owned()),
        "\\PC{0,40}",
    ]
}

fn role_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(SBDC),
        Just(OWNER),
        Just(CONTRIBUTOR),
        Just(READER),
        Just(ACCOUNT_CONTRIBUTOR),
        Just(BLOB_OWNER),
        Just(BLOB_READER),
        Just(CUSTOM)
    ]
    .prop_map(str::to_owned)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// No false pass: "sufficient" only when some unconditional assignment of the app, of a
    /// role granting blob data writes (Storage Blob Data Contributor or Owner), sits at the
    /// account or at a scope shown to hold it (the tenant root, or the subscription or
    /// group of an assignment on the account).
    #[test]
    fn never_a_false_sufficient(
        entries in proptest::collection::vec((scope_strategy(), role_strategy(), any::<bool>(), any::<bool>()), 0..6)
    ) {
        let list: Vec<Value> = entries.iter().map(|(scope, role, mine, conditional)| {
            let mut e = entry(scope, role);
            if !mine { e["principalName"] = json!("someone-else"); }
            if *conditional { e["condition"] = json!("x"); }
            e
        }).collect();
        let on_account = entries.iter().any(|(s, _, _, _)| *s == account());
        let holds = |s: &str| s == account() || s == "/" || (on_account && (
            s == format!("/subscriptions/{SUB}") || s == format!("/subscriptions/{SUB}/resourceGroups/braze-rg")));
        let could = entries.iter().any(|(scope, role, mine, conditional)| {
            *mine && !*conditional && holds(scope) && (role == SBDC || role == BLOB_OWNER)
        });
        let j = judge(Value::Array(list));
        prop_assert!(j.verdict != Verdict::Sufficient || could, "{:?}", j);
        prop_assert_eq!(j.verdict == Verdict::Sufficient, could);
    }

    #[test]
    fn any_text_is_read_without_panic(text in "\\PC{0,400}") {
        let _ = checker::check(&text, Some(&text), &target());
    }
}
