//! The matching centre's list kept on a coach's own device (#18): the
//! seekers' profiles she holds, sealed with a passphrase she sets. The
//! app's platform layer seals and opens with WebCrypto (PBKDF2 with
//! SHA-256 derives an AES-GCM key of 256 bits; GCM refuses a wrong key or
//! any changed byte); this module is the two formats. [`Sealed`] is all
//! that is ever stored or exported: parameters and ciphertext, no plaintext
//! at all. Inside (version 2): the profiles one a line ([`line`],
//! [`read_line`]), the text deflated (raw DEFLATE, RFC 1951) before it is
//! sealed, so a centre's hundreds of profiles fit, and each is written and
//! read on its own, a few to a task. Version 1 (one JSON document,
//! [`Kept`], not deflated) is still read.

use serde::{Deserialize, Serialize};

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;

use crate::profile::Profile;

/// `format` of a sealed store as this version writes it.
pub const FORMAT: &str = "kompetenskoll/centre-store@2";
/// The first version whose plaintext is deflated lines; before it, one
/// JSON document ([`Kept`]).
pub const LINES_SINCE: u32 = 2;
/// The key derivation: PBKDF2 with HMAC-SHA-256, as OWASP's 2023 advice
/// has it for that hash (600,000 iterations).
pub const KDF: &str = "PBKDF2-SHA-256";
pub const ITERATIONS: u32 = 600_000;
/// The most rounds a store read may ask for (a few seconds on a phone).
pub const MAX_ITERATIONS: u32 = 10 * ITERATIONS;
pub const CIPHER: &str = "AES-GCM-256";
pub const SALT_BYTES: usize = 16;
/// GCM's nonce: 96 bits, new for every sealing.
pub const IV_BYTES: usize = 12;
/// A sealed store bigger than this is not one of ours (10,000 profiles of
/// a few kilobytes each, deflated, stay well under it).
pub const MAX_SEALED_BYTES: usize = 64 << 20;

/// The sealed store, as stored and exported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sealed {
    pub format: String,
    pub kdf: Kdf,
    pub cipher: Cipher,
    /// The ciphertext with GCM's tag, base64.
    pub data: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kdf {
    pub name: String,
    pub iterations: u32,
    /// base64 of [`SALT_BYTES`] random bytes.
    pub salt: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cipher {
    pub name: String,
    /// base64 of [`IV_BYTES`] random bytes.
    pub iv: String,
}

/// A sealed store's bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parts {
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    /// The ciphertext with GCM's tag.
    pub data: Vec<u8>,
}

/// What a version 1 store held: the profiles as one JSON document, each with
/// the file it came from and the day the coach added it. Version 2 holds
/// the same [`KeptProfile`]s, one a line.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kept {
    pub profiles: Vec<KeptProfile>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeptProfile {
    pub file: String,
    /// What the coach calls the seeker on lists she prints or exports
    /// (empty: none given).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// `YYYY-MM-DD`.
    pub added: String,
    pub profile: Profile,
}

/// Why a text is not a store the app can open. A wrong passphrase is not
/// here: it is told apart by the cipher, in the platform layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreTrouble {
    /// Not JSON, or JSON of something else.
    NotAStore,
    /// A store of a later version of the app.
    Newer,
    /// Ours, but a field is missing, unreadable or the wrong size.
    Damaged,
}

impl Sealed {
    /// A store of `ciphertext` sealed with `iv` under the key derived with
    /// `salt` in `iterations` rounds.
    pub fn new(salt: &[u8], iterations: u32, iv: &[u8], ciphertext: &[u8]) -> Sealed {
        Sealed {
            format: FORMAT.to_owned(),
            kdf: Kdf {
                name: KDF.to_owned(),
                iterations,
                salt: BASE64.encode(salt),
            },
            cipher: Cipher {
                name: CIPHER.to_owned(),
                iv: BASE64.encode(iv),
            },
            data: BASE64.encode(ciphertext),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a sealed store is plain strings and numbers")
    }

    /// The version its `format` names (read_sealed has checked it).
    pub fn version(&self) -> u32 {
        version_of(&self.format).unwrap_or(0)
    }

    /// Whether its plaintext is deflated lines ([`line`]) rather than one
    /// JSON document ([`Kept`]).
    pub fn holds_lines(&self) -> bool {
        self.version() >= LINES_SINCE
    }

    /// The salt, the nonce and the ciphertext, as bytes.
    pub fn parts(&self) -> Result<Parts, StoreTrouble> {
        let bytes = |b64: &str| BASE64.decode(b64).map_err(|_| StoreTrouble::Damaged);
        let (salt, iv, data) = (
            bytes(&self.kdf.salt)?,
            bytes(&self.cipher.iv)?,
            bytes(&self.data)?,
        );
        // GCM's tag alone is 16 bytes.
        if salt.len() != SALT_BYTES || iv.len() != IV_BYTES || data.len() < 16 {
            return Err(StoreTrouble::Damaged);
        }
        Ok(Parts { salt, iv, data })
    }
}

/// Reads a sealed store: its format first (a later version is told as
/// such), then its fields, then their sizes. The text is parsed once (a
/// list of thousands of profiles is megabytes of it) and the ciphertext is
/// not decoded here: [`Sealed::parts`] does that, once, when it is opened.
pub fn read_sealed(text: &str) -> Result<Sealed, StoreTrouble> {
    if text.len() > MAX_SEALED_BYTES {
        return Err(StoreTrouble::NotAStore);
    }
    let text = text.trim_start_matches('\u{feff}');
    // Read from text, as every file is: one instantiation of the readers
    // in the wasm.
    let sealed: Sealed = match serde_json::from_str(text) {
        Ok(sealed) => sealed,
        // Not ours as this version writes it: the format alone says
        // whether it is a later one, damaged, or something else.
        Err(_) => {
            #[derive(Deserialize)]
            struct Head {
                format: Option<String>,
            }
            let head: Head = serde_json::from_str(text).map_err(|_| StoreTrouble::NotAStore)?;
            version_of(head.format.as_deref().ok_or(StoreTrouble::NotAStore)?)?;
            return Err(StoreTrouble::Damaged);
        }
    };
    version_of(&sealed.format)?;
    // A file from elsewhere asking billions of rounds would keep the
    // passphrase check running for ever: ours asks ITERATIONS.
    if sealed.kdf.name != KDF
        || sealed.cipher.name != CIPHER
        || !(1..=MAX_ITERATIONS).contains(&sealed.kdf.iterations)
    {
        return Err(StoreTrouble::Damaged);
    }
    let bytes = |b64: &str| BASE64.decode(b64).map_err(|_| StoreTrouble::Damaged);
    // GCM's tag alone is 16 bytes: 24 characters of base64.
    if bytes(&sealed.kdf.salt)?.len() != SALT_BYTES
        || bytes(&sealed.cipher.iv)?.len() != IV_BYTES
        || sealed.data.len() < 24
        || sealed.data.len() % 4 != 0
    {
        return Err(StoreTrouble::Damaged);
    }
    Ok(sealed)
}

/// A store's version from its `format`: one this version reads, or why not.
fn version_of(format: &str) -> Result<u32, StoreTrouble> {
    let (name, version) = format.rsplit_once('@').ok_or(StoreTrouble::NotAStore)?;
    let (ours, our_version) = FORMAT.rsplit_once('@').expect("FORMAT has a version");
    if name != ours {
        return Err(StoreTrouble::NotAStore);
    }
    match version.parse::<u32>() {
        Ok(v) if v > our_version.parse::<u32>().expect("a number") => Err(StoreTrouble::Newer),
        Ok(v) if v >= 1 && v.to_string() == version => Ok(v),
        _ => Err(StoreTrouble::Damaged),
    }
}

impl Kept {
    /// A version 1 store's plaintext, as it was sealed.
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_string(self)
            .expect("profiles serialise")
            .into_bytes()
    }

    /// A version 1 store's plaintext once opened. GCM has already proved it is what was
    /// sealed, so a failure here is a store from a different app version.
    pub fn from_bytes(bytes: &[u8]) -> Result<Kept, StoreTrouble> {
        // From text, as profiles are read everywhere else: reading from
        // bytes would compile every profile reader a second time.
        let text = std::str::from_utf8(bytes).map_err(|_| StoreTrouble::Damaged)?;
        serde_json::from_str(text).map_err(|_| StoreTrouble::Damaged)
    }
}

/// A profile kept, as its line of a version 2 store's plaintext (no line
/// break inside: JSON writes one in a string as `\n`). Borrowed, so the
/// list is written without a copy of every profile.
pub fn line(file: &str, label: &str, added: &str, profile: &Profile) -> String {
    #[derive(Serialize)]
    struct Line<'a> {
        file: &'a str,
        #[serde(skip_serializing_if = "str::is_empty")]
        label: &'a str,
        added: &'a str,
        profile: &'a Profile,
    }
    serde_json::to_string(&Line {
        file,
        label,
        added,
        profile,
    })
    .expect("profiles serialise")
}

/// A version 2 store's plaintext read as the browser inflates it: in pieces
/// that may cut a line, or a character, anywhere. Each piece gives the
/// profiles of the lines it completes; the rest waits for the next.
#[derive(Debug, Default)]
pub struct Lines {
    begun: Vec<u8>,
}

impl Lines {
    pub fn read(&mut self, piece: &[u8]) -> Result<Vec<KeptProfile>, StoreTrouble> {
        let mut kept = Vec::new();
        let mut rest = piece;
        while let Some(end) = rest.iter().position(|&b| b == b'\n') {
            if self.begun.is_empty() {
                kept.extend(read_line(&rest[..end])?);
            } else {
                self.begun.extend_from_slice(&rest[..end]);
                kept.extend(read_line(&std::mem::take(&mut self.begun))?);
            }
            rest = &rest[end + 1..];
        }
        self.begun.extend_from_slice(rest);
        Ok(kept)
    }

    /// The profile of the last line, if the text did not end in a break.
    pub fn finish(self) -> Result<Vec<KeptProfile>, StoreTrouble> {
        Ok(read_line(&self.begun)?.into_iter().collect())
    }
}

/// A line read back (none if blank). GCM has already proved it is what
/// was sealed, so a failure is a store from another app version.
fn read_line(line: &[u8]) -> Result<Option<KeptProfile>, StoreTrouble> {
    let line = std::str::from_utf8(line).map_err(|_| StoreTrouble::Damaged)?;
    if line.trim().is_empty() {
        return Ok(None);
    }
    serde_json::from_str(line).map_err(|_| StoreTrouble::Damaged)
}

/// Whether a profile made at `made` (ISO 8601, `YYYY-MM-DD…`) is older
/// than `months` months on `today` (`YYYY-MM-DD`): one to consider
/// deleting. An unreadable date is not flagged.
pub fn older_than(made: &str, months: u32, today: &str) -> bool {
    crate::dates::months_before(today, months)
        .is_some_and(|limit| crate::dates::is_before(made, &limit))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sealed() -> Sealed {
        Sealed::new(&[7; SALT_BYTES], ITERATIONS, &[9; IV_BYTES], &[1; 40])
    }

    #[test]
    fn a_sealed_store_reads_back_as_written() {
        let text = sealed().to_json();
        assert_eq!(read_sealed(&text), Ok(sealed()));
        let parts = read_sealed(&text).unwrap().parts().unwrap();
        assert_eq!(
            (parts.salt, parts.iv, parts.data),
            (vec![7; 16], vec![9; 12], vec![1; 40])
        );
    }

    #[test]
    fn what_is_not_a_store_is_told_apart_from_a_later_or_damaged_one() {
        assert_eq!(read_sealed("not json"), Err(StoreTrouble::NotAStore));
        assert_eq!(
            read_sealed(r#"{"format":"kompetenskoll/profile@1"}"#),
            Err(StoreTrouble::NotAStore)
        );
        let later = sealed()
            .to_json()
            .replace("centre-store@2", "centre-store@3");
        assert_eq!(read_sealed(&later), Err(StoreTrouble::Newer));
        let padded = sealed()
            .to_json()
            .replace("centre-store@2", "centre-store@02");
        assert_eq!(read_sealed(&padded), Err(StoreTrouble::Damaged));
        let short_iv = sealed()
            .to_json()
            .replace(&BASE64.encode([9; 12]), &BASE64.encode([9; 8]));
        assert_eq!(read_sealed(&short_iv), Err(StoreTrouble::Damaged));
        let not_base64 = sealed().to_json().replace(&BASE64.encode([1; 40]), "***");
        assert_eq!(read_sealed(&not_base64), Err(StoreTrouble::Damaged));
        let endless = sealed().to_json().replace("600000", "4000000000");
        assert_eq!(read_sealed(&endless), Err(StoreTrouble::Damaged));
        let no_data = r#"{"format":"kompetenskoll/centre-store@1","kdf":{"name":"PBKDF2-SHA-256","iterations":1,"salt":""}}"#;
        assert_eq!(read_sealed(no_data), Err(StoreTrouble::Damaged));
    }

    #[test]
    fn a_store_kept_by_the_first_version_still_opens_as_one_document() {
        let first = sealed()
            .to_json()
            .replace("centre-store@2", "centre-store@1");
        let read = read_sealed(&first).unwrap();
        assert!(!read.holds_lines());
        assert!(read_sealed(&sealed().to_json()).unwrap().holds_lines());
    }

    #[test]
    fn a_profile_is_flagged_once_older_than_the_months_set() {
        assert!(older_than("2026-06-05T10:00:00Z", 6, "2026-12-06"));
        assert!(!older_than("2026-06-06T10:00:00Z", 6, "2026-12-06"));
        assert!(!older_than("2026-11-30T10:00:00Z", 1, "2026-12-06"));
        assert!(!older_than("not a date", 1, "2026-12-06"));
        assert!(!older_than("1", 1, "2026-12-06"));
    }
}
