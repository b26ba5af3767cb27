//! The browser entry point that Trunk builds.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<kompetenskoll::ui::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kompetenskoll-web runs in the browser: build it with `trunk build` (see README).");
    std::process::exit(2);
}
