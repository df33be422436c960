//! The picture "who may do what" (`[data-diagram]`): the core's diagram, its texts in the
//! reader's language, placed by `core::diagram::layout` and drawn as one `<svg role="img">`
//! whose `<title>` and `<desc>` say what it shows. Colours and fonts come from the stylesheet
//! (classes only: no inline style under the page's CSP).

use std::rc::Rc;

use yew::prelude::*;

use crate::app::l10n::Ui;
use crate::core::diagram::layout::{self, Input, Layout, Style, ARROW_X};
use crate::core::diagram::{Diagram, Line, Part, Shown};
use crate::msg;

/// Numbers as SVG attributes: at most one decimal. Written from whole tenths: formatting a
/// float would bring its printing code (about 4 kB of the compressed wasm) for this alone.
fn num(value: f32) -> AttrValue {
    let tenths = (value * 10.0).round() as i32;
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.abs() / 10, tenths.abs() % 10);
    AttrValue::from(if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    })
}

/// What both copies of the picture draw, laid out once per change of the diagram or of the
/// language (`widget.rs` keeps it): the texts in the reader's language, placed.
#[derive(PartialEq)]
pub struct Drawing {
    pub diagram: Rc<Diagram>,
    placed: Layout,
    description: String,
}

impl Drawing {
    pub fn new(ui: &Ui, diagram: Rc<Diagram>) -> Self {
        let l = &ui.l;
        let inputs: Vec<Input> = diagram
            .parts
            .iter()
            .map(|part| Input {
                arrow: matches!(part, Part::Arrow { .. }),
                lines: part
                    .lines()
                    .iter()
                    .map(|line| match line {
                        Line::Label(m) => (Style::Label, l.t(m).to_string()),
                        Line::Code(Shown::Value(v)) => (Style::Code, v.clone()),
                        Line::Code(Shown::Placeholder(m)) => {
                            (Style::Placeholder, l.t(m).to_string())
                        }
                    })
                    .collect(),
            })
            .collect();
        let description = diagram
            .description
            .iter()
            .map(|m| l.t(m).to_string())
            .collect::<Vec<_>>()
            .join(" ");
        Self {
            placed: layout::layout(&inputs),
            diagram,
            description,
        }
    }
}

/// A function, not a component: it re-renders with the widget's state (the form's and the
/// trust step's copies, from one [`Drawing`]). `place` keeps the element ids of the two copies
/// apart and is the value of `data-diagram`.
pub fn diagram_view(ui: &Ui, drawing: &Drawing, place: &'static str) -> Html {
    let (l, prefix) = (&ui.l, &ui.prefix);
    let (diagram, placed) = (&drawing.diagram, &drawing.placed);
    let title_id = prefix.id(&format!("diagram-{place}-title"));
    let desc_id = prefix.id(&format!("diagram-{place}-desc"));
    let description = drawing.description.clone();
    let kinds = diagram.parts.iter().map(|part| match part {
        Part::Node { kind, .. } => Some(kind.key()),
        Part::Arrow { .. } => None,
    });
    let shapes = placed.parts.iter().zip(kinds).map(|(part, kind)| {
        let texts = part.texts.iter().map(|t| {
            let class = match t.style {
                Style::Label => "bsc-diagram-label",
                Style::Code => "bsc-diagram-code",
                Style::Placeholder => "bsc-diagram-placeholder",
            };
            html! { <text class={class} x={num(t.x)} y={num(t.y)}>{ t.text.clone() }</text> }
        });
        let (top, bottom) = (part.y, part.y + part.height);
        let shape = match kind {
            // Four sides, not a `<rect>`: no shape lies under the texts, so they sit on the
            // widget's background, for the reader and for a contrast checker (axe takes a
            // rectangle's box for something above its text).
            Some(kind) => {
                let class = classes!("bsc-diagram-box", format!("bsc-diagram-box--{kind}"));
                let (left, right) = (part.x, part.x + part.width);
                let sides = [
                    (left, top, right, top),
                    (right, top, right, bottom),
                    (right, bottom, left, bottom),
                    (left, bottom, left, top),
                ];
                html! {
                    <>{ for sides.iter().map(|(x1, y1, x2, y2)| html! {
                        <line class={class.clone()} x1={num(*x1)} y1={num(*y1)}
                            x2={num(*x2)} y2={num(*y2)} />
                    }) }</>
                }
            }
            None => {
                let head = format!(
                    "{},{} {},{} {},{}",
                    num(ARROW_X - 6.0),
                    num(bottom - 9.0),
                    num(ARROW_X + 6.0),
                    num(bottom - 9.0),
                    num(ARROW_X),
                    num(bottom)
                );
                html! {
                    <>
                        <line class="bsc-diagram-shaft" x1={num(ARROW_X)} y1={num(top)}
                            x2={num(ARROW_X)} y2={num(bottom - 8.0)} />
                        <polygon class="bsc-diagram-head" points={head} />
                    </>
                }
            }
        };
        html! { <g>{ shape }{ for texts }</g> }
    });
    html! {
        <figure class="bsc-diagram" data-diagram={place}>
            <figcaption class="bsc-diagram-caption">{ l.t(&msg!("diagram-caption")) }</figcaption>
            <svg role="img" viewBox={format!("0 0 {} {}", num(placed.width), num(placed.height))}
                aria-labelledby={title_id.clone()} aria-describedby={desc_id.clone()}
                data-auth={diagram.auth}>
                <title id={title_id}>{ l.t(&diagram.title) }</title>
                <desc id={desc_id}>{ description }</desc>
                { for shapes }
            </svg>
        </figure>
    }
}
