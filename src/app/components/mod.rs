// Run by the sections' module only (`app::sections`, wasm32): the pre-render, a native build,
// writes their `<details>` folded and never builds them.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub mod checker_view;
pub mod checklist_view;
pub mod choice_group;
pub mod connectors_view;
pub mod copy_actions;
pub mod diagram_view;
pub mod guide_view;
pub mod lang_switch;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub mod paste_area;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub mod preflight_parts;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub mod preflight_view;
pub mod provider_choice;
// Run by the sections' module only (`app::sections::provider`).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub mod providers;
pub mod rich_text;
pub mod setup_form;
pub mod snippet_view;
pub mod step_view;
pub mod storage_notice;
pub mod text_field;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub mod troubleshoot_view;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub mod update_credentials_view;
pub mod widget;
