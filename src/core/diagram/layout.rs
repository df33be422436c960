//! Where the picture's boxes, arrows and lines sit, once their texts are in the reader's
//! language. One column, top to bottom, in a coordinate box [`WIDTH`] wide that the page
//! scales to the widget's width: a phone of 360 px shows it whole. A text wider than its room
//! wraps (labels, up to [`LABEL_LINES`] lines) or is cut with an ellipsis (values: one line);
//! the picture's title and description keep every value whole.
//!
//! SVG text does not wrap, and the core measures no font: widths are estimated per character,
//! never below what a usual font draws, so that a cut line never runs out of its box. The
//! reader's words take DejaVu Sans's width of each character (the widest of the usual
//! interface fonts: `W` is 0.99 em, `m` 0.97 em), 5 % more; a character it does not list takes
//! 1.1 em, more than any Latin one; a CJK character is a full em, two half-width cells; a
//! value, in a monospace font, 0.61 em per character and two of them for a CJK one.

/// Width of the picture, in its own units (the view's `viewBox`).
pub const WIDTH: f32 = 320.0;
/// Font sizes, in the picture's units (the stylesheet sets the same on each text class).
pub const LABEL_SIZE: f32 = 14.0;
pub const CODE_SIZE: f32 = 13.0;
/// Distance between two lines' baselines.
pub const LINE_HEIGHT: f32 = 18.0;
/// Most lines one label wraps onto; the last is cut with an ellipsis.
pub const LABEL_LINES: usize = 3;
/// The arrows' shaft, from the left edge.
pub const ARROW_X: f32 = 26.0;
/// Where an arrow's texts start.
const ARROW_TEXT_X: f32 = 46.0;
const EDGE: f32 = 1.0;
const PAD_X: f32 = 10.0;
const PAD_Y: f32 = 8.0;
/// Below the last baseline of a part: room for descenders.
const DESCENT: f32 = 5.0;
const ELLIPSIS: char = '…';

/// How a line is written: the reader's words, a value, or a placeholder for a missing value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Label,
    Code,
    Placeholder,
}

impl Style {
    fn size(self) -> f32 {
        match self {
            Style::Label => LABEL_SIZE,
            Style::Code | Style::Placeholder => CODE_SIZE,
        }
    }

    /// Values keep to one line: a broken ARN or ID reads as two.
    fn max_lines(self) -> usize {
        match self {
            Style::Label => LABEL_LINES,
            Style::Code | Style::Placeholder => 1,
        }
    }

    fn monospace(self) -> bool {
        !matches!(self, Style::Label)
    }
}

/// A part to place: a box or an arrow, with its lines in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    pub arrow: bool,
    pub lines: Vec<(Style, String)>,
}

/// One line of text, where its baseline starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub x: f32,
    pub y: f32,
    pub style: Style,
    pub text: String,
}

/// A placed part: a box (`x`, `y`, `width`, `height`) or an arrow from `y` down to
/// `y + height` at [`ARROW_X`].
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub arrow: bool,
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
    pub texts: Vec<Text>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub width: f32,
    pub height: f32,
    pub parts: Vec<Placed>,
}

/// Is `c` drawn a full em wide (CJK ideographs, kana, Hangul, full-width forms)?
fn wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA960..=0xA97F | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// DejaVu Sans's advance width of each printable ASCII character, space to `~`, in
/// thousandths of an em (its `hmtx` table; the same in Chromium's `measureText`).
const SANS_ASCII: [u16; 95] = [
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, // ' '../
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, // 0..?
    1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, // @..O
    603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, // P.._
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, // `..o
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838, // p..~
];

/// The letters U+00C0 to U+00FF (`À` to `ÿ`) are as wide as their letter without the accent;
/// `*` marks those without one (`Æ`, `×`, `ß`…), which count as [`OTHER_EM`].
const LATIN1_LETTERS: &[u8; 64] =
    b"AAAAAA*CEEEEIIIIDNOOOOO*OUUUUY**aaaaaa*ceeeeiiiidnooooo*ouuuuy*y";

/// Any character the estimates do not list: wider than every Latin letter (`Œ` is 1.07 em).
const OTHER_EM: f32 = 1.1;
/// Over DejaVu Sans, for the interface fonts of other systems and their versions.
const SANS_MARGIN: f32 = 1.05;
/// One character of a monospace font (DejaVu Sans Mono: 0.602 em).
const MONO_EM: f32 = 0.61;

/// The width of `c` in the reader's font, in ems, before [`SANS_MARGIN`].
fn sans_em(c: char) -> f32 {
    let ascii_em = |b: u8| f32::from(SANS_ASCII[usize::from(b - b' ')]) / 1000.0;
    match c {
        ' '..='~' => ascii_em(c as u8),
        // No-break, thin and narrow spaces (French puts them before `:`), quotation marks.
        '\u{a0}' | '\u{2009}' | '\u{200a}' | '\u{202f}' => ascii_em(b' '),
        '\u{ab}' | '\u{bb}' => 0.62,
        '\u{2018}'..='\u{201f}' => 0.52,
        '\u{c0}'..='\u{ff}' => match LATIN1_LETTERS[c as usize - 0xC0] {
            b'*' => OTHER_EM,
            base => ascii_em(base),
        },
        _ => OTHER_EM,
    }
}

/// The estimated width of `c`, in ems: never narrower than a usual font draws it.
fn em(c: char, monospace: bool) -> f32 {
    match (wide(c), monospace) {
        (true, true) => 2.0 * MONO_EM,
        (true, false) => SANS_MARGIN,
        // Monospace fonts draw the Latin alphabets; anything else falls back to another font.
        (false, true) if (c as u32) < 0x250 => MONO_EM,
        (false, true) => OTHER_EM,
        (false, false) => SANS_MARGIN * sans_em(c),
    }
}

/// The estimated width of `text` in `style`, in the picture's units.
pub fn width(text: &str, style: Style) -> f32 {
    text.chars().map(|c| em(c, style.monospace())).sum::<f32>() * style.size()
}

/// `text` cut at the end so that it and an ellipsis fit in `room`.
fn ellipsize(text: &str, style: Style, room: f32) -> String {
    let budget = room - width(&ELLIPSIS.to_string(), style);
    let mut out = String::new();
    let mut used = 0.0;
    for c in text.chars() {
        let w = em(c, style.monospace()) * style.size();
        if used + w > budget {
            break;
        }
        used += w;
        out.push(c);
    }
    let mut out = out.trim_end().to_owned();
    out.push(ELLIPSIS);
    out
}

/// Pieces a line may break after: a word with its spaces, or one wide character.
fn pieces(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut after_space = false;
    for c in text.chars() {
        if (wide(c) || (after_space && c != ' ')) && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        current.push(c);
        after_space = c == ' ';
        if wide(c) {
            out.push(std::mem::take(&mut current));
            after_space = false;
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// `text` as at most `style`'s number of lines, none wider than `room`: wrapped between
/// words (or between any two CJK characters), a word too long for a line broken inside it,
/// and the last line cut with an ellipsis when the text does not fit.
pub fn fit(text: &str, style: Style, room: f32) -> Vec<String> {
    let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return Vec::new();
    }
    let max_lines = style.max_lines();
    let mut lines: Vec<String> = vec![String::new()];
    for piece in pieces(&text) {
        let line = lines.last_mut().expect("one line at least");
        let candidate = format!("{line}{piece}");
        if width(candidate.trim_end(), style) <= room {
            *line = candidate;
            continue;
        }
        if !line.trim().is_empty() {
            lines.push(String::new());
        }
        // The piece alone: broken inside where it is wider than a line.
        for c in piece.chars() {
            let line = lines.last_mut().expect("one line at least");
            let candidate = format!("{line}{c}");
            if width(candidate.trim_end(), style) <= room || line.is_empty() {
                *line = candidate;
            } else {
                lines.push(c.to_string());
            }
        }
    }
    let mut lines: Vec<String> = lines.into_iter().map(|l| l.trim_end().to_owned()).collect();
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = lines.last_mut().expect("max_lines is at least one");
        *last = ellipsize(last, style, room);
    }
    lines
}

/// Places `parts` top to bottom, an arrow between two boxes.
pub fn layout(parts: &[Input]) -> Layout {
    let mut y = EDGE;
    let mut placed = Vec::new();
    for part in parts {
        let (x, text_x) = if part.arrow {
            (ARROW_X, ARROW_TEXT_X)
        } else {
            (EDGE, EDGE + PAD_X)
        };
        let room = WIDTH - EDGE - PAD_X - text_x;
        let mut texts = Vec::new();
        let mut baseline = y + PAD_Y;
        for (style, text) in &part.lines {
            for line in fit(text, *style, room) {
                baseline += LINE_HEIGHT;
                texts.push(Text {
                    x: text_x,
                    y: baseline - DESCENT,
                    style: *style,
                    text: line,
                });
            }
        }
        let height = baseline + PAD_Y - y;
        placed.push(Placed {
            arrow: part.arrow,
            x,
            y,
            width: if part.arrow { 0.0 } else { WIDTH - 2.0 * EDGE },
            height,
            texts,
        });
        y += height;
    }
    Layout {
        width: WIDTH,
        height: y + EDGE,
        parts: placed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_one_line() {
        assert_eq!(fit("S3 bucket", Style::Label, 200.0), vec!["S3 bucket"]);
    }

    #[test]
    fn words_wrap_and_cjk_breaks_between_characters() {
        let lines = fit("permission policy braze-s3 allows", Style::Label, 120.0);
        assert!(lines.len() > 1, "{lines:?}");
        assert!(lines.iter().all(|l| width(l, Style::Label) <= 120.0));
        let lines = fit("アクセス許可ポリシーが許可する操作", Style::Label, 100.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| width(l, Style::Label) <= 100.0));
    }

    #[test]
    fn a_long_value_is_cut_with_an_ellipsis() {
        let lines = fit(&"a".repeat(200), Style::Code, 150.0);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].ends_with('…'));
        assert!(width(&lines[0], Style::Code) <= 150.0);
    }
}
