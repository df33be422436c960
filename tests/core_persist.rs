//! Issue 12: a save is read as far as it can be, says whether it was read whole, knows the
//! address the widget wrote, and two tabs' saves merge field by field and tick by tick.

use braze_s3_companion::core::checklist::{self, Ticks};
use braze_s3_companion::core::config::{Config, Connector, MAX_CONNECTORS};
use braze_s3_companion::core::merge::merge;
use braze_s3_companion::core::persist::{self, Saved, MAX_STORED_BYTES};

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn restored(saved: Saved) -> (Config, Ticks) {
    let mut config = Config::default();
    let ticks = persist::restore(saved, &mut config);
    (config, ticks)
}

#[test]
fn our_own_save_is_read_whole_with_its_address() {
    let mut config = Config {
        bucket: "acme".into(),
        ..Config::default()
    };
    config.connectors.push(Connector {
        id: 2,
        name: "eu".into(),
        folder: "currents-eu".into(),
    });
    let mut ticks = Ticks::default();
    ticks.tick(&checklist::case_key(&config), "create-bucket.create");
    let mut saved = persist::snapshot(&config, &ticks);
    saved.urls = vec![
        pairs(&[("integration", "currents"), ("bucket", "acm")]),
        pairs(&[("integration", "currents"), ("bucket", "acme")]),
    ];
    let read = persist::read(&saved.to_text());
    assert!(read.whole);
    assert_eq!(read.saved.as_ref(), Some(&saved));
    assert_eq!(restored(saved), (config, ticks));
}

#[test]
fn a_save_without_an_address_still_reads_whole() {
    // What the previous build wrote.
    let text = r#"{"version":1,"config":[["bucket","acme"]],"connectors":[],"ticks":{}}"#;
    let read = persist::read(text);
    assert!(read.whole);
    assert!(read.saved.unwrap().urls.is_empty());
}

#[test]
fn the_readable_parts_of_a_save_are_read_and_it_is_not_whole() {
    let text = r#"{"version":1,"config":[["bucket","acme"],["folder",7],["user-name","me"]],
        "connectors":[{"id":-1,"name":"bad","folder":"x"},{"id":3,"name":"ok","folder":"f3"},
        {"id":4294967296,"name":"too big","folder":"x"}],
        "ticks":{"currents/secret-key":["a",5,"b"]}}"#;
    let read = persist::read(text);
    assert!(!read.whole);
    let (config, ticks) = restored(read.saved.unwrap());
    assert_eq!(config.bucket, "acme");
    assert_eq!(config.user_name, "me");
    assert_eq!(config.folder, Config::default().folder);
    let ids: Vec<u32> = config.connectors.iter().map(|c| c.id).collect();
    assert_eq!(ids, [3]);
    assert_eq!(ticks.items("currents/secret-key"), ["a", "b"]);
}

#[test]
fn a_newer_version_is_read_as_far_as_it_looks_like_ours_and_is_not_whole() {
    let text =
        r#"{"version":2,"config":[["bucket","acme-v2"]],"connectors":[],"ticks":{},"more":1}"#;
    let read = persist::read(text);
    assert!(!read.whole);
    assert_eq!(restored(read.saved.unwrap()).0.bucket, "acme-v2");
}

#[test]
fn a_save_over_the_size_limit_or_over_the_connector_limit_is_not_whole() {
    let huge = format!(
        r#"{{"version":1,"config":[],"connectors":[],"ticks":{{}},"pad":"{}"}}"#,
        "x".repeat(MAX_STORED_BYTES)
    );
    let read = persist::read(&huge);
    assert!(!read.whole);
    assert_eq!(read.saved, None, "not parsed at all");

    let connectors: Vec<String> = (1..=MAX_CONNECTORS + 1)
        .map(|i| format!(r#"{{"id":{i},"name":"","folder":"f{i}"}}"#))
        .collect();
    let text = format!(
        r#"{{"version":1,"config":[],"connectors":[{}],"ticks":{{}}}}"#,
        connectors.join(",")
    );
    let read = persist::read(&text);
    assert!(!read.whole, "the ones past the limit would be lost");
    assert_eq!(
        restored(read.saved.unwrap()).0.connectors.len(),
        MAX_CONNECTORS
    );
}

#[test]
fn the_address_the_widget_wrote_is_its_own_and_any_other_is_a_new_link() {
    let saved = Saved {
        urls: vec![
            pairs(&[("integration", "currents"), ("bucket", "acme-own-before")]),
            pairs(&[("integration", "currents"), ("bucket", "acme-own")]),
        ],
        ..Saved::default()
    };
    // Keys not ours (a docs site's own) do not count.
    let page = pairs(&[
        ("utm_source", "x"),
        ("integration", "currents"),
        ("bucket", "acme-own"),
    ]);
    assert!(persist::is_own_query(&saved, &page));
    let link = pairs(&[("bucket", "acme-new-link")]);
    assert!(!persist::is_own_query(&saved, &link));
    assert!(
        !persist::is_own_query(&Saved::default(), &page),
        "no address recorded"
    );
    let empty = Saved {
        urls: vec![Vec::new()],
        ..Saved::default()
    };
    assert!(
        !persist::is_own_query(&empty, &[]),
        "no query: nothing to win over"
    );
}

fn state(bucket: &str, folder: &str, ticked: &[&str]) -> Saved {
    let config = Config {
        bucket: bucket.into(),
        folder: folder.into(),
        ..Config::default()
    };
    let mut ticks = Ticks::default();
    for item in ticked {
        ticks.tick("currents/secret-key", item);
    }
    persist::snapshot(&config, &ticks)
}

#[test]
fn two_tabs_keep_each_others_work_field_by_field_and_tick_by_tick() {
    let base = state("acme", "currents", &["old"]);
    // Tab A ticked three items; tab B changed the folder and unticked "old".
    let ours = state("acme", "currents", &["old", "a", "b", "c"]);
    let theirs = state("acme", "from-tab-b", &[]);
    let (config, ticks) = restored(merge(Some(&base), &theirs, &ours));
    assert_eq!(config.folder, "from-tab-b");
    assert_eq!(config.bucket, "acme");
    assert_eq!(ticks.items("currents/secret-key"), ["a", "b", "c"]);
}

#[test]
fn a_field_both_tabs_changed_stays_this_tabs() {
    let base = state("acme", "currents", &[]);
    let ours = state("acme-mine", "currents", &[]);
    let theirs = state("acme-theirs", "theirs", &[]);
    let (config, _) = restored(merge(Some(&base), &theirs, &ours));
    assert_eq!(config.bucket, "acme-mine");
    assert_eq!(config.folder, "theirs");
}

#[test]
fn merging_what_nothing_changed_changes_nothing_and_converges() {
    let a = state("acme", "currents", &["x"]);
    assert_eq!(merge(Some(&a), &a, &a), a);
    // Nothing seen yet: their ticks are added, our values kept.
    let ours = state("mine", "currents", &["x"]);
    let theirs = state("theirs", "currents", &["y"]);
    let merged = merge(None, &theirs, &ours);
    let (config, ticks) = restored(merged.clone());
    assert_eq!(config.bucket, "mine");
    assert_eq!(ticks.items("currents/secret-key"), ["x", "y"]);
    // The other tab, merging the result back, takes it whole: the two agree (ticks in the
    // order each tab ticked them).
    let (back, back_ticks) = restored(merge(Some(&theirs), &merged, &theirs));
    assert_eq!(back, config);
    let mut items = back_ticks.items("currents/secret-key").to_vec();
    items.sort();
    assert_eq!(items, ["x", "y"]);
}

#[test]
fn connectors_merge_by_id() {
    let with = |list: &[(u32, &str)]| {
        let config = Config {
            connectors: list
                .iter()
                .map(|(id, folder)| Connector {
                    id: *id,
                    name: String::new(),
                    folder: folder.to_string(),
                })
                .collect(),
            ..Config::default()
        };
        persist::snapshot(&config, &Ticks::default())
    };
    let base = with(&[(1, "one"), (2, "two")]);
    let ours = with(&[(1, "one-edited"), (2, "two")]);
    let theirs = with(&[(1, "one"), (3, "three")]);
    let (config, _) = restored(merge(Some(&base), &theirs, &ours));
    let got: Vec<(u32, &str)> = config
        .connectors
        .iter()
        .map(|c| (c.id, c.folder.as_str()))
        .collect();
    assert_eq!(got, [(1, "one-edited"), (3, "three")]);
}

#[test]
fn add_after_a_save_with_the_highest_id_does_not_overflow() {
    let text = r#"{"version":1,"config":[],"connectors":[{"id":4294967295,"name":"","folder":"a"},{"id":1,"name":"","folder":"b"}],"ticks":{}}"#;
    let (config, _) = restored(persist::decode(text).unwrap());
    let next = config.next_connector_id();
    assert!(config.connectors.iter().all(|c| c.id != next));
    assert_eq!(next, 2);
}

// ---------------------------------------------------------------------------------------------
// Issue 22: never a save that cannot be read back

use braze_s3_companion::core::config::AuthMethod;
use braze_s3_companion::core::field::Field;
use braze_s3_companion::core::persist::{
    MAX_SAVED_ID_BYTES, MAX_SAVED_NAME_BYTES, MAX_SAVED_TICKS, MAX_SAVED_URL_BYTES,
    MAX_SAVED_VALUE_BYTES,
};
use braze_s3_companion::core::rules::Report;
use proptest::prelude::*;

/// The largest save the bounds allow: every value, name and id far over its bound (so each is
/// cut to the most it may keep), the most connectors and ticks, two long addresses.
fn largest_state() -> (Config, Ticks, Vec<Vec<(String, String)>>) {
    let mut config = Config::default();
    for field in Field::ALL {
        *config.value_mut(field).unwrap() = "a".repeat(100_000);
    }
    config.connectors = (0..MAX_CONNECTORS as u32)
        .map(|i| Connector {
            id: u32::MAX - i,
            name: "n".repeat(100_000),
            folder: "f".repeat(100_000),
        })
        .collect();
    let mut ticks = Ticks::default();
    for case in 0..40 {
        let case = format!("{case:0>width$}", width = MAX_SAVED_ID_BYTES);
        for item in 0..400 {
            ticks.tick(
                &case,
                &format!("{item:0>width$}", width = MAX_SAVED_ID_BYTES),
            );
        }
        // Longer than any id of this build: not saved.
        ticks.tick(&case, &"x".repeat(MAX_SAVED_ID_BYTES + 1));
    }
    // An address as long as a save remembers: pairs of 1,000 bytes, 6 bytes of JSON each more.
    let long_url: Vec<(String, String)> = (0..MAX_SAVED_URL_BYTES / 1_006)
        .map(|i| (format!("{i:0>3}"), "u".repeat(997)))
        .collect();
    (config, ticks, vec![long_url.clone(), long_url])
}

#[test]
fn the_largest_save_the_bounds_allow_reads_back_whole() {
    let (config, ticks, urls) = largest_state();
    let saved = persist::snapshot(&config, &ticks).with_urls(&urls);
    let text = saved.to_text();
    // About 203 KB (docs/contract.md).
    println!(
        "the largest save: {} bytes of {MAX_STORED_BYTES}",
        text.len()
    );
    assert!(
        text.len() <= MAX_STORED_BYTES,
        "{} bytes, over the {MAX_STORED_BYTES} read back",
        text.len()
    );
    let read = persist::read(&text);
    assert!(read.whole);
    assert_eq!(read.saved.as_ref(), Some(&saved));
    // Every part is there, at its bound.
    assert_eq!(saved.urls.len(), 2);
    assert_eq!(saved.connectors.len(), MAX_CONNECTORS);
    assert_eq!(saved.connectors[0].name.len(), MAX_SAVED_NAME_BYTES);
    assert_eq!(saved.connectors[0].folder.len(), MAX_SAVED_VALUE_BYTES);
    let ticked: usize = saved.ticks.cases().map(|(_, items)| items.len()).sum();
    assert_eq!(ticked, MAX_SAVED_TICKS);
    assert!(saved
        .ticks
        .cases()
        .all(|(_, items)| items.iter().all(|id| id.len() <= MAX_SAVED_ID_BYTES)));
    let (back, _) = restored(read.saved.unwrap());
    assert_eq!(back.bucket.len(), MAX_SAVED_VALUE_BYTES);
}

#[test]
fn the_issues_paste_saves_within_the_bound_and_stays_refused() {
    // 150,000 characters pasted into the folder field made a 300 KB save, over the 256 KiB
    // read back: the next visit lost everything without a word.
    let config = Config {
        bucket: "acme-exports".into(),
        folder: "x".repeat(150_000),
        ..Config::default()
    };
    let text = persist::encode(&config, &Ticks::default());
    assert!(text.len() < 8 * 1024, "{} bytes", text.len());
    let read = persist::read(&text);
    assert!(read.whole);
    let (back, _) = restored(read.saved.unwrap());
    assert_eq!(back.bucket, "acme-exports");
    assert_eq!(back.folder, "x".repeat(MAX_SAVED_VALUE_BYTES));
    assert!(!Report::new(&back).is_ok(Field::Folder), "still too long");
}

#[test]
fn a_save_remembers_only_addresses_that_fit_and_the_last_two() {
    let short = |b: &str| pairs(&[("bucket", b)]);
    let huge = vec![("folder".to_owned(), "x".repeat(MAX_SAVED_URL_BYTES))];
    let saved = Saved::default().with_urls(&[short("a"), short("b"), huge, short("c")]);
    assert_eq!(saved.urls, vec![short("b"), short("c")]);
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        "[\\x00-\\x1f\"\\\\a]{0,40}",
        ".{0,40}".prop_map(|s| s.repeat(200)),
        "[\\x00-\\x1f\"\\\\]{1,4}".prop_map(|s| s.repeat(2_000)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn json_len_is_what_serde_json_writes(text in any_text()) {
        let written = serde_json::to_string(&text).unwrap();
        prop_assert_eq!(persist::json_len(&text), written.len() - 2);
    }

    #[test]
    fn a_saved_value_is_whole_or_still_refused(text in any_text(), index in 0..Field::ALL.len()) {
        let field = Field::ALL[index];
        // A case that shows the field (the user name only goes with a secret key).
        let auth = if field == Field::UserName { AuthMethod::SecretKey } else { AuthMethod::RoleArn };
        let mut config = Config { auth, ..Config::default() };
        *config.value_mut(field).unwrap() = text.clone();
        let saved = persist::snapshot(&config, &Ticks::default());
        let (back, _) = restored(saved);
        let kept = back.value(field);
        prop_assert!(text.starts_with(kept));
        if kept != text {
            // Cut: whatever it was, it stays a value the rules refuse.
            prop_assert!(!Report::new(&back).is_ok(field), "{:?}", field);
        }
    }
}

#[test]
fn every_checklist_item_of_every_case_fits_the_saved_id_bound() {
    use braze_s3_companion::core::config::Integration;
    use braze_s3_companion::core::guide;
    for integration in Integration::ALL {
        for auth in AuthMethod::ALL {
            let config = Config {
                integration,
                auth,
                bucket: "acme".into(),
                connectors: (0..MAX_CONNECTORS as u32)
                    .map(|i| Connector {
                        id: u32::MAX - i,
                        name: "n".into(),
                        folder: format!("f{i}"),
                    })
                    .collect(),
                ..Config::default()
            };
            let case = checklist::case_key(&config);
            assert!(case.len() <= MAX_SAVED_ID_BYTES, "{case}");
            let report = Report::new(&config);
            for item in checklist::items(&guide::build(&config, &report)) {
                assert!(item.id.len() <= MAX_SAVED_ID_BYTES, "{}", item.id);
            }
        }
    }
}
