//! The wildcard floor from the command line, for `tests/lint/wildcards_parliament.py`: reads
//! pairs of ARN patterns, one pair a line (`<pattern>\t<pattern>`), and prints for each whether
//! some ARN matches both (`1`) or none does (`0`), by `core::wildcard::sets::intersects`.
//!
//! `cargo run --example wildcards < pairs.tsv`

use std::io::{self, BufRead, Write};

use braze_s3_companion::core::wildcard::sets::{intersects, Budget};
use braze_s3_companion::core::wildcard::{Glob, Variables};

fn main() {
    let stdin = io::stdin();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let Some((a, b)) = line.split_once('\t') else {
            continue;
        };
        let (a, _) = Glob::arn(a, Variables::Literal);
        let (b, _) = Glob::arn(b, Variables::Literal);
        let answer = match intersects(&a, &b, &Budget::default()) {
            Some(true) => "1",
            Some(false) => "0",
            None => "?",
        };
        let _ = writeln!(out, "{answer}");
    }
}
