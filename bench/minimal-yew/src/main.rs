use yew::prelude::*;

#[component]
fn App() -> Html {
    let count = use_state(|| 0);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    html! { <main><h1>{ "Hej" }</h1><button {onclick}>{ *count }</button></main> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
