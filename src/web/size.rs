//! How much text the app takes, and how it writes counts of it: a leaf module, so that the
//! app and the file reader share the limit without importing each other.

/// Largest total input (characters over all accounts) compared in the page: about 170,000
/// words, dozens of long articles. The comparison runs in a worker, so size no longer freezes
/// the page; the limit keeps the saved workspace well inside the browser's local storage quota
/// (about 5 million characters per site, and the workspace is saved on every edit) and the
/// results small enough to display.
pub const MAX_TOTAL_CHARS: usize = 1_000_000;

/// `300000` → `"300,000"`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
