//! The widget's first view as HTML, written at build time by Yew's server renderer from the
//! widget's own components (docs/decisions/0006-pre-render.md), so that a reader sees the form
//! and the guide at the page's first paint, and without JavaScript.
//!
//! `prerender <dist>` (Trunk's `post_build` hook runs it through `scripts/prerender.sh`):
//! - writes `<dist>/prerender/<lang>/<integration>.<auth>.html`, and `….locked.html` for an
//!   element that also has `data-lock-integration`, for every language and preset: the
//!   fragment a docs site puts inside its element (docs/contract.md);
//! - fills each empty `[data-braze-s3-companion]` element of `<dist>/index.html` with the view
//!   of its own attributes and position, as the live widget will render it.
//!
//! Built only with the `prerender` feature (native, every language embedded).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use braze_s3_companion::app::{State, Widget, WidgetProps};
use braze_s3_companion::core::config::{AuthMethod, Integration};
use braze_s3_companion::core::query;
use braze_s3_companion::i18n::{negotiate, Locale};
use yew::{AttrValue, LocalServerRenderer};

/// The docs author's settings for one element, as the live widget reads them from its
/// attributes (`app/browser/sources.rs`).
#[derive(Clone, Debug, Default, PartialEq)]
struct Preset {
    /// `data-integration`, `data-auth`, `data-bucket`, as URL keys and values.
    pairs: Vec<(String, String)>,
    locale: Locale,
    lock_integration: bool,
    /// `data-lock-provider`.
    lock_provider: bool,
}

/// The widget's first view for `preset`: its root `<div class="bsc">` and everything in it.
/// `instance` is the element's position on its page (the ids begin `bsc<instance>-`).
async fn render(preset: &Preset, instance: usize, owns_url: bool) -> String {
    let config = query::parse(preset.pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    // What `mount.rs` gives a widget on a first visit: no save, no URL of its own.
    let props = WidgetProps {
        initial: State::new(config.clone(), config, preset.locale),
        start: Rc::default(),
        owns_url,
        instance,
        lock_integration: preset.lock_integration,
        lock_provider: preset.lock_provider,
        storage_key: AttrValue::default(),
        simulate_panic: false,
        simulate_trap: false,
    };
    LocalServerRenderer::<Widget>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// The fragment file of a preset, relative to `dist/` (docs/contract.md).
fn fragment_path(
    locale: Locale,
    integration: Integration,
    auth: AuthMethod,
    locked: bool,
) -> String {
    let locked = if locked { ".locked" } else { "" };
    format!(
        "prerender/{}/{}.{}{locked}.html",
        locale.tag(),
        integration.key(),
        auth.key()
    )
}

async fn write_fragments(dist: &Path) -> Result<usize, String> {
    let mut count = 0;
    for locale in Locale::ALL {
        for integration in Integration::ALL {
            for auth in AuthMethod::ALL {
                for locked in [false, true] {
                    let preset = Preset {
                        pairs: vec![
                            ("integration".into(), integration.key().into()),
                            ("auth".into(), auth.key().into()),
                        ],
                        locale,
                        lock_integration: locked,
                        lock_provider: false,
                    };
                    let html = render(&preset, 0, false).await;
                    let path = dist.join(fragment_path(locale, integration, auth, locked));
                    write(&path, &html)?;
                    count += 1;
                }
            }
        }
    }
    Ok(count)
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// A start tag of the page: where it ends in the text, its name and attributes.
struct Tag {
    end: usize,
    name: String,
    attributes: Vec<(String, Option<String>)>,
}

impl Tag {
    fn attribute(&self, name: &str) -> Option<Option<&str>> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_deref())
    }

    fn value(&self, name: &str) -> Option<&str> {
        self.attribute(name).flatten()
    }
}

/// Every start tag of `html`, read as an HTML parser does for the markup of our own page (a
/// minifier may drop quotes): names lowercased, `&`-entities of values decoded.
fn start_tags(html: &str) -> Vec<(usize, Tag)> {
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    let mut at = 0;
    while let Some(offset) = html[at..].find('<') {
        let start = at + offset;
        at = start + 1;
        if html[at..].starts_with("!--") {
            at = html[at..]
                .find("-->")
                .map_or(html.len(), |end| at + end + 3);
            continue;
        }
        if !bytes.get(at).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_end = html[at..]
            .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
            .map_or(html.len(), |n| at + n);
        let name = html[at..name_end].to_ascii_lowercase();
        let mut i = name_end;
        let mut attributes = Vec::new();
        loop {
            while bytes
                .get(i)
                .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
            {
                i += 1;
            }
            match bytes.get(i) {
                None => break,
                Some(b'>') => {
                    i += 1;
                    break;
                }
                Some(_) => {}
            }
            let key_end = html[i..]
                .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>')
                .map_or(html.len(), |n| i + n);
            let key = html[i..key_end].to_ascii_lowercase();
            i = key_end;
            let mut value = None;
            if bytes.get(i) == Some(&b'=') {
                i += 1;
                let (text, next) = match bytes.get(i) {
                    Some(quote @ (b'"' | b'\'')) => {
                        let close = html[i + 1..]
                            .find(*quote as char)
                            .map_or(html.len(), |n| i + 1 + n);
                        (&html[i + 1..close], (close + 1).min(html.len()))
                    }
                    _ => {
                        let close = html[i..]
                            .find(|c: char| c.is_ascii_whitespace() || c == '>')
                            .map_or(html.len(), |n| i + n);
                        (&html[i..close], close)
                    }
                };
                value = Some(decode_entities(text));
                i = next;
            }
            attributes.push((key, value));
        }
        tags.push((
            start,
            Tag {
                end: i,
                name,
                attributes,
            },
        ));
        at = i.max(at);
    }
    tags
}

fn decode_entities(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The page with each empty mount element filled with its first view.
async fn fill_page(html: &str) -> String {
    let html_lang = start_tags(html)
        .into_iter()
        .find(|(_, tag)| tag.name == "html")
        .and_then(|(_, tag)| tag.value("lang").map(str::to_owned));
    let mounts: Vec<Tag> = start_tags(html)
        .into_iter()
        .map(|(_, tag)| tag)
        .filter(|tag| tag.attribute("data-braze-s3-companion").is_some())
        .collect();
    // The one marked `data-url-state`, else the first, owns the URL (`mount.rs`).
    let owner = mounts
        .iter()
        .position(|t| t.attribute("data-url-state").is_some())
        .unwrap_or(0);
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    for (instance, tag) in mounts.iter().enumerate() {
        let close = format!("</{}>", tag.name);
        if !html[tag.end..].starts_with(&close) {
            // Not empty: the page's own content stays.
            continue;
        }
        let pairs = [
            ("data-provider", "provider"),
            ("data-integration", "integration"),
            ("data-auth", "auth"),
            ("data-bucket", "bucket"),
        ]
        .into_iter()
        .filter_map(|(attribute, key)| Some((key.to_owned(), tag.value(attribute)?.to_owned())))
        .collect();
        // `data-lang`, then `<html lang>`: what the page says (a reader's URL or browser may
        // still choose another language for the live widget).
        let locale = negotiate(
            tag.value("data-lang")
                .into_iter()
                .chain(html_lang.as_deref()),
        );
        let preset = Preset {
            pairs,
            locale,
            lock_integration: tag.attribute("data-lock-integration").is_some(),
            lock_provider: tag.attribute("data-lock-provider").is_some(),
        };
        out.push_str(&html[copied..tag.end]);
        out.push_str(&render(&preset, instance, instance == owner).await);
        copied = tag.end;
    }
    out.push_str(&html[copied..]);
    out
}

fn run(dist: &Path) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| e.to_string())?;
    // Yew's renderer runs its components' futures on the current thread.
    let local = tokio::task::LocalSet::new();
    local.block_on(&runtime, async {
        let count = write_fragments(dist).await?;
        let page = dist.join("index.html");
        let mut report = format!(
            "prerender: {count} fragments in {}",
            dist.join("prerender").display()
        );
        if page.exists() {
            let html =
                std::fs::read_to_string(&page).map_err(|e| format!("{}: {e}", page.display()))?;
            let filled = fill_page(&html).await;
            let _ = write!(
                report,
                "; {} filled (+{} bytes)",
                page.display(),
                filled.len() - html.len()
            );
            write(&page, &filled)?;
        }
        println!("{report}");
        Ok(())
    })
}

fn main() {
    let Some(dist) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender <dist dir>");
        std::process::exit(2);
    };
    if let Err(error) = run(&dist) {
        eprintln!("prerender: {error}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_mount_elements_of_a_minified_page() {
        let html = "<!doctype html><html lang=fr><body><div id=a data-braze-s3-companion \
                    data-integration=currents data-lock-integration></div><p>x</p>\
                    <div data-braze-s3-companion data-lang='en' data-bucket=\"a&amp;b\" data-url-state></div>";
        let tags: Vec<Tag> = start_tags(html).into_iter().map(|(_, t)| t).collect();
        let mounts: Vec<&Tag> = tags
            .iter()
            .filter(|t| t.attribute("data-braze-s3-companion").is_some())
            .collect();
        assert_eq!(mounts.len(), 2);
        assert_eq!(mounts[0].value("data-integration"), Some("currents"));
        assert_eq!(mounts[0].attribute("data-lock-integration"), Some(None));
        assert_eq!(mounts[1].value("data-lang"), Some("en"));
        assert_eq!(mounts[1].value("data-bucket"), Some("a&b"));
        assert_eq!(&html[mounts[0].end..mounts[0].end + 6], "</div>");
        assert_eq!(tags[0].value("lang"), Some("fr"));
    }

    #[test]
    fn fragment_names() {
        assert_eq!(
            fragment_path(
                Locale::PtBr,
                Integration::MessageArchiving,
                AuthMethod::RoleArn,
                true
            ),
            "prerender/pt-BR/message-archiving.role-arn.locked.html"
        );
    }

    #[test]
    fn a_page_about_another_provider_is_pre_rendered_with_its_place_loading() {
        // `data-provider` on a docs page: its guide comes with the sections' module (decision
        // 0010), so the pre-render shows what the live widget first shows: the place it
        // will fill, saying it is loading, and none of Amazon S3's guide.
        let html = "<!doctype html><html lang=en><body><div data-braze-s3-companion data-url-state \
                    data-provider=google-cloud-storage data-lock-provider data-bucket=acme-braze-exports></div>\
                    <div data-braze-s3-companion data-provider=azure-blob-storage \
                    data-auth=certificate-service-principal></div></body></html>";
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime");
        let page = tokio::task::LocalSet::new().block_on(&runtime, fill_page(html));
        assert_eq!(page.matches("data-lazy=\"provider\"").count(), 2);
        assert_eq!(page.matches("Loading this part of the guide").count(), 2);
        assert!(
            !page.contains("data-snippet=\"policy-"),
            "Amazon S3's guide"
        );
        // The Google widget fixed its provider: only the Azure one offers the choice.
        assert_eq!(page.matches("name=\"provider\"").count(), 3);
    }
}
