//! The native CLI: a thin shell over `kompetenskoll::core`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--version") | Some("-V") => println!("kompetenskoll {}", env!("CARGO_PKG_VERSION")),
        _ => {
            eprintln!("usage: kompetenskoll --version");
            std::process::exit(2);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
