//! The native CLI as a user runs it: files in, JSON or Markdown out, clear errors.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn claimdiff(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the claimdiff binary runs");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn write_temp(name: &str, text: &str) -> String {
    // Cargo's scratch directory for integration tests (inside target/), so runs leave nothing in /tmp.
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn segment_prints_char_offsets_that_slice_the_input() {
    let text = "Ä first sentence here. «Second» one follows!\n\nA heading\n";
    let out = claimdiff(&["segment"], text);
    assert!(out.status.success());
    let sentences: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let list = sentences.as_array().unwrap();
    assert!(list.len() >= 3, "{list:?}");
    for s in list {
        let (start, end) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[start..end].iter().collect::<String>(), s["text"].as_str().unwrap());
    }
}

#[test]
fn compare_prints_the_documented_json_schema() {
    let a = write_temp("a.txt", "The mayor opened the new bridge on Friday. Traffic was heavy.");
    let b = write_temp("b.txt", "Traffic was heavy. The mayor opened the new bridge on Saturday.");
    let out = claimdiff(&["compare", "--label", "Gazette", &a, &b], "");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["schema"], "claimdiff.comparison/1");
    assert_eq!(json["accounts"][0]["label"], "Gazette");
    assert_eq!(json["accounts"][1]["label"], "b");
    let groups = json["groups"].as_array().unwrap();
    let members: usize = groups
        .iter()
        .flat_map(|g| g["members"].as_array().unwrap())
        .map(|m| m["sentences"].as_array().unwrap().len())
        .sum();
    assert_eq!(members, 4, "every sentence in exactly one group");
    for group in groups {
        assert!(group["status"].is_string() && group["divergences"].is_array());
    }
}

#[test]
fn compare_renders_markdown() {
    let a = write_temp("m1.txt", "Rain closed the road.");
    let b = write_temp("m2.txt", "Rain closed the road.");
    let out = claimdiff(&["compare", "--format", "markdown", &a, &b], "");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("# Claimdiff comparison"), "{text}");
    assert!(text.contains("| Rain closed the road. | Rain closed the road. |"), "{text}");
}

#[test]
fn bad_command_lines_fail_with_a_message() {
    let out = claimdiff(&["compare", "only-one.txt"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least two files"));
    let missing = claimdiff(&["compare", "/nonexistent/a.txt", "/nonexistent/b.txt"], "");
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read /nonexistent/a.txt"));
}

#[test]
fn compare_applies_corrections_from_a_file() {
    let a = write_temp("c1.txt", "Rain closed the road. The school stayed open.");
    let b = write_temp("c2.txt", "Rain closed the road. Buses ran late.");
    let unlink =
        write_temp("unlink.json", r#"[{"kind":"unlink","account":0,"at":0,"other":1,"other_at":0}]"#);
    let out = claimdiff(&["compare", "--corrections", &unlink, &a, &b], "");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let unlinked: Vec<&serde_json::Value> =
        json["groups"].as_array().unwrap().iter().filter(|g| g["by_hand"] == "unlinked").collect();
    assert_eq!(unlinked.len(), 2, "{json}");
    assert!(unlinked.iter().all(|g| g["status"] == "unique"));
    let bad = write_temp("bad.json", r#"{"kind":"split"}"#);
    let out = claimdiff(&["compare", "--corrections", &bad, &a, &b], "");
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a JSON array of corrections"));
}

/// A reader that closes the pipe early (`claimdiff segment | head -1`) gets no panic message and
/// no failure exit code.
#[test]
fn a_closed_output_pipe_is_no_crash() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .arg("segment")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the claimdiff binary runs");
    drop(child.stdout.take()); // the reader is gone before anything is written
    child.stdin.take().unwrap().write_all("One sentence. Another one.\n".repeat(2000).as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && !stderr.contains("panicked"), "{:?} {stderr}", out.status);
}
