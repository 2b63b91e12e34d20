//! Markdown to plain prose, for accounts opened from `.md` files: heading, quote and list
//! markers, emphasis, link syntax (the link text stays), images, reference definitions,
//! horizontal rules and HTML comments are dropped; code is kept as text, fences removed.
//! Lines and blank lines stay as written (runs of blank lines become one), so the segmenter
//! still sees headings and paragraphs. A small line-based pass, not a full CommonMark parser.

use super::find;

/// The prose of a Markdown document.
pub fn to_text(markdown: &str) -> String {
    let source = strip_comments(markdown);
    let mut out = String::with_capacity(source.len());
    let mut fence: Option<&str> = None;
    for line in source.lines() {
        let trimmed = line.trim_start();
        if let Some(open) = fence {
            if fence_marker(trimmed).is_some_and(|close| close.starts_with(open)) {
                fence = None;
            } else {
                push_line(&mut out, line.trim_end());
            }
            continue;
        }
        if let Some(marker) = fence_marker(trimmed) {
            fence = Some(marker);
        } else if is_rule(trimmed) || is_reference_definition(trimmed) {
            push_line(&mut out, "");
        } else {
            let mut text = String::new();
            inline(&chars(block_content(trimmed)), &mut text);
            push_line(&mut out, text.trim());
        }
    }
    out.trim().to_string()
}

/// Appends a line, letting at most one blank line in a row through.
fn push_line(out: &mut String, line: &str) {
    if line.is_empty() && (out.is_empty() || out.ends_with("\n\n")) {
        return;
    }
    out.push_str(line);
    out.push('\n');
}

/// The text without `<!-- … -->` comments (an unclosed one runs to the end).
fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = find(rest, "<!--") {
        out.push_str(&rest[..start]);
        rest = find(&rest[start + 4..], "-->").map_or("", |end| &rest[start + 4 + end + 3..]);
    }
    out.push_str(rest);
    out
}

/// The backtick or tilde run (three or more) that opens or closes a code fence.
fn fence_marker(line: &str) -> Option<&str> {
    let first = line.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let run = line.len() - line.trim_start_matches(first).len();
    (run >= 3).then(|| &line[..run])
}

/// A horizontal rule, a setext heading underline or a table separator.
fn is_rule(line: &str) -> bool {
    line.chars().filter(|c| matches!(c, '-' | '=' | '*' | '_')).count() >= 3
        && line.chars().all(|c| matches!(c, '-' | '=' | '*' | '_' | '|' | ':' | ' ' | '\t'))
}

/// `[label]: destination`, the target of a reference link (footnotes are text, so they stay).
fn is_reference_definition(line: &str) -> bool {
    line.starts_with('[')
        && !line.starts_with("[^")
        && find(line, "]:").is_some_and(|end| !line[1..end].contains(']'))
}

/// The line without its quote, heading, list and footnote-definition markers.
fn block_content(mut line: &str) -> &str {
    while let Some(rest) = line.strip_prefix('>') {
        line = rest.trim_start();
    }
    let hashes = line.len() - line.trim_start_matches('#').len();
    if (1..=6).contains(&hashes) && line[hashes..].chars().next().is_none_or(char::is_whitespace) {
        return line[hashes..].trim().trim_end_matches('#');
    }
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let marker = match line[digits..].chars().next() {
        Some('-' | '*' | '+') if digits == 0 => 1,
        Some('.' | ')') if (1..=9).contains(&digits) => digits + 1,
        _ => 0,
    };
    if marker > 0 && line[marker..].starts_with(char::is_whitespace) {
        line = line[marker..].trim_start();
        for task in ["[ ] ", "[x] ", "[X] "] {
            line = line.strip_prefix(task).unwrap_or(line);
        }
    }
    if line.starts_with("[^") {
        if let Some(end) = find(line, "]:") {
            return line[end + 2..].trim_start();
        }
    }
    line
}

fn chars(text: &str) -> Vec<char> {
    text.chars().collect()
}

/// Appends the prose of one line's inline Markdown.
fn inline(chars: &[char], out: &mut String) {
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let next = chars.get(i + 1).copied();
        i = match c {
            '\\' if next.is_some_and(|n| n.is_ascii_punctuation()) => {
                out.extend(next);
                i + 2
            }
            '`' => code(chars, i, out),
            '!' if next == Some('[') => link(chars, i + 1).map_or_else(|| push(out, c, i), |(_, end)| end),
            '[' => match link(chars, i) {
                Some((text, end)) => {
                    inline(text, out);
                    end
                }
                None => push(out, c, i),
            },
            '<' => autolink(chars, i, out).unwrap_or_else(|| push(out, c, i)),
            '*' | '_' | '~' => emphasis(chars, i, out),
            _ => push(out, c, i),
        };
    }
}

fn push(out: &mut String, c: char, i: usize) -> usize {
    out.push(c);
    i + 1
}

/// How many times `c` repeats from `i`.
fn run(chars: &[char], i: usize, c: char) -> usize {
    chars[i..].iter().take_while(|&&x| x == c).count()
}

/// Inline code: the text between matching backtick runs, kept as it is.
fn code(chars: &[char], i: usize, out: &mut String) -> usize {
    let n = run(chars, i, '`');
    let mut j = i + n;
    while j < chars.len() {
        let m = run(chars, j, '`');
        if m == n {
            out.extend(&chars[i + n..j]);
            return j + n;
        }
        j += m.max(1);
    }
    out.extend(&chars[i..i + n]);
    i + n
}

/// The index just past the bracket that closes the one at `open`, skipping nested pairs.
fn closing(chars: &[char], open: usize, (left, right): (char, char)) -> Option<usize> {
    let mut depth = 0;
    let mut i = open;
    while let Some(&c) = chars.get(i) {
        match c {
            '\\' => i += 1,
            _ if c == left => depth += 1,
            _ if c == right => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// `[text](destination)`, `[text][label]` or a footnote reference `[^1]` starting at `open`:
/// the link text (empty for a footnote) and the index just past the link.
fn link(chars: &[char], open: usize) -> Option<(&[char], usize)> {
    let close = closing(chars, open, ('[', ']'))?;
    let text = &chars[open + 1..close - 1];
    match chars.get(close) {
        Some('(') => Some((text, closing(chars, close, ('(', ')'))?)),
        Some('[') => Some((text, closing(chars, close, ('[', ']'))?)),
        _ if text.first() == Some(&'^') => Some((&[], close)),
        _ => None,
    }
}

/// `<https://…>` or `<name@example.org>`: the address as text.
fn autolink(chars: &[char], i: usize, out: &mut String) -> Option<usize> {
    let len = chars[i + 1..].iter().position(|&c| c == '>' || c == '<' || c.is_whitespace())?;
    let inner = &chars[i + 1..i + 1 + len];
    if chars.get(i + 1 + len) != Some(&'>') || !inner.iter().any(|&c| c == ':' || c == '@') {
        return None;
    }
    out.extend(inner);
    Some(i + len + 2)
}

/// A run of `*`, `_` or `~~` that opens or closes emphasis is dropped; one that touches no
/// word (`2 * 3`), sits inside a word or number (`snake_case`, `5*3`) or is a single tilde
/// (`~5 km`) is text.
fn emphasis(chars: &[char], i: usize, out: &mut String) -> usize {
    let c = chars[i];
    let n = run(chars, i, c);
    let before = i.checked_sub(1).map(|p| chars[p]);
    let after = chars.get(i + n).copied();
    let touches = |side: Option<char>| side.is_some_and(|s| !s.is_whitespace());
    let inside =
        |test: fn(&char) -> bool| before.is_some_and(|b| test(&b)) && after.is_some_and(|a| test(&a));
    let is_text = !(touches(before) || touches(after))
        || (c == '_' && inside(|x| x.is_alphanumeric()))
        || (c == '*' && inside(char::is_ascii_digit))
        || (c == '~' && n != 2);
    if is_text {
        out.extend(&chars[i..i + n]);
    }
    i + n
}

#[cfg(test)]
mod tests {
    use super::to_text;

    #[test]
    fn block_markers_are_dropped() {
        let md =
            "# Fire at the harbour #\n\n> Crews arrived.\n> > Nobody was hurt.\n\n- First item\n* Second\n\
                  3. Third\n10) Tenth\n- [x] Done task\n\n## \n#hashtag stays";
        assert_eq!(
            to_text(md),
            "Fire at the harbour\n\nCrews arrived.\nNobody was hurt.\n\nFirst item\nSecond\nThird\nTenth\nDone task\n\n\
             #hashtag stays"
        );
    }

    #[test]
    fn emphasis_markers_are_dropped_but_arithmetic_stays() {
        assert_eq!(
            to_text("The **council** *approved* the __budget__ ~~today~~."),
            "The council approved the budget today."
        );
        assert_eq!(
            to_text("2 * 3 and 5*3, snake_case_name, ~5 km, a _ b"),
            "2 * 3 and 5*3, snake_case_name, ~5 km, a _ b"
        );
        assert_eq!(to_text(r"Escaped \*stars\* stay"), "Escaped *stars* stay");
    }

    #[test]
    fn links_keep_their_text_and_images_go() {
        let md =
            "See [the **report**](https://x.org/a_(b)) and [the map][map].![Photo](p.jpg) A note[^1].\n\n\
                  [map]: https://x.org/map \"Map\"\n[^1]: The footnote text.\n<https://x.org> [sic]";
        assert_eq!(
            to_text(md),
            "See the report and the map. A note.\n\nThe footnote text.\nhttps://x.org [sic]"
        );
    }

    #[test]
    fn code_is_kept_as_text_and_comments_dropped() {
        let md = "Run `rm *.tmp` now.\n\n```sh\n# not a heading\n**kept**\n```\n<!-- hidden\nnote -->Visible\n\n\n\n---\nEnd";
        assert_eq!(to_text(md), "Run rm *.tmp now.\n\n# not a heading\n**kept**\nVisible\n\nEnd");
    }

    #[test]
    fn setext_headings_and_tables_lose_their_rules() {
        assert_eq!(to_text("Title\n=====\nBody text.\n|---|:--:|"), "Title\n\nBody text.");
        assert_eq!(to_text("Unclosed <!-- comment"), "Unclosed");
        assert_eq!(to_text("[unclosed link(x) and `unclosed code"), "[unclosed link(x) and `unclosed code");
    }
}
