//! The native command-line interface: `claimdiff segment` and `claimdiff compare`.
//! Files in, JSON or Markdown out; errors are one plain line on stderr and a non-zero exit.

use std::io::{Read, Write};

use crate::engine::limits::{check_inputs, MAX_TOTAL_CHARS};
use crate::engine::{compare, report, segment_text, AccountInput, Options};

const USAGE: &str = "\
usage: claimdiff segment [FILE]
       claimdiff compare [--format json|markdown] [--reference N] [--corrections FILE] [--label NAME]...
                         FILE FILE...

segment   prints the sentences of FILE (or stdin) as a JSON array of {\"start\",\"end\",\"text\"};
          offsets count Unicode scalar values.
compare   compares two or more accounts of one event and prints the comparison
          (JSON schema claimdiff.comparison/1, or a Markdown report). Labels default to file names;
          --reference picks the account (0-based) that rows follow; --corrections reads a JSON
          array of corrections made by hand (split, merge, link, unlink; see docs/schema.md).";

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
enum Command {
    Segment {
        file: Option<String>,
    },
    Compare {
        format: Format,
        reference: usize,
        corrections: Option<String>,
        labels: Vec<String>,
        files: Vec<String>,
    },
    Help,
}

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
enum Format {
    Json,
    Markdown,
}

/// Runs the CLI and returns the process exit code.
pub fn run(args: &[String]) -> i32 {
    match parse(args).and_then(execute) {
        // A reader that stops early (`claimdiff compare … | head`) closes the pipe: that is no
        // error of ours, and no reason to panic.
        Ok(output) => match writeln!(std::io::stdout().lock(), "{output}") {
            Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
                eprintln!("claimdiff: cannot write the output: {error}");
                1
            }
            _ => 0,
        },
        Err(message) => {
            eprintln!("claimdiff: {message}");
            2
        }
    }
}

fn parse(args: &[String]) -> Result<Command, String> {
    let Some((command, rest)) = args.split_first() else {
        return Err(format!("missing command\n{USAGE}"));
    };
    match command.as_str() {
        "segment" => match rest {
            [] => Ok(Command::Segment { file: None }),
            [file] => Ok(Command::Segment { file: Some(file.clone()) }),
            _ => Err(format!("segment takes at most one file\n{USAGE}")),
        },
        "compare" => parse_compare(rest),
        "help" | "--help" | "-h" => Ok(Command::Help),
        other => Err(format!("unknown command {other:?}\n{USAGE}")),
    }
}

fn parse_compare(args: &[String]) -> Result<Command, String> {
    let (mut format, mut reference, mut labels, mut files) = (Format::Json, 0, Vec::new(), Vec::new());
    let mut corrections = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |flag: &str| args.next().cloned().ok_or(format!("{flag} needs a value"));
        match arg.as_str() {
            "--format" => {
                format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "markdown" | "md" => Format::Markdown,
                    other => return Err(format!("unknown format {other:?} (json or markdown)")),
                }
            }
            "--label" => labels.push(value("--label")?),
            "--corrections" => corrections = Some(value("--corrections")?),
            "--reference" => {
                reference = value("--reference")?
                    .parse()
                    .map_err(|_| "--reference needs an account number (0-based)".to_string())?
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            file => files.push(file.to_string()),
        }
    }
    if files.len() < 2 {
        return Err(format!("compare needs at least two files\n{USAGE}"));
    }
    if labels.len() > files.len() {
        return Err(format!("{} labels given for {} files", labels.len(), files.len()));
    }
    if reference >= files.len() {
        return Err(format!("--reference {reference} is out of range for {} files", files.len()));
    }
    Ok(Command::Compare { format, reference, corrections, labels, files })
}

fn execute(command: Command) -> Result<String, String> {
    match command {
        Command::Help => Ok(USAGE.to_string()),
        Command::Segment { file } => {
            let text = read_input(file.as_deref())?;
            serde_json::to_string_pretty(&segment_text(&text)).map_err(|e| e.to_string())
        }
        Command::Compare { format, reference, corrections, labels, files } => {
            let accounts = files
                .iter()
                .enumerate()
                .map(|(i, file)| {
                    let label = labels.get(i).cloned().unwrap_or_else(|| file_label(file));
                    Ok(AccountInput { label, text: read_input(Some(file))? })
                })
                .collect::<Result<Vec<_>, String>>()?;
            check_inputs(&accounts, MAX_TOTAL_CHARS).map_err(|problem| problem.to_string())?;
            let corrections = match corrections {
                Some(file) => serde_json::from_str(&read_input(Some(&file))?)
                    .map_err(|e| format!("{file} is not a JSON array of corrections: {e}"))?,
                None => Vec::new(),
            };
            let comparison = compare(&accounts, &Options { reference, corrections });
            Ok(match format {
                Format::Json => report::to_json(&comparison),
                Format::Markdown => report::to_markdown(&comparison),
            })
        }
    }
}

/// Reads a file (or stdin for `None`) as UTF-8, replacing invalid bytes rather than failing.
fn read_input(file: Option<&str>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match file {
        Some(path) => bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?,
        None => {
            std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read stdin: {e}"))?;
        }
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn file_label(path: &str) -> String {
    let name = std::path::Path::new(path).file_stem().and_then(|s| s.to_str());
    name.unwrap_or(path).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn parses_compare_with_options() {
        let command = parse(&args("compare --format markdown --label AP --reference 1 a.txt b.txt")).unwrap();
        assert_eq!(
            command,
            Command::Compare {
                format: Format::Markdown,
                reference: 1,
                corrections: None,
                labels: vec!["AP".into()],
                files: vec!["a.txt".into(), "b.txt".into()],
            }
        );
    }

    #[test]
    fn rejects_bad_command_lines() {
        assert!(parse(&args("compare a.txt")).unwrap_err().contains("at least two files"));
        assert!(parse(&args("compare --format xml a b")).unwrap_err().contains("unknown format"));
        assert!(parse(&args("compare --reference 5 a b")).unwrap_err().contains("out of range"));
        assert!(parse(&args("frobnicate")).unwrap_err().contains("unknown command"));
        assert!(parse(&[]).is_err());
    }

    #[test]
    fn labels_default_to_file_stems() {
        assert_eq!(file_label("/tmp/x/ap-story.txt"), "ap-story");
    }
}
