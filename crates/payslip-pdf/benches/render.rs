//! Rendering payslip PDFs, against the product's targets: one payslip in at most 50 ms, and a run's ZIP of
//! 10,000 PDFs in at most 2 minutes (the zipping is not measured here).
//!
//! `cargo bench -p okta-hr-payslip-pdf --bench render` (add `CARGO_TARGET_DIR=...` to build apart) renders a
//! typical payslip (May 2026 for a joiner on the 5th: basic pay prorated, housing, a hidden overtime line,
//! a pension and the employer's, a bonus, an advance, a deduction, the net rounded: eight lines, seven
//! shown) `SAMPLES` times, each timed alone, and prints the median and the 99th percentile in milliseconds
//! and the median's share of the 50 ms target. As a baseline in the same run it serialises the same
//! `Payslip` to JSON with serde_json the same number of times and prints the ratio of the medians (PDF /
//! JSON). Then the same payslip in Arabic: right to left, its words shaped and set in the embedded Noto
//! Sans Arabic, subset to the glyphs used (the person's name and the lines' names stay Latin). Then the
//! same English payslip with a 300 × 100 PNG logo, decoded and deflated on every render (flat
//! colours as logos have, then a photograph-like gradient, the worst case), and last 10,000 payslips with
//! the flat logo rendered one after the other, each for another person, with the total seconds against the
//! 120 s target.

#[path = "../tests/support/mod.rs"]
mod support;

use okta_hr_payslip_pdf::{Language, Logo, PayslipDocument, render};
use std::hint::black_box;
use std::time::{Duration, Instant};

const SAMPLES: usize = 2_000;
const WARM_UP: usize = 200;
const RUN: usize = 10_000;
const TARGET_MS: f64 = 50.0;
const RUN_TARGET_S: f64 = 120.0;

/// Each of `SAMPLES` calls of `work`, timed alone, sorted.
fn timings(mut work: impl FnMut() -> usize) -> Vec<Duration> {
    for _ in 0..WARM_UP {
        black_box(work());
    }
    let mut times: Vec<Duration> = (0..SAMPLES)
        .map(|_| {
            let start = Instant::now();
            black_box(work());
            start.elapsed()
        })
        .collect();
    times.sort();
    times
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn median(times: &[Duration]) -> Duration {
    times[times.len() / 2]
}

fn p99(times: &[Duration]) -> Duration {
    times[times.len() * 99 / 100]
}

fn print(label: &str, times: &[Duration], bytes: usize) {
    println!("{label:<34} median {:>8.4} ms   p99 {:>8.4} ms   {bytes:>6} bytes", ms(median(times)), ms(p99(times)));
}

/// A 300 × 100 RGBA logo with a transparent margin: flat colours as logos have (blocks like letters), or
/// a gradient like a photograph, which is the slowest to deflate and the largest.
fn png_logo(gradient: bool) -> Vec<u8> {
    let (width, height) = (300u32, 100u32);
    let mut samples = Vec::with_capacity((width * height * 4) as usize);
    for y in 0..height {
        for x in 0..width {
            let inside = (10..290).contains(&x) && (10..90).contains(&y);
            let colour = if gradient {
                [(x * 255 / width) as u8, (y * 255 / height) as u8, 120]
            } else if (x / 30) % 2 == 0 {
                [200, 30, 40]
            } else {
                [20, 40, 120]
            };
            samples.extend(colour);
            samples.push(if inside { 255 } else { 0 });
        }
    }
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().expect("a PNG header");
    writer.write_image_data(&samples).expect("the PNG's samples");
    writer.finish().expect("a PNG");
    bytes
}

fn main() {
    let payslip = support::may_payslip();
    let document: PayslipDocument = support::document(&payslip, "Ada Lovelace", "May 2026");
    let pdf_bytes = render(&document).len();
    let json_bytes = serde_json::to_vec(&payslip).expect("JSON").len();
    println!(
        "okta-hr-payslip-pdf render: a payslip of {} lines ({} shown), {SAMPLES} samples after {WARM_UP} to warm up",
        payslip.lines.len(),
        payslip.lines.iter().filter(|line| !line.hidden).count()
    );

    let pdf = timings(|| render(black_box(&document)).len());
    print("(a) PDF, typical payslip", &pdf, pdf_bytes);
    let json = timings(|| serde_json::to_vec(black_box(&payslip)).expect("JSON").len());
    print("(b) JSON of the same Payslip", &json, json_bytes);
    println!(
        "{:<34} {:.1}% of the {TARGET_MS} ms target ({:.0}x under it)",
        "PDF median:",
        ms(median(&pdf)) / TARGET_MS * 100.0,
        TARGET_MS / ms(median(&pdf))
    );
    println!("{:<34} {:.1}", "PDF / JSON ratio (medians):", median(&pdf).as_secs_f64() / median(&json).as_secs_f64());

    let arabic = PayslipDocument { language: Language::Ar, period_label: "مايو 2026", ..document };
    let arabic_bytes = render(&arabic).len();
    let arabic_times = timings(|| render(black_box(&arabic)).len());
    print("(a') the same payslip in Arabic", &arabic_times, arabic_bytes);
    println!(
        "{:<34} {:.1}x the English median, {:.1}% of the {TARGET_MS} ms target",
        "Arabic median:",
        median(&arabic_times).as_secs_f64() / median(&pdf).as_secs_f64(),
        ms(median(&arabic_times)) / TARGET_MS * 100.0
    );

    let (logo, photo) = (png_logo(false), png_logo(true));
    let mut with_photo = document;
    with_photo.company.logo = Some(Logo { bytes: &photo });
    let mut with_logo = document;
    with_logo.company.logo = Some(Logo { bytes: &logo });
    let logo_bytes = render(&with_logo).len();
    let logo_times = timings(|| render(black_box(&with_logo)).len());
    print("(c) PDF with a 300x100 PNG logo", &logo_times, logo_bytes);
    let photo_bytes = render(&with_photo).len();
    let photo_times = timings(|| render(black_box(&with_photo)).len());
    print("(c') the logo a 300x100 gradient", &photo_times, photo_bytes);

    let names: Vec<String> = (0..RUN).map(|n| format!("Employee {n:05}")).collect();
    let start = Instant::now();
    let mut total_bytes = 0usize;
    for name in &names {
        let mut one = with_logo;
        one.employee.name = name;
        total_bytes += black_box(render(black_box(&one))).len();
    }
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "(d) {RUN} payslips with the logo, sequentially: {seconds:.2} s ({:.1}% of the {RUN_TARGET_S} s target), \
         {:.1} MB of PDF",
        seconds / RUN_TARGET_S * 100.0,
        total_bytes as f64 / 1e6
    );
}
