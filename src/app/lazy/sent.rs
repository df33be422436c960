//! A section's inputs as they cross between the two wasm modules (docs/decisions/0005). The
//! modules share no memory, so the inputs travel as text; they travel as one JS value, written
//! and read here, in one order, by the same code on both sides of the boundary.

use wasm_bindgen::{JsCast, JsValue};

use super::Wire;

/// A section's inputs as the widget sends them: text only.
pub struct Sent<'a> {
    pub locale: &'a str,
    /// The language's file, when the widget fetched it (empty for English, built in).
    pub locale_json: &'a str,
    pub config: &'a str,
    pub text: &'a str,
    pub symptom: &'a str,
    /// The provider section's further inputs (`lazy::ProviderInputs`); empty for others.
    pub extra: &'a str,
}

impl Sent<'_> {
    /// What `wire` sends, with `locale_json` (the language file the widget fetched, or empty),
    /// handed to `f`.
    pub fn with_wire<R>(wire: &Wire, locale_json: &str, f: impl FnOnce(&Sent) -> R) -> R {
        let config = wire.config_text();
        f(&Sent {
            locale: wire.locale.tag(),
            locale_json,
            config: &config,
            text: wire.text.as_str(),
            symptom: wire.symptom_key(),
            extra: &wire.extra,
        })
    }

    /// The inputs as one JS value (an array of their texts).
    pub fn to_js(&self) -> JsValue {
        let Sent {
            locale,
            locale_json,
            config,
            text,
            symptom,
            extra,
        } = self;
        [locale, locale_json, config, text, symptom, extra]
            .into_iter()
            .map(|s| JsValue::from_str(s))
            .collect::<js_sys::Array>()
            .into()
    }

    /// The inputs `value` holds (made by [`Sent::to_js`]), handed to `f`. Whatever is missing
    /// or not text reads as empty: the section then shows its defaults, as for a bad save.
    pub fn read_js<R>(value: &JsValue, f: impl FnOnce(&Sent) -> R) -> R {
        let texts = value.dyn_ref::<js_sys::Array>();
        let at = |i: u32| texts.and_then(|a| a.get(i).as_string()).unwrap_or_default();
        let [locale, locale_json, config, text, symptom, extra] = [0, 1, 2, 3, 4, 5].map(at);
        f(&Sent {
            locale: &locale,
            locale_json: &locale_json,
            config: &config,
            text: &text,
            symptom: &symptom,
            extra: &extra,
        })
    }
}
