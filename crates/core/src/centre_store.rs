//! The matching centre's list kept on a coach's own device (#18): the
//! seekers' profiles she holds, sealed with a passphrase she sets. The
//! app's platform layer seals and opens with WebCrypto (PBKDF2 with
//! SHA-256 derives an AES-GCM key of 256 bits; GCM refuses a wrong key or
//! any changed byte); this module is the two formats. [`Sealed`] is all
//! that is ever stored or exported: parameters and ciphertext, no plaintext
//! at all. [`Kept`] is what is inside.

use serde::{Deserialize, Serialize};

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;

use crate::profile::Profile;

/// `format` of a sealed store.
pub const FORMAT: &str = "kompetenskoll/centre-store@1";
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
/// a few kilobytes each stay well under it).
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

/// What is inside: the profiles, each with the file it came from and the
/// day the coach added it.
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
    /// A store of `ciphertext` sealed with `salt` and `iv`.
    pub fn new(salt: &[u8], iv: &[u8], ciphertext: &[u8]) -> Sealed {
        Sealed {
            format: FORMAT.to_owned(),
            kdf: Kdf {
                name: KDF.to_owned(),
                iterations: ITERATIONS,
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
/// such), then its fields, then their sizes.
pub fn read_sealed(text: &str) -> Result<Sealed, StoreTrouble> {
    if text.len() > MAX_SEALED_BYTES {
        return Err(StoreTrouble::NotAStore);
    }
    // The format first, read alone (any other field ignored), so a later
    // version is told as such rather than as damaged. Read from text, as
    // every file is: one instantiation of the readers in the wasm.
    #[derive(Deserialize)]
    struct Head {
        format: Option<String>,
    }
    let text = text.trim_start_matches('\u{feff}');
    let head: Head = serde_json::from_str(text).map_err(|_| StoreTrouble::NotAStore)?;
    let format = head.format.ok_or(StoreTrouble::NotAStore)?;
    let (name, version) = format.rsplit_once('@').ok_or(StoreTrouble::NotAStore)?;
    let (ours, our_version) = FORMAT.rsplit_once('@').expect("FORMAT has a version");
    if name != ours {
        return Err(StoreTrouble::NotAStore);
    }
    match version.parse::<u32>() {
        Ok(v) if v > our_version.parse::<u32>().expect("a number") => {
            return Err(StoreTrouble::Newer)
        }
        Ok(v) if v.to_string() == our_version => {}
        _ => return Err(StoreTrouble::Damaged),
    }
    let sealed: Sealed = serde_json::from_str(text).map_err(|_| StoreTrouble::Damaged)?;
    // A file from elsewhere asking billions of rounds would keep the
    // passphrase check running for ever: ours asks ITERATIONS.
    if sealed.kdf.name != KDF
        || sealed.cipher.name != CIPHER
        || !(1..=MAX_ITERATIONS).contains(&sealed.kdf.iterations)
    {
        return Err(StoreTrouble::Damaged);
    }
    sealed.parts()?;
    Ok(sealed)
}

impl Kept {
    /// The plaintext to seal.
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_string(self)
            .expect("profiles serialise")
            .into_bytes()
    }

    /// The plaintext once opened. GCM has already proved it is what was
    /// sealed, so a failure here is a store from a different app version.
    pub fn from_bytes(bytes: &[u8]) -> Result<Kept, StoreTrouble> {
        // From text, as profiles are read everywhere else: reading from
        // bytes would compile every profile reader a second time.
        let text = std::str::from_utf8(bytes).map_err(|_| StoreTrouble::Damaged)?;
        serde_json::from_str(text).map_err(|_| StoreTrouble::Damaged)
    }
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
        Sealed::new(&[7; SALT_BYTES], &[9; IV_BYTES], &[1; 40])
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
            .replace("centre-store@1", "centre-store@2");
        assert_eq!(read_sealed(&later), Err(StoreTrouble::Newer));
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
    fn a_profile_is_flagged_once_older_than_the_months_set() {
        assert!(older_than("2026-06-05T10:00:00Z", 6, "2026-12-06"));
        assert!(!older_than("2026-06-06T10:00:00Z", 6, "2026-12-06"));
        assert!(!older_than("2026-11-30T10:00:00Z", 1, "2026-12-06"));
        assert!(!older_than("not a date", 1, "2026-12-06"));
        assert!(!older_than("1", 1, "2026-12-06"));
    }
}
