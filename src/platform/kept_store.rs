//! Where the matching centre's sealed list is kept on this device:
//! IndexedDB, whose room is a share of the disk. localStorage, where the
//! first versions kept it, holds about five million characters: some sixty
//! profiles as the app saves them, and a write past that failed without a
//! word. A list kept there is still read, and moves here when next sealed.
//! Only the sealed text is ever stored (core::centre_store).

use std::rc::Rc;

/// Where the first versions kept the list (localStorage).
pub const LEGACY_KEY: &str = "kompetenskoll.centre";

/// The sealed list as last kept or read here: what "Save the encrypted
/// list as a file" writes, at once, without reading the disk again.
pub fn current() -> Option<Rc<str>> {
    CURRENT.with(|c| c.borrow().clone())
}

thread_local! {
    static CURRENT: std::cell::RefCell<Option<Rc<str>>> = const { std::cell::RefCell::new(None) };
}

fn remember(text: Option<Rc<str>>) {
    CURRENT.with(|c| *c.borrow_mut() = text);
}

/// Whether a sealed list is kept here, without reading it: ten thousand
/// profiles are megabytes of text, and copying them into the module was a
/// long task when the centre opened, before the coach had asked for them.
pub async fn found() -> bool {
    io::holds().await || crate::platform::storage::load(LEGACY_KEY).is_some()
}

/// The sealed list kept here, if any.
pub async fn load() -> Option<Rc<str>> {
    let text: Option<Rc<str>> = match io::read().await {
        Some(text) => Some(text.into()),
        None => crate::platform::storage::load(LEGACY_KEY).map(Into::into),
    };
    remember(text.clone());
    text
}

/// Keeps `text` in place of the list kept before. False if the browser
/// refused it (no room, or no IndexedDB): the list kept before stays.
pub async fn save(text: String) -> bool {
    let text: Rc<str> = text.into();
    if !io::write(&text).await {
        return false;
    }
    crate::platform::storage::remove(LEGACY_KEY);
    remember(Some(text));
    true
}

/// Deletes the kept list.
pub async fn remove() {
    remember(None);
    crate::platform::storage::remove(LEGACY_KEY);
    io::delete().await;
}

#[cfg(target_arch = "wasm32")]
mod io {
    use js_sys::{Function, Promise};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{IdbDatabase, IdbFactory, IdbTransaction, IdbTransactionMode};

    const DATABASE: &str = "kompetenskoll";
    const STORE: &str = "centre";
    const KEY: &str = "sealed";

    fn factory() -> Option<IdbFactory> {
        web_sys::window()?.indexed_db().ok()?
    }

    /// Resolves when `listen` calls its first function, fails when its
    /// second: IndexedDB's events as a future.
    async fn settled(listen: impl FnOnce(&Function, &Function)) -> bool {
        let mut listen = Some(listen);
        let promise = Promise::new(&mut |ok, fail| {
            if let Some(listen) = listen.take() {
                listen(&ok, &fail);
            }
        });
        JsFuture::from(promise).await.is_ok()
    }

    async fn database() -> Option<IdbDatabase> {
        let open = factory()?.open_with_u32(DATABASE, 1).ok()?;
        let upgrade = Closure::<dyn FnMut()>::new({
            let open = open.clone();
            move || {
                if let Some(db) = open
                    .result()
                    .ok()
                    .and_then(|r| r.dyn_into::<IdbDatabase>().ok())
                {
                    let _ = db.create_object_store(STORE);
                }
            }
        });
        open.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        let opened = settled(|ok, fail| {
            open.set_onsuccess(Some(ok));
            open.set_onerror(Some(fail));
        })
        .await;
        open.set_onupgradeneeded(None);
        drop(upgrade);
        opened
            .then(|| open.result().ok()?.dyn_into().ok())
            .flatten()
    }

    async fn done(transaction: &IdbTransaction) -> bool {
        settled(|ok, fail| {
            transaction.set_oncomplete(Some(ok));
            transaction.set_onerror(Some(fail));
            transaction.set_onabort(Some(fail));
        })
        .await
    }

    /// What `ask` requests of the store, in a read-only transaction.
    async fn request(
        ask: impl FnOnce(&web_sys::IdbObjectStore) -> Option<web_sys::IdbRequest>,
    ) -> Option<JsValue> {
        let db = database().await?;
        let value = async {
            let transaction = db.transaction_with_str(STORE).ok()?;
            let request = ask(&transaction.object_store(STORE).ok()?)?;
            done(&transaction).await.then_some(())?;
            request.result().ok()
        }
        .await;
        db.close();
        value
    }

    pub async fn read() -> Option<String> {
        request(|store| store.get(&JsValue::from_str(KEY)).ok())
            .await?
            .as_string()
    }

    pub async fn holds() -> bool {
        request(|store| store.count_with_key(&JsValue::from_str(KEY)).ok())
            .await
            .and_then(|count| count.as_f64())
            .is_some_and(|count| count > 0.0)
    }

    async fn change(write: impl FnOnce(&web_sys::IdbObjectStore) -> bool) -> bool {
        let Some(db) = database().await else {
            return false;
        };
        let written = async {
            let transaction = db
                .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
                .ok()?;
            write(&transaction.object_store(STORE).ok()?).then_some(())?;
            done(&transaction).await.then_some(())
        }
        .await
        .is_some();
        db.close();
        written
    }

    pub async fn write(text: &str) -> bool {
        change(|store| {
            store
                .put_with_key(&JsValue::from_str(text), &JsValue::from_str(KEY))
                .is_ok()
        })
        .await
    }

    pub async fn delete() {
        change(|store| store.delete(&JsValue::from_str(KEY)).is_ok()).await;
    }
}

/// Natively, a value on the calling thread, so the components that keep
/// the list render and run in `cargo test`.
#[cfg(not(target_arch = "wasm32"))]
mod io {
    use std::cell::RefCell;

    thread_local! {
        static KEPT: RefCell<Option<String>> = const { RefCell::new(None) };
    }

    pub async fn read() -> Option<String> {
        KEPT.with(|k| k.borrow().clone())
    }

    pub async fn holds() -> bool {
        KEPT.with(|k| k.borrow().is_some())
    }

    pub async fn write(text: &str) -> bool {
        KEPT.with(|k| *k.borrow_mut() = Some(text.to_owned()));
        true
    }

    pub async fn delete() {
        KEPT.with(|k| *k.borrow_mut() = None);
    }
}
