//! Hello world in Yew 0.23: the floor under any Yew widget's size and start-up time.

use yew::prelude::*;

#[component]
fn App() -> Html {
    html! { <p class="hello">{ "Hello, world!" }</p> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
