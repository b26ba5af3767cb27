//! The domain core: no yew, no web-sys, nothing that needs a browser.
