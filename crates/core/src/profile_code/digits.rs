//! Code bytes as decimal digits, so that a QR code carries them in numeric
//! mode: each 7 bytes become 17 digits.

use super::{CodeError, MAX_DIGITS};

/// Code bytes as decimal digits: each 7 bytes become 17 digits (10^17 >
/// 2^56), a shorter last group the fewest digits that hold it.
pub fn to_digits(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 17 / 7 + 17);
    for chunk in bytes.chunks(7) {
        let value = chunk.iter().fold(0u64, |v, b| (v << 8) | u64::from(*b));
        let width = DIGITS[chunk.len()];
        out.push_str(&format!("{value:0width$}"));
    }
    out
}

/// The digits a group of n bytes takes (index n).
const DIGITS: [usize; 8] = [0, 3, 5, 8, 10, 13, 15, 17];

pub fn from_digits(digits: &str) -> Result<Vec<u8>, CodeError> {
    if digits.len() > MAX_DIGITS {
        return Err(CodeError::TooLong);
    }
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(CodeError::NotDigits);
    }
    let tail = DIGITS
        .iter()
        .position(|d| *d == digits.len() % 17)
        .ok_or(CodeError::NotDigits)?;
    let mut out = Vec::with_capacity(digits.len() / 17 * 7 + tail);
    let mut rest = digits;
    while !rest.is_empty() {
        let width = if rest.len() >= 17 { 17 } else { rest.len() };
        let n = if width == 17 { 7 } else { tail };
        let (group, after) = rest.split_at(width);
        let value: u64 = group.parse().map_err(|_| CodeError::NotDigits)?;
        if n < 8 && value >> (8 * n) != 0 {
            return Err(CodeError::NotDigits);
        }
        out.extend_from_slice(&value.to_be_bytes()[8 - n..]);
        rest = after;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_round_trip_every_tail_length() {
        for n in 0..40usize {
            let bytes: Vec<u8> = (0..n).map(|i| (i * 37 + 255) as u8).collect();
            let digits = to_digits(&bytes);
            if n == 0 {
                assert_eq!(from_digits(&digits), Err(CodeError::NotDigits));
            } else {
                assert_eq!(from_digits(&digits).unwrap(), bytes, "{n} bytes");
            }
        }
        let all_ones = vec![0xff; 7];
        assert_eq!(to_digits(&all_ones).len(), 17);
    }

    #[test]
    fn digits_refuse_what_no_code_is() {
        assert_eq!(from_digits("12a"), Err(CodeError::NotDigits));
        // Two digits is no group length.
        assert_eq!(from_digits("12"), Err(CodeError::NotDigits));
        // 999 > 255: three digits hold one byte only up to 255.
        assert_eq!(from_digits("999"), Err(CodeError::NotDigits));
        assert_eq!(
            from_digits(&"1".repeat(MAX_DIGITS + 1)),
            Err(CodeError::TooLong)
        );
    }
}
