//! The shipped bundle: mounts the widget in every `[data-braze-s3-companion]` element.

fn main() {
    #[cfg(target_arch = "wasm32")]
    braze_s3_companion::app::start();
}
