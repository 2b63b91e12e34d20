//! The built-in example: three fictional accounts of one event (a barge running aground on an
//! invented river), written for Claimdiff. They share claims in a different order and differ
//! in a number (90 households "in each of" two villages, so 180 in all, against 180 "in Brenn"
//! alone), in scope, in a quote's wording, in attribution and in hedging, and each makes a
//! claim the others do not.

use crate::engine::AccountInput;

/// A one-line description shown when the example is loaded.
pub const DESCRIPTION: &str =
    "Loaded the example: three fictional accounts of a fertiliser barge running aground on the Orla River.";

const ACCOUNTS: [(&str, &str); 3] = [
    ("Northwire", include_str!("../../www/examples/wire.txt")),
    ("Harbour Gazette", include_str!("../../www/examples/gazette.txt")),
    ("Ministry readout", include_str!("../../www/examples/ministry.txt")),
];

/// The example accounts, in reading order (the wire story is the reference).
pub fn accounts() -> Vec<AccountInput> {
    ACCOUNTS
        .iter()
        .map(|(label, text)| AccountInput { label: label.to_string(), text: text.trim_end().to_string() })
        .collect()
}
