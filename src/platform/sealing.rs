//! Sealing the matching centre's list with the coach's passphrase, through
//! the browser's WebCrypto (core::centre_store has the format): PBKDF2 with
//! SHA-256 derives a non-extractable AES-GCM key, which stays in this tab's
//! memory while the list is open, so each change is sealed again without
//! asking; locking or deleting forgets it. WebCrypto works off the main
//! thread, so the 600,000 iterations never block a tap.

use crate::core::centre_store::StoreTrouble;
#[cfg(not(target_arch = "wasm32"))]
use crate::core::centre_store::{Kept, Sealed};

/// Why a sealed store did not open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenError {
    /// The cipher refused the key: the passphrase is not this store's (or
    /// a byte of it changed, which GCM cannot tell apart).
    WrongPassphrase,
    Trouble(StoreTrouble),
    /// No WebCrypto here (an insecure origin, or outside a browser).
    Unavailable,
}

#[cfg(target_arch = "wasm32")]
mod web {
    use std::cell::RefCell;

    use js_sys::{Array, Uint8Array};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

    use super::OpenError;
    use crate::core::centre_store::{Kept, Parts, Sealed, ITERATIONS, IV_BYTES, SALT_BYTES};

    thread_local! {
        /// The open list's key and the salt it was derived with.
        static OPEN: RefCell<Option<(CryptoKey, Vec<u8>)>> = const { RefCell::new(None) };
    }

    fn crypto() -> Option<web_sys::Crypto> {
        web_sys::window()?.crypto().ok()
    }

    fn subtle() -> Option<SubtleCrypto> {
        Some(crypto()?.subtle())
    }

    fn random(n: usize) -> Option<Vec<u8>> {
        let mut bytes = vec![0; n];
        crypto()?.get_random_values_with_u8_array(&mut bytes).ok()?;
        Some(bytes)
    }

    async fn derive(passphrase: &str, salt: &[u8], iterations: u32) -> Option<CryptoKey> {
        let subtle = subtle()?;
        let secret = Uint8Array::from(passphrase.as_bytes());
        let usages = Array::of1(&JsValue::from_str("deriveKey"));
        let base = subtle
            .import_key_with_str("raw", &secret, "PBKDF2", false, &usages)
            .ok()?;
        let base: CryptoKey = JsFuture::from(base).await.ok()?.dyn_into().ok()?;
        let params = Pbkdf2Params::new(
            "PBKDF2",
            &JsValue::from_str("SHA-256"),
            iterations,
            &Uint8Array::from(salt),
        );
        let usages = Array::of2(&JsValue::from_str("encrypt"), &JsValue::from_str("decrypt"));
        let key = subtle
            .derive_key_with_object_and_object(
                &params,
                &base,
                &AesDerivedKeyParams::new("AES-GCM", 256),
                false,
                &usages,
            )
            .ok()?;
        JsFuture::from(key).await.ok()?.dyn_into().ok()
    }

    async fn encrypt(key: &CryptoKey, salt: &[u8], plain: &[u8]) -> Option<Sealed> {
        let iv = random(IV_BYTES)?;
        let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv.as_slice()));
        let sealed = subtle()?
            .encrypt_with_object_and_u8_array(&params, key, plain)
            .ok()?;
        let bytes = JsFuture::from(sealed).await.ok()?;
        Some(Sealed::new(salt, &iv, &Uint8Array::new(&bytes).to_vec()))
    }

    pub async fn seal_new(passphrase: &str, kept: &Kept) -> Option<Sealed> {
        let salt = random(SALT_BYTES)?;
        let key = derive(passphrase, &salt, ITERATIONS).await?;
        let sealed = encrypt(&key, &salt, &kept.to_bytes()).await?;
        OPEN.with(|open| *open.borrow_mut() = Some((key, salt)));
        Some(sealed)
    }

    pub async fn seal_again(kept: &Kept) -> Option<Sealed> {
        let (key, salt) = OPEN.with(|open| open.borrow().clone())?;
        encrypt(&key, &salt, &kept.to_bytes()).await
    }

    pub async fn open(passphrase: &str, sealed: &Sealed) -> Result<Kept, OpenError> {
        let Parts { salt, iv, data } = sealed.parts().map_err(OpenError::Trouble)?;
        let key = derive(passphrase, &salt, sealed.kdf.iterations)
            .await
            .ok_or(OpenError::Unavailable)?;
        let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv.as_slice()));
        let plain = subtle()
            .ok_or(OpenError::Unavailable)?
            .decrypt_with_object_and_u8_array(&params, &key, &data)
            .map_err(|_| OpenError::Unavailable)?;
        let plain = JsFuture::from(plain)
            .await
            .map_err(|_| OpenError::WrongPassphrase)?;
        let kept =
            Kept::from_bytes(&Uint8Array::new(&plain).to_vec()).map_err(OpenError::Trouble)?;
        OPEN.with(|open| *open.borrow_mut() = Some((key, salt)));
        Ok(kept)
    }

    pub fn forget() {
        OPEN.with(|open| *open.borrow_mut() = None);
    }

    pub fn is_open() -> bool {
        OPEN.with(|open| open.borrow().is_some())
    }
}

#[cfg(target_arch = "wasm32")]
pub use web::{forget, is_open, open, seal_again, seal_new};

/// Natively there is no WebCrypto: nothing seals or opens.
#[cfg(not(target_arch = "wasm32"))]
pub async fn seal_new(_passphrase: &str, _kept: &Kept) -> Option<Sealed> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn seal_again(_kept: &Kept) -> Option<Sealed> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn open(_passphrase: &str, _sealed: &Sealed) -> Result<Kept, OpenError> {
    Err(OpenError::Unavailable)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn forget() {}

#[cfg(not(target_arch = "wasm32"))]
pub fn is_open() -> bool {
    false
}
