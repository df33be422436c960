//! The shipped bundle: mounts the widget in every `[data-braze-s3-companion]` element.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use braze_s3_companion::i18n::localizer;
        // Only the English its own code asks for: the sections' module brings the rest.
        localizer::embed_english(localizer::first_view_english());
        braze_s3_companion::app::start();
    }
}
