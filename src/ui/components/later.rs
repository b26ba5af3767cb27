use yew::prelude::*;

use crate::platform::clock;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub children: Html,
}

/// False on the first render, true from a task later: what renders on it
/// comes a task after the rest, so the tap or start that renders them is
/// two short tasks on a slow phone rather than one long one. Once true it
/// stays, so later renders are as one. Natively (the server renderer in
/// tests) it is true at once.
#[hook]
pub fn use_later() -> bool {
    let shown = use_state(|| !cfg!(target_arch = "wasm32"));
    {
        let shown = shown.clone();
        use_effect_with((), move |()| {
            if !*shown {
                clock::once_after(0, move || shown.set(true));
            }
        });
    }
    *shown
}

/// Its children, rendered one task after the rest of the page
/// ([`use_later`]): a page's lower part (an explanation's breakdown, the
/// print-out) would make the tap that opens the page one long task.
#[component]
pub fn Later(props: &Props) -> Html {
    if use_later() {
        props.children.clone()
    } else {
        Html::default()
    }
}
