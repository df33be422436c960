//! The echo: what a key press in the bucket field costs Yew at least, doing the widget's job
//! (three policy documents quoting the bucket) and nothing else. The documents are Braze's
//! Currents and dashboard-export policies and one covering both, as the widget prints them.

use web_sys::HtmlInputElement;
use yew::prelude::*;

fn currents(bucket: &str) -> String {
    format!(
        r#"{{
    "Version": "2012-10-17",
    "Statement": [
        {{
            "Effect": "Allow",
            "Action": [
                "s3:ListBucket",
                "s3:GetBucketLocation"
            ],
            "Resource": [
                "arn:aws:s3:::{bucket}"
            ]
        }},
        {{
            "Effect": "Allow",
            "Action": [
                "s3:PutObject",
                "s3:GetObject"
            ],
            "Resource": [
                "arn:aws:s3:::{bucket}/*"
            ]
        }}
    ]
}}"#
    )
}

fn dashboard(bucket: &str) -> String {
    format!(
        r#"{{
    "Version": "2012-10-17",
    "Statement": [
        {{
            "Effect": "Allow",
            "Action": [
                "s3:ListBucket",
                "s3:GetBucketLocation"
            ],
            "Resource": [
                "arn:aws:s3:::{bucket}"
            ]
        }},
        {{
            "Effect": "Allow",
            "Action": [
                "s3:PutObject",
                "s3:GetObject",
                "s3:DeleteObject"
            ],
            "Resource": [
                "arn:aws:s3:::{bucket}/*"
            ]
        }}
    ]
}}"#
    )
}

fn combined(bucket: &str) -> String {
    format!(
        r#"{{
    "Version": "2012-10-17",
    "Statement": [
        {{
            "Sid": "BrazeBucketAccess",
            "Effect": "Allow",
            "Action": [
                "s3:ListBucket",
                "s3:GetBucketLocation"
            ],
            "Resource": [
                "arn:aws:s3:::{bucket}"
            ]
        }},
        {{
            "Sid": "BrazeObjectAccess",
            "Effect": "Allow",
            "Action": [
                "s3:PutObject",
                "s3:GetObject",
                "s3:DeleteObject"
            ],
            "Resource": [
                "arn:aws:s3:::{bucket}/*"
            ]
        }}
    ]
}}"#
    )
}

#[component]
fn App() -> Html {
    let bucket = use_state(|| String::from("bench-bucket"));
    let oninput = {
        let bucket = bucket.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            bucket.set(input.value());
        })
    };
    html! {
        <div class="bsc">
            <input name="bucket" value={(*bucket).clone()} {oninput} />
            <figure data-snippet="policy-currents"><pre><code>{ currents(&bucket) }</code></pre></figure>
            <figure data-snippet="policy-dashboard-export"><pre><code>{ dashboard(&bucket) }</code></pre></figure>
            <figure data-snippet="policy-combined"><pre><code>{ combined(&bucket) }</code></pre></figure>
        </div>
    }
}

fn main() {
    let root = root_element();
    yew::Renderer::<App>::with_root(root).render();
}

/// The page's `[data-url-state]` element, where the benchmark's probe looks.
fn root_element() -> web_sys::Element {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("[data-url-state]").ok().flatten())
        .expect("the echo page has its [data-url-state] element")
}
