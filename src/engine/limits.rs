//! What the engine accepts, and the plain-language reasons it gives when input is unusable.
//! The UI, the JavaScript API and the CLI all check input here, so they agree on the limits.

use std::fmt;

use super::model::AccountInput;

/// Most accounts compared at once.
pub const MAX_ACCOUNTS: usize = 40;
/// Most characters across all accounts: about 1.5 million words, far above any news story,
/// and low enough that a comparison always finishes in seconds and its results fit the page.
pub const MAX_TOTAL_CHARS: usize = 10_000_000;

/// Why accounts cannot be compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputProblem {
    /// Fewer than two accounts have any text.
    TooFewAccounts { with_text: usize },
    /// More accounts than `MAX_ACCOUNTS`.
    TooManyAccounts { given: usize },
    /// More text than `limit` characters in all.
    TooMuchText { chars: usize, limit: usize },
}

impl InputProblem {
    /// A stable machine-readable code (used by the JavaScript API's typed errors).
    pub fn code(&self) -> &'static str {
        match self {
            InputProblem::TooFewAccounts { .. } => "too_few_accounts",
            InputProblem::TooManyAccounts { .. } => "too_many_accounts",
            InputProblem::TooMuchText { .. } => "too_much_text",
        }
    }
}

impl fmt::Display for InputProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputProblem::TooFewAccounts { with_text: 0 } => {
                write!(f, "Paste at least two accounts of the event to compare them.")
            }
            InputProblem::TooFewAccounts { .. } => {
                write!(f, "Only one account has text: paste a second account to compare it with.")
            }
            InputProblem::TooManyAccounts { given } => {
                write!(f, "{given} accounts given; Claimdiff compares at most {MAX_ACCOUNTS} at once.")
            }
            InputProblem::TooMuchText { chars, limit } => write!(
                f,
                "The accounts hold {chars} characters in all; the limit is {limit}, so that the \
                 comparison finishes quickly and its results stay readable. Compare fewer or shorter accounts."
            ),
        }
    }
}

/// Checks that `accounts` can be compared with at most `char_limit` characters in all.
pub fn check_inputs(accounts: &[AccountInput], char_limit: usize) -> Result<(), InputProblem> {
    if accounts.len() > MAX_ACCOUNTS {
        return Err(InputProblem::TooManyAccounts { given: accounts.len() });
    }
    let chars: usize = accounts.iter().map(|a| a.text.chars().count()).sum();
    if chars > char_limit {
        return Err(InputProblem::TooMuchText { chars, limit: char_limit });
    }
    let with_text = accounts.iter().filter(|a| !a.text.trim().is_empty()).count();
    if with_text < 2 {
        return Err(InputProblem::TooFewAccounts { with_text });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accounts(texts: &[&str]) -> Vec<AccountInput> {
        texts.iter().map(|t| AccountInput { label: String::new(), text: t.to_string() }).collect()
    }

    #[test]
    fn accepts_two_accounts_with_text() {
        assert_eq!(check_inputs(&accounts(&["a.", "b."]), MAX_TOTAL_CHARS), Ok(()));
    }

    #[test]
    fn whitespace_only_accounts_do_not_count() {
        let problem = check_inputs(&accounts(&["a.", " \n\t"]), MAX_TOTAL_CHARS).unwrap_err();
        assert_eq!(problem, InputProblem::TooFewAccounts { with_text: 1 });
        assert!(problem.to_string().contains("Only one account"));
        assert_eq!(check_inputs(&accounts(&[]), 10), Err(InputProblem::TooFewAccounts { with_text: 0 }));
    }

    #[test]
    fn reports_limits_with_figures() {
        let problem = check_inputs(&accounts(&["ééé", "abc"]), 5).unwrap_err();
        assert_eq!(problem, InputProblem::TooMuchText { chars: 6, limit: 5 });
        assert!(problem.to_string().contains("the limit is 5"));
        let many = accounts(&["x"; MAX_ACCOUNTS + 1]);
        assert_eq!(check_inputs(&many, MAX_TOTAL_CHARS).unwrap_err().code(), "too_many_accounts");
    }
}
