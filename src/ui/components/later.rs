use yew::prelude::*;

use crate::platform::clock;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub children: Html,
}

/// Its children, rendered one task after the rest of the page: a page's
/// lower part (an explanation's breakdown, the print-out) would make the
/// tap that opens the page one long task on a slow phone. Once shown it
/// stays, so later renders are as one. Natively (the server renderer in
/// tests) it shows at once.
#[component]
pub fn Later(props: &Props) -> Html {
    let shown = use_state(|| !cfg!(target_arch = "wasm32"));
    {
        let shown = shown.clone();
        use_effect_with((), move |()| {
            if !*shown {
                yew::platform::spawn_local(async move {
                    clock::next_task().await;
                    shown.set(true);
                });
            }
        });
    }
    if *shown {
        props.children.clone()
    } else {
        Html::default()
    }
}
