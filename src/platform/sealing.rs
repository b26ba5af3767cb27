//! Sealing the matching centre's list with the coach's passphrase, through
//! the browser's WebCrypto (core::centre_store has the format): PBKDF2 with
//! SHA-256 derives a non-extractable AES-GCM key, which stays in this tab's
//! memory while the list is open, so each change is sealed again without
//! asking; locking or deleting forgets it. WebCrypto derives the key off
//! the main thread, so the 600,000 iterations never block a tap (Chromium
//! runs AES-GCM itself on the page's thread: ~60 ms for 5 MB at 4x CPU,
//! what is left of a long list's task). The plaintext is
//! deflated before it is sealed and inflated once opened, by the browser's
//! own Compression Streams (no deflate code in the wasm, and the work is
//! done a piece at a time).

#[cfg(not(target_arch = "wasm32"))]
use crate::core::centre_store::Sealed;
use crate::core::centre_store::StoreTrouble;

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
    use wasm_bindgen::prelude::wasm_bindgen;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{
        AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, ReadableStreamDefaultReader,
        ReadableStreamReadResult, SubtleCrypto, TransformStream,
    };

    use super::OpenError;
    use crate::core::centre_store::{
        Parts, Sealed, StoreTrouble, ITERATIONS, IV_BYTES, SALT_BYTES,
    };

    // Compression Streams are in every browser the app supports, but only
    // among web-sys's unstable APIs: their constructors here, the rest as
    // the transform streams they are.
    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_name = CompressionStream)]
        type Deflating;
        #[wasm_bindgen(constructor, catch, js_class = "CompressionStream")]
        fn new(format: &str) -> Result<Deflating, JsValue>;

        #[wasm_bindgen(js_name = DecompressionStream)]
        type Inflating;
        #[wasm_bindgen(constructor, catch, js_class = "DecompressionStream")]
        fn new(format: &str) -> Result<Inflating, JsValue>;
    }

    /// `pieces` through a compression stream's two ends, written one a
    /// task and read out in the pieces it gives: deflating the whole
    /// of a long list at once took over a second on a slow phone, and
    /// growing one buffer for what comes out, copied each time it grew,
    /// another 80 ms.
    async fn through(
        stream: TransformStream,
        pieces: impl Iterator<Item = Uint8Array>,
    ) -> Option<Vec<Vec<u8>>> {
        let writer = stream.writable().get_writer().ok()?;
        let reader: ReadableStreamDefaultReader = stream.readable().get_reader().unchecked_into();
        let written = async {
            for piece in pieces {
                JsFuture::from(writer.write_with_chunk(&piece)).await.ok()?;
                crate::platform::clock::next_task().await;
            }
            JsFuture::from(writer.close()).await.ok()
        };
        let read = async {
            let mut out = Vec::new();
            loop {
                let chunk: ReadableStreamReadResult =
                    JsFuture::from(reader.read()).await.ok()?.unchecked_into();
                if chunk.get_done().unwrap_or(true) {
                    return Some(out);
                }
                out.push(chunk.get_value().dyn_into::<Uint8Array>().ok()?.to_vec());
            }
        };
        let (written, read) = futures::join!(written, read);
        written.and(read)
    }

    /// Raw DEFLATE (RFC 1951), as core::centre_store's version 2 has it.
    async fn deflate(bytes: &[u8]) -> Option<Vec<u8>> {
        let stream = Deflating::new("deflate-raw").ok()?.unchecked_into();
        // Each piece copied out of the wasm as it is written.
        let pieces = bytes.chunks(128 << 10).map(Uint8Array::from);
        Some(through(stream, pieces).await?.concat())
    }

    /// `bytes` as the browser handed them over, never copied whole into
    /// the wasm: each piece is a view of them.
    async fn inflate(bytes: &Uint8Array) -> Option<Vec<Vec<u8>>> {
        let stream = Inflating::new("deflate-raw").ok()?.unchecked_into();
        // A list deflates to a tenth or a twentieth of its size.
        const PIECE: u32 = 8 << 10;
        let length = bytes.length();
        let pieces = (0..length)
            .step_by(PIECE as usize)
            .map(|start| bytes.subarray(start, length.min(start + PIECE)));
        through(stream, pieces).await
    }

    thread_local! {
        /// The open list's key, and the salt and rounds it was derived with
        /// (a list brought in may ask other rounds than this version's).
        static OPEN: RefCell<Option<(CryptoKey, Vec<u8>, u32)>> = const { RefCell::new(None) };
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

    async fn encrypt(
        key: &CryptoKey,
        salt: &[u8],
        iterations: u32,
        plain: &[u8],
    ) -> Option<Sealed> {
        let iv = random(IV_BYTES)?;
        let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv.as_slice()));
        let sealed = subtle()?
            .encrypt_with_object_and_u8_array(&params, key, plain)
            .ok()?;
        let bytes = JsFuture::from(sealed).await.ok()?;
        Some(Sealed::new(
            salt,
            iterations,
            &iv,
            &Uint8Array::new(&bytes).to_vec(),
        ))
    }

    pub async fn seal_new(passphrase: &str, plain: &[u8]) -> Option<Sealed> {
        let salt = random(SALT_BYTES)?;
        let key = derive(passphrase, &salt, ITERATIONS).await?;
        let sealed = encrypt(&key, &salt, ITERATIONS, &deflate(plain).await?).await?;
        OPEN.with(|open| *open.borrow_mut() = Some((key, salt, ITERATIONS)));
        Some(sealed)
    }

    pub async fn seal_again(plain: &[u8]) -> Option<Sealed> {
        let (key, salt, iterations) = OPEN.with(|open| open.borrow().clone())?;
        encrypt(&key, &salt, iterations, &deflate(plain).await?).await
    }

    /// The plaintext of `sealed`, inflated where its version deflates it,
    /// in the pieces the browser gave it (a line may run over two).
    pub async fn open(passphrase: &str, sealed: &Sealed) -> Result<Vec<Vec<u8>>, OpenError> {
        let Parts { salt, iv, data } = sealed.parts().map_err(OpenError::Trouble)?;
        // Decoding a long list's ciphertext is a task's work of its own.
        crate::platform::clock::next_task().await;
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
        let plain = Uint8Array::new(&plain);
        let plain = if sealed.holds_lines() {
            inflate(&plain)
                .await
                .ok_or(OpenError::Trouble(StoreTrouble::Damaged))?
        } else {
            vec![plain.to_vec()]
        };
        OPEN.with(|open| *open.borrow_mut() = Some((key, salt, sealed.kdf.iterations)));
        Ok(plain)
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
pub async fn seal_new(_passphrase: &str, _plain: &[u8]) -> Option<Sealed> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn seal_again(_plain: &[u8]) -> Option<Sealed> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn open(_passphrase: &str, _sealed: &Sealed) -> Result<Vec<Vec<u8>>, OpenError> {
    Err(OpenError::Unavailable)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn forget() {}

#[cfg(not(target_arch = "wasm32"))]
pub fn is_open() -> bool {
    false
}
