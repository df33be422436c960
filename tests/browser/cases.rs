//! Each integration × auth method: its steps, its snippets, its policies, and the encryption
//! option.

use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlInputElement;

use crate::checks::{
    assert_field_clean, assert_placeholder, assert_references, assert_snippets, assert_steps,
    assert_waiting, check_policy_code, check_trust_policy, mount_case, type_role_ids,
};
use crate::expected::{self, cases};
use crate::harness::{self, wait_until, Mounted};
use crate::{ACCOUNT, BUCKET, EXTERNAL_ID, OWN_ACCOUNT, POLICY_IDS};

#[wasm_bindgen_test]
async fn every_case_shows_its_steps_and_waits_for_a_bucket() {
    for (integration, auth) in cases() {
        let context = format!("{integration} × {auth}, no bucket");
        let w = mount_case(integration, auth, None).await;

        assert_eq!(
            w.root().get_attribute("lang").as_deref(),
            Some("fr"),
            "{context}"
        );
        assert_eq!(
            w.chosen("integration").as_deref(),
            Some(integration),
            "{context}"
        );
        assert_eq!(w.chosen("auth").as_deref(), Some(auth), "{context}");
        assert_steps(&w, &expected::steps(integration, auth), auth, &context);
        assert_snippets(&w, &expected::snippets(integration, auth), &context);

        // The fields this case needs, and only those.
        let role = auth == "role-arn";
        let currents = integration != "dashboard-export";
        assert!(w.has_input("bucket"), "{context}: bucket field");
        assert_eq!(w.has_input("account"), role, "{context}: account field");
        assert_eq!(
            w.has_input("external-id"),
            role,
            "{context}: external-id field"
        );
        assert_eq!(w.has_input("folder"), currents, "{context}: folder field");
        assert_eq!(w.input("bucket").value(), "", "{context}");

        // An untouched empty field is not yet an error.
        assert_field_clean(&w, "bucket", &context);

        // Every snippet needs a value the reader has not given yet: the documents show the
        // seed page's placeholder where it goes (docs/contract.md), the role ARN waits.
        for id in w.snippet_ids() {
            if id == "role-arn" {
                assert_waiting(&w, &id, &context);
            } else {
                assert_placeholder(&w, &id, &context);
            }
        }
        assert_references(&w, &context);
        // Each "waiting for" link leads to its field.
        for link in w.all(".bsc-snippet-waiting a") {
            let href = link.get_attribute("href").unwrap_or_default();
            let target = w.find(&href);
            assert!(
                target.is_some_and(|t| t.tag_name().eq_ignore_ascii_case("input")),
                "{context}: waiting link {href} should lead to an input"
            );
        }
        w.remove();
    }
}

#[wasm_bindgen_test]
async fn every_case_writes_the_documented_policies_for_a_valid_bucket() {
    for (integration, auth) in cases() {
        let context = format!("{integration} × {auth}, bucket {BUCKET}");
        let w = mount_case(integration, auth, Some(BUCKET)).await;
        assert_eq!(
            w.input("bucket").value(),
            BUCKET,
            "{context}: preset bucket"
        );
        assert_field_clean(&w, "bucket", &context);
        let role = auth == "role-arn";
        if role {
            // The policies need only the bucket; the trust policy shows placeholders until
            // Braze's IDs are typed.
            assert_placeholder(&w, "trust-policy", &context);
            type_role_ids(&w).await;
        }
        assert_snippets(&w, &expected::snippets(integration, auth), &context);
        for id in expected::snippets(integration, auth) {
            match id {
                "trust-policy" => check_trust_policy(&w, &context).await,
                // Needs the reader's own account ID, optional: waits until it is typed.
                "role-arn" => assert_waiting(&w, id, &context),
                _ => {
                    let code = w.ready_code(id).await;
                    check_policy_code(id, &code, BUCKET, auth, &context);
                }
            }
        }
        if role {
            w.type_text("own-account", OWN_ACCOUNT).await;
            let code = w.ready_code("role-arn").await;
            assert_eq!(
                code.trim(),
                format!("arn:aws:iam::{OWN_ACCOUNT}:role/braze-s3-role"),
                "{context}: role ARN"
            );
        }
        w.remove();
    }
}

#[wasm_bindgen_test]
async fn invalid_input_leaves_no_code_in_waiting_snippets() {
    for (integration, auth) in cases() {
        let context = format!("{integration} × {auth}");
        let w = mount_case(integration, auth, Some("My_Bucket")).await;
        // Every snippet but the trust policy and the role ARN is built from the bucket.
        let policies: Vec<String> = w
            .snippet_ids()
            .into_iter()
            .filter(|id| id != "trust-policy" && id != "role-arn")
            .collect();
        assert!(!policies.is_empty(), "{context}: no bucket snippet");
        for id in &policies {
            assert_waiting(&w, id, &format!("{context}, preset My_Bucket"));
        }

        // Ready, then invalid again: the code goes away.
        w.type_text("bucket", BUCKET).await;
        for id in policies
            .iter()
            .filter(|id| POLICY_IDS.contains(&id.as_str()))
        {
            w.ready_code(id).await;
        }
        w.type_text("bucket", "ab").await;
        for id in &policies {
            assert_waiting(&w, id, &format!("{context}, bucket ab"));
        }

        if auth == "role-arn" {
            w.type_text("bucket", BUCKET).await;
            for (account, external_id) in [
                (ACCOUNT, "a"),
                (ACCOUNT, "bad id!"),
                ("12345678901", EXTERNAL_ID),
                ("1234567890123", EXTERNAL_ID),
                ("12345678901a", EXTERNAL_ID),
            ] {
                w.type_text("account", account).await;
                w.type_text("external-id", external_id).await;
                assert_waiting(
                    &w,
                    "trust-policy",
                    &format!("{context}, account {account:?}, external ID {external_id:?}"),
                );
            }
            w.type_text("own-account", "2109876543").await;
            assert_waiting(&w, "role-arn", &format!("{context}, own account too short"));
        }
        w.remove();
    }
}

#[wasm_bindgen_test]
async fn encryption_option_adds_the_bucket_policy_step() {
    for (integration, auth) in cases() {
        let context = format!("{integration} × {auth}, AES-256 on");
        let w = mount_case(integration, auth, Some(BUCKET)).await;
        if integration == "dashboard-export" {
            // FACTS: the AES-256 option is Braze's Currents setting.
            assert!(!w.has_input("sse"), "{context}: no encryption option");
            w.remove();
            continue;
        }
        let sse: HtmlInputElement = w.one("input[type=checkbox][name=sse]").unchecked_into();
        assert!(!sse.checked(), "{context}: off by default");
        assert_steps(&w, &expected::steps(integration, auth), auth, &context);

        sse.set_checked(true);
        harness::fire(&sse, "change");
        let want = expected::steps_with_sse(integration, auth);
        wait_until(&context, || w.step_ids() == want).await;
        assert_steps(&w, &want, auth, &context);
        let mut snippets = expected::snippets(integration, auth);
        snippets.insert(0, "bucket-policy-sse");
        assert_snippets(&w, &snippets, &context);

        let code = w.ready_code("bucket-policy-sse").await;
        let policy: Value = serde_json::from_str(&code)
            .unwrap_or_else(|e| panic!("{context}: not JSON ({e}):\n{code}"));
        assert_eq!(policy["Version"], "2012-10-17", "{context}");
        for statement in policy["Statement"].as_array().expect("statements") {
            assert_eq!(statement["Effect"], "Deny", "{context}: {statement}");
        }
        assert!(
            !expected::denies_put(&policy, BUCKET, Some("AES256")),
            "{context}: must let Braze's SSE-S3 uploads in:\n{code}"
        );
        assert!(
            expected::denies_put(&policy, BUCKET, None),
            "{context}: must refuse uploads without the header:\n{code}"
        );
        assert!(
            expected::denies_put(&policy, BUCKET, Some("aws:kms")),
            "{context}: must refuse other encryption:\n{code}"
        );
        // Braze's own policies do not change with the option.
        for id in POLICY_IDS {
            if snippets.contains(&id) {
                let code = w.ready_code(id).await;
                check_policy_code(id, &code, BUCKET, auth, &context);
            }
        }
        assert_waiting_for_invalid_bucket(&w, "bucket-policy-sse", &context).await;

        sse.set_checked(false);
        harness::fire(&sse, "change");
        let want = expected::steps(integration, auth);
        wait_until(&format!("{context}: turned off"), || w.step_ids() == want).await;
        assert_snippets(&w, &expected::snippets(integration, auth), &context);
        w.remove();
    }
}

/// An invalid bucket takes the snippet's code away; the valid one brings it back.
async fn assert_waiting_for_invalid_bucket(w: &Mounted, id: &str, context: &str) {
    let before = w.input("bucket").value();
    w.type_text("bucket", "xn--abc").await;
    assert_waiting(w, id, &format!("{context}, bucket xn--abc"));
    w.type_text("bucket", &before).await;
    w.ready_code(id).await;
}
