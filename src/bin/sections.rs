//! The second wasm module (docs/decisions/0005): the sections the first view does not use,
//! fetched by the widget when one opens or when the browser is idle. Its exports mount a
//! section into the host element the widget gives it, update it and remove it; everything
//! crosses as text (`app::sections`).

#[cfg(target_arch = "wasm32")]
mod exports {
    use std::rc::Rc;

    use braze_s3_companion::app::lazy::sent::Sent;
    use braze_s3_companion::app::sections;
    use wasm_bindgen::prelude::*;

    /// Renders `section` into `host` with the inputs `sent` holds (`Sent::to_js`);
    /// `on_action(kind, value)` changes the widget's state.
    #[wasm_bindgen]
    pub fn mount_section(
        host: web_sys::Element,
        section: &str,
        instance: u32,
        sent: JsValue,
        on_action: js_sys::Function,
    ) -> u32 {
        // All of English: its sections ask for the messages the first module leaves out.
        let english = braze_s3_companion::i18n::localizer::all_english();
        braze_s3_companion::i18n::localizer::embed_english(english);
        let on_action = Rc::new(move |kind: String, value: String| {
            // A widget gone meanwhile: nothing to tell.
            let _ = on_action.call2(&JsValue::NULL, &kind.into(), &value.into());
        });
        Sent::read_js(&sent, |sent| {
            sections::mount(host, section, instance as usize, sent, on_action)
        })
    }

    #[wasm_bindgen]
    pub fn update_section(handle: u32, sent: JsValue) {
        Sent::read_js(&sent, |sent| sections::update(handle, sent));
    }

    #[wasm_bindgen]
    pub fn unmount_section(handle: u32) {
        sections::unmount(handle);
    }
}

fn main() {}
