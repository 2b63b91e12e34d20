//! Decimal text ↔ `f64` without the standard library's float formatting and parsing.
//!
//! `str::parse::<f64>` brings a 10 KB table of powers of five into the wasm bundle, and
//! `format!("{:.2}", x)` the float printing algorithms (Grisu and Dragon4). Numbers in news
//! text are short, so these do the same job in a little plain integer arithmetic, with the
//! same results: `parse` is correctly rounded like `str::parse::<f64>` and accepts the same
//! text, and `fixed_2` prints what `format!("{:.2}", x)` prints (round half to even on the
//! exact binary value). The tests check both against the standard library.

/// `text` as an `f64`, exactly as `text.parse::<f64>().ok()` would give it.
pub fn parse(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let is = |word: &str| rest.eq_ignore_ascii_case(word);
    let value = if is("inf") || is("infinity") {
        f64::INFINITY
    } else if is("nan") {
        f64::NAN
    } else {
        parse_finite(rest.as_bytes())?
    };
    Some(if negative { -value } else { value })
}

/// Significant digits kept exactly: enough to round any decimal correctly to an `f64` (the
/// longest exactly-rounded decision needs 767 digits); the rest only count as non-zero or not.
const MAX_DIGITS: usize = 800;

/// Digits, an optional point and digits (at least one digit in all), an optional exponent.
fn parse_finite(bytes: &[u8]) -> Option<f64> {
    let mut digits: Vec<u8> = Vec::new();
    let mut exponent: i64 = 0; // value = (the digits as one integer) × 10^exponent
    let mut truncated = false;
    let mut seen_digit = false;
    let mut seen_point = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b @ b'0'..=b'9' => {
                seen_digit = true;
                if seen_point {
                    exponent -= 1;
                }
                if digits.is_empty() && b == b'0' {
                    // A leading zero.
                } else if digits.len() < MAX_DIGITS {
                    digits.push(b - b'0');
                } else {
                    exponent += 1;
                    truncated |= b != b'0';
                }
            }
            b'.' if !seen_point => seen_point = true,
            b'e' | b'E' if seen_digit => break,
            _ => return None,
        }
        i += 1;
    }
    if !seen_digit {
        return None;
    }
    if i < bytes.len() {
        let mut rest = &bytes[i + 1..];
        let sign = match rest.first() {
            Some(b'-') => -1,
            Some(b'+') => 1,
            _ => 0,
        };
        if sign != 0 {
            rest = &rest[1..];
        }
        if rest.is_empty() || !rest.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let written = rest.iter().fold(0i64, |e, d| (e * 10 + i64::from(d - b'0')).min(1 << 40));
        exponent += if sign < 0 { -written } else { written };
    }
    if truncated {
        // A non-zero digit was dropped: a 1 past the kept ones breaks ties the same way.
        digits.push(1);
        exponent -= 1;
    }
    while digits.last() == Some(&0) {
        digits.pop();
        exponent += 1;
    }
    if digits.is_empty() {
        return Some(0.0);
    }
    let magnitude = exponent + digits.len() as i64; // 10^(magnitude-1) <= value < 10^magnitude
    if magnitude > 310 {
        return Some(f64::INFINITY);
    }
    if magnitude < -330 {
        return Some(0.0);
    }
    if digits.len() <= 15 && (-22..=22).contains(&exponent) {
        // Both operands are exact, so the one rounding of the product or quotient is correct.
        let mantissa = digits.iter().fold(0u64, |m, &d| m * 10 + u64::from(d)) as f64;
        let scale = (0..exponent.abs()).fold(1.0, |p, _| p * 10.0);
        return Some(if exponent < 0 { mantissa / scale } else { mantissa * scale });
    }
    let mut numerator = Big::from_digits(&digits);
    let mut denominator = Big(vec![1]);
    for _ in 0..exponent.unsigned_abs() {
        if exponent > 0 { &mut numerator } else { &mut denominator }.mul_add(10, 0);
    }
    Some(divide(&numerator, &denominator))
}

/// The correctly rounded `f64` of `numerator / denominator` (both non-zero).
fn divide(numerator: &Big, denominator: &Big) -> f64 {
    // A quotient of 66 or 67 bits: at least 13 bits below the rounding point of a normal number.
    let shift = 66 - (numerator.bits() as i64 - denominator.bits() as i64);
    let (mut a, mut b) = (numerator.clone(), denominator.clone());
    if shift >= 0 {
        a.shl(shift as usize);
    } else {
        b.shl((-shift) as usize);
    }
    let mut quotient: u128 = 0;
    for bit in (0..=68).rev() {
        let mut part = b.clone();
        part.shl(bit);
        if a.at_least(&part) {
            a.sub(&part);
            quotient |= 1 << bit;
        }
    }
    let sticky = !a.is_zero();
    // value = (quotient + fraction) × 2^-shift; its binary exponent and the weight of its last bit.
    let top = 127 - quotient.leading_zeros() as i64;
    let exponent = top - shift;
    if exponent > 1023 {
        return f64::INFINITY;
    }
    let last_bit = (exponent - 52).max(-1074);
    let drop = (last_bit + shift) as u32; // bits of `quotient` below the last kept bit (≥ 13)
    let mut kept = quotient >> drop;
    let half = 1u128 << (drop - 1);
    let below = quotient & ((1u128 << drop) - 1);
    if below > half || (below == half && (sticky || kept & 1 == 1)) {
        kept += 1;
    }
    // `kept` ≤ 2^53 is exact as an f64; scaling by a power of two (last_bit ≤ 971) is exact
    // unless it overflows to infinity, which is then the correct rounding.
    kept as f64 * power_of_two(last_bit)
}

/// 2^exponent for -1074 ≤ exponent ≤ 1023.
fn power_of_two(exponent: i64) -> f64 {
    if exponent < -1022 {
        f64::from_bits(1 << (exponent + 1074))
    } else {
        f64::from_bits(((exponent + 1023) as u64) << 52)
    }
}

/// `value` with two decimals, exactly as `format!("{:.2}", value)` writes it.
pub fn fixed_2(value: f64) -> String {
    if value.is_nan() {
        return "NaN".to_string();
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value.is_infinite() {
        return format!("{sign}inf");
    }
    let bits = value.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    // value = mantissa × 2^power exactly.
    let (mantissa, power) =
        if exponent == 0 { (fraction, -1074) } else { (fraction | 1 << 52, exponent - 1075) };
    if power >= 0 {
        let mut whole = Big(vec![mantissa as u32, (mantissa >> 32) as u32]);
        whole.shl(power as usize);
        return format!("{sign}{}.00", whole.to_decimal());
    }
    // Hundredths: mantissa × 100 / 2^-power, rounded half to even.
    let scaled = u128::from(mantissa) * 100;
    let drop = (-power) as u32;
    let hundredths = if drop > 70 {
        0 // scaled < 2^60 is below half of 2^drop
    } else {
        let kept = scaled >> drop;
        let below = scaled & ((1 << drop) - 1);
        let half = 1 << (drop - 1);
        if below > half || (below == half && kept & 1 == 1) {
            kept + 1
        } else {
            kept
        }
    };
    // Below 2^61 (see above): printed as a u64, which spares the bundle u128's printing code.
    let hundredths = hundredths as u64;
    format!("{sign}{}.{:02}", hundredths / 100, hundredths % 100)
}

/// A non-negative integer in base 2^32, least significant limb first.
#[derive(Clone)]
struct Big(Vec<u32>);

impl Big {
    fn from_digits(digits: &[u8]) -> Big {
        let mut big = Big(vec![0]);
        for &d in digits {
            big.mul_add(10, u32::from(d));
        }
        big
    }

    /// self = self × factor + add.
    fn mul_add(&mut self, factor: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let product = u64::from(*limb) * u64::from(factor) + carry;
            *limb = product as u32;
            carry = product >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn shl(&mut self, bits: usize) {
        let (limbs, bits) = (bits / 32, bits % 32);
        if bits > 0 {
            let mut carry = 0;
            for limb in &mut self.0 {
                let next = *limb >> (32 - bits);
                *limb = (*limb << bits) | carry;
                carry = next;
            }
            if carry > 0 {
                self.0.push(carry);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }

    fn trim(&mut self) {
        while self.0.len() > 1 && self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn is_zero(&self) -> bool {
        self.0.iter().all(|&l| l == 0)
    }

    fn bits(&self) -> usize {
        let top = self.0.iter().rposition(|&l| l != 0).unwrap_or(0);
        top * 32 + (32 - self.0[top].leading_zeros() as usize)
    }

    fn at_least(&self, other: &Big) -> bool {
        let len = self.0.len().max(other.0.len());
        for i in (0..len).rev() {
            let (a, b) = (self.0.get(i).copied().unwrap_or(0), other.0.get(i).copied().unwrap_or(0));
            if a != b {
                return a > b;
            }
        }
        true
    }

    /// self -= other (other ≤ self).
    fn sub(&mut self, other: &Big) {
        let mut borrow = 0;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let (d, b1) = limb.overflowing_sub(other.0.get(i).copied().unwrap_or(0));
            let (d, b2) = d.overflowing_sub(borrow);
            *limb = d;
            borrow = u32::from(b1 || b2);
        }
        self.trim();
    }

    fn to_decimal(&self) -> String {
        let mut rest = self.clone();
        let mut groups = Vec::new(); // base 10^9, least significant first
        loop {
            let mut remainder = 0u64;
            for limb in rest.0.iter_mut().rev() {
                let current = (remainder << 32) | u64::from(*limb);
                *limb = (current / 1_000_000_000) as u32;
                remainder = current % 1_000_000_000;
            }
            rest.trim();
            groups.push(remainder as u32);
            if rest.is_zero() {
                break;
            }
        }
        let mut text = groups.pop().unwrap_or(0).to_string();
        for group in groups.iter().rev() {
            text.push_str(&format!("{group:09}"));
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    include!("../../tests/support/xorshift.rs");

    fn same_parse(text: &str) {
        let expected = text.parse::<f64>().ok();
        let got = parse(text);
        match (expected, got) {
            (Some(e), Some(g)) => {
                assert!(e.to_bits() == g.to_bits() || (e.is_nan() && g.is_nan()), "{text}: {e:e} vs {g:e}")
            }
            (e, g) => assert_eq!(e.is_some(), g.is_some(), "{text}: {e:?} vs {g:?}"),
        }
    }

    #[test]
    fn parses_like_the_standard_library() {
        for text in [
            "0",
            "1",
            "175",
            "1300",
            "2.5",
            "0.25",
            "1.",
            ".5",
            ".",
            "",
            "e5",
            "1e",
            "1e5",
            "1E5",
            "1e+5",
            "1e-5",
            "-2.5",
            "+3",
            "inf",
            "-Infinity",
            "NaN",
            "nan",
            "infinity",
            "1.2.3",
            "1,300",
            "3rd",
            "10km",
            "00012",
            "0.000",
            "1e400",
            "1e-400",
            "2e-324",
            "3e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "4.9e-324",
            "2.2250738585072011e-308",
            "2.2250738585072014e-308",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "9007199254740993",
            "9007199254740992.5",
            "123456789012345678901234567890",
            "0.1",
            "0.2",
            "0.3",
            "1e23",
            "8.5e-1",
            "99999999999999999999999e-3",
            "1e99999999999999999999",
            "1e-99999999999999999999",
            "٣",
            "1e٥",
        ] {
            same_parse(text);
        }
        // Long inputs: ties decided only by a far digit.
        let half_ulp = format!("9007199254740993{}", "0".repeat(900));
        same_parse(&half_ulp);
        same_parse(&format!("{half_ulp}1"));
        same_parse(&format!("0.{}1", "0".repeat(400)));
        same_parse(&"7".repeat(2000));
    }

    #[test]
    fn parses_random_numbers_like_the_standard_library() {
        let mut rng = XorShift(0x2545_f491_4f6c_dd1d);
        for _ in 0..5_000 {
            let digits = 1 + rng.below(25);
            let mut text: String = (0..digits).map(|_| char::from(b'0' + rng.below(10) as u8)).collect();
            if rng.below(2) == 0 {
                text.insert(rng.below(digits + 1), '.');
            }
            if rng.below(3) == 0 {
                text.push_str(&format!("e{}{}", if rng.below(2) == 0 { "-" } else { "" }, rng.below(340)));
            }
            same_parse(&text);
            let bits = f64::from_bits(rng.next());
            same_parse(&format!("{bits:e}"));
            same_parse(&format!("{bits}"));
        }
    }

    #[test]
    fn fixed_2_writes_like_the_standard_library() {
        let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
        let mut values = vec![
            0.0,
            -0.0,
            0.125,
            0.375,
            0.005,
            0.015,
            2.675,
            1.005,
            0.5,
            1e15,
            1.5e300,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            1e-300,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            0.004999,
            99.995,
            123456.785,
            2.5,
        ];
        for _ in 0..5_000 {
            values.push(f64::from_bits(rng.next()));
            values.push(rng.below(1_000_000) as f64 / [8.0, 100.0, 1000.0, 3.0][rng.below(4)]);
        }
        for value in values {
            assert_eq!(fixed_2(value), format!("{value:.2}"), "{:e}", value);
        }
    }
}
