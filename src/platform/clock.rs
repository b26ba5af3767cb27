//! Today's date, for telling whether a demand file has expired; timers.

/// Today as `YYYY-MM-DD` in the device's local time zone.
#[cfg(target_arch = "wasm32")]
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Today as `YYYY-MM-DD` (UTC), for native rendering and tests.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = crate::core::dates::civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Now as `2026-11-23T14:05:00Z` (UTC, whole seconds).
#[cfg(target_arch = "wasm32")]
pub fn now_utc() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    // `2026-11-23T14:05:00.123Z`: the milliseconds say nothing to a coach.
    match iso.get(..19) {
        Some(seconds) => format!("{seconds}Z"),
        None => iso,
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let since_2000 = secs.saturating_sub(946_684_800);
    crate::core::dates::format_timestamp(u32::try_from(since_2000).unwrap_or(u32::MAX))
}

/// Calls `f` once, `ms` milliseconds from now (in the browser; natively
/// never, as nothing waits there).
#[cfg(target_arch = "wasm32")]
pub fn once_after(ms: u32, f: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(ms, f).forget();
}

#[cfg(not(target_arch = "wasm32"))]
pub fn once_after(_ms: u32, _f: impl FnOnce() + 'static) {}

/// Resolves in a later task of the event loop, so that the browser can
/// paint and read input between two pieces of work (a long task freezes
/// taps on a slow phone). Natively it resolves at once.
#[cfg(target_arch = "wasm32")]
pub async fn next_task() {
    gloo::timers::future::TimeoutFuture::new(0).await;
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn next_task() {}

/// Resolves `ms` milliseconds from now (natively at once).
#[cfg(target_arch = "wasm32")]
pub async fn sleep(ms: u32) {
    gloo::timers::future::TimeoutFuture::new(ms).await;
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn sleep(_ms: u32) {}

/// Work done in slices: [`Slices::pause_if_due`] lets the browser paint and
/// read input once a slice has run [`Slices::MS`], so a long list is
/// written or read without a long task, at any length.
pub struct Slices {
    began: f64,
}

impl Slices {
    /// Half the 50 ms a task may take, for the slow phone's headroom.
    pub const MS: f64 = 25.0;

    pub fn new() -> Slices {
        Slices {
            began: crate::platform::activity::now_ms(),
        }
    }

    pub async fn pause_if_due(&mut self) {
        if crate::platform::activity::now_ms() - self.began >= Self::MS {
            next_task().await;
            self.began = crate::platform::activity::now_ms();
        }
    }
}

impl Default for Slices {
    fn default() -> Slices {
        Slices::new()
    }
}
