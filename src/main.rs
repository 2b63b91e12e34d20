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

/// The web app's allocator: talc instead of the standard library's dlmalloc, 2.6 KB smaller
/// (gzip) in the bundle (docs/bundle-size.md). It grows the wasm memory as dlmalloc does.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: `new_global` is meant for exactly this: the one global allocator of a wasm32 binary,
// which is single-threaded (a worker runs its own instance of the module).
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
