//! The `claimdiff` binary: the command-line interface natively, the web app on wasm32.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(claimdiff::cli::run(&args));
}

#[cfg(target_arch = "wasm32")]
fn main() {
    claimdiff::web::start();
}
