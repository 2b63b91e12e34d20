//! List item markers: "1.", "2)", "3.)", "(4)", "a.", "b)", optionally after a bullet ("⁃9.").

/// A parsed list marker: its value and how it is punctuated.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) struct Marker {
    value: Value,
    style: Style,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Value {
    Number(u16),
    Letter(u8),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Style {
    Period,
    Paren,
    PeriodParen,
    Parenthesized,
}

/// The longest marker token: a bullet (up to three bytes), "(", three digits, ".)".
const MAX_MARKER_BYTES: usize = 3 + 1 + MAX_MARKER_DIGITS + 2;

/// Longest number accepted as a list marker ("2024." ends a sentence, it does not open an item).
const MAX_MARKER_DIGITS: usize = 3;

impl Marker {
    /// Parses a whole token as a list marker.
    pub(super) fn parse(token: &str) -> Option<Self> {
        if token.len() > MAX_MARKER_BYTES || !matches!(token.as_bytes().last(), Some(b'.' | b')')) {
            return None;
        }
        let token = token.trim_start_matches(super::tokens::is_bullet);
        let (inner, style) = if let Some(inner) = token.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
            (inner, Style::Parenthesized)
        } else if let Some(inner) = token.strip_suffix(".)") {
            (inner, Style::PeriodParen)
        } else if let Some(inner) = token.strip_suffix(')') {
            (inner, Style::Paren)
        } else {
            (token.strip_suffix('.')?, Style::Period)
        };
        Some(Marker { value: Value::parse(inner)?, style })
    }

    /// The marker of the next item of the same list.
    pub(super) fn successor(self) -> Option<Self> {
        let value = match self.value {
            Value::Number(n) => Value::Number(n.checked_add(1)?),
            Value::Letter(b'z') => return None,
            Value::Letter(c) => Value::Letter(c + 1),
        };
        Some(Marker { value, ..self })
    }
}

impl Value {
    fn parse(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        match bytes {
            [c] if c.is_ascii_lowercase() => Some(Value::Letter(*c)),
            _ if (1..=MAX_MARKER_DIGITS).contains(&bytes.len()) && bytes.iter().all(u8::is_ascii_digit) => {
                text.parse().ok().map(Value::Number)
            }
            _ => None,
        }
    }
}
