//! A computed payslip ([`okta_hr_payroll::compute::Payslip`]) rendered as an A4 PDF the person can keep:
//! the company (and its logo), the period and the pay date, who is paid, the lines grouped as earnings,
//! deductions and advances, each with its explanation ("3,000.00 × 19/21 days") in small grey print under
//! its name and its amount on the right, how gross becomes net pay, the employer's contributions apart
//! (paid by the employer, not taken from the pay), the days behind the proration and the year to date.
//! Lines marked hidden are left out. Many lines go on over further pages, under a running head and the
//! column heads again; every page's footer names the person and the page.
//!
//! ```no_run
//! # fn example(payslip: &okta_hr_payroll::compute::Payslip) {
//! use okta_hr_payslip_pdf::{Company, Employee, Language, PayslipDocument, YearToDate, render};
//! let pdf: Vec<u8> = render(&PayslipDocument {
//!     company: Company { name: "Acme", address: &["1 Main Street"], logo: None },
//!     employee: Employee { name: "Ada", number: "0042", department: None, job_title: None, bank_account: None },
//!     period_label: "December 2026",
//!     pay_date: chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
//!     payslip,
//!     year_to_date: YearToDate::default(),
//!     language: Language::De,
//! });
//! # }
//! ```
//!
//! Choices:
//! - **Pure and deterministic.** No I/O and no clock: the document information has a title and a
//!   producer but no dates, objects are numbered by position, no file id is written and an embedded
//!   font's subset tag is derived from its glyphs, so the same document renders to the same bytes (a
//!   payslip sent twice is the same file, and tests can compare).
//! - **`pdf-writer`**, the typst project's low-level writer: it writes objects and content streams
//!   straight into a buffer, so this crate decides the layout (a cursor down A4 pages, `layout.rs`) and a
//!   payslip takes well under a millisecond, which a run of ten thousand needs.
//! - **The standard fonts**, Helvetica and Helvetica-Bold, which every reader has: no font file to embed
//!   or license, small files. Text is written in Windows-1252 (`WinAnsiEncoding`) and measured with
//!   Adobe's widths (`fonts.rs`) to right-align amounts and wrap long names and explanations. Characters
//!   outside Windows-1252 become the nearest Latin letter or "?" (`text.rs`). A left-to-right payslip
//!   (English, German, French, Spanish, Portuguese) uses nothing else.
//! - **Arabic embeds Noto Sans Arabic** (Regular and Bold, SIL Open Font License, `fonts/` with
//!   `OFL.txt`), as no standard font has Arabic letters. Its text is ordered with the Unicode bidi
//!   algorithm (`unicode-bidi`) and shaped with rustybuzz, HarfBuzz's algorithm (joining forms, the
//!   lam-alef ligature, marks) (`shaping.rs`); the page is laid out from the right (`layout.rs`); Latin
//!   names and figures (Western digits) stay in Helvetica. Only the glyphs used are embedded, subset by
//!   `subsetter`, as a Type0 font with a `/ToUnicode` map (`embedded_font.rs`), so the text copies out as
//!   written. The cost: the two fonts add 0.5 MB to the binary (`include_bytes!`) and to the repository;
//!   a typical Arabic payslip is some 30 KB (the two subsets about 10 KB each, every glyph placed on its
//!   own) against 2.5 KB in English, and renders in about 2 ms against 0.12 ms (shaping, subsetting and
//!   deflating the subsets), still far inside the 50 ms a payslip may take. Other non-Latin scripts
//!   (Cyrillic, Greek, CJK) would need fonts of their own.
//! - **Its own words** (headings, labels, the footer, the months of the period) come from the product's
//!   catalogue, `locales/<language>/payslip-pdf.ftl`, in the document's language (`words.rs`).
//! - **The logo** is optional and never fails the payslip: a JPEG goes in as it is, a PNG is decoded
//!   (`png`) and deflated again (`miniz_oxide`); anything unreadable is left off (`logo.rs`).
//! - **Figures are payroll's**: amounts are written with `okta_hr_payroll::component::format_amount` at
//!   the decimals payroll rounded them to, as the app writes them; dates as ISO 8601 until dates are
//!   translated.
//!
//! Rendering cannot fail: every text can be written (perhaps with "?"), every amount formatted, and a
//! logo that cannot be read is left off; so [`render`] returns the bytes, not a `Result`.

mod document;
mod embedded_font;
mod figures;
mod fonts;
mod header;
mod layout;
mod logo;
mod pdf;
mod shaping;
mod table;
mod text;
mod totals;
mod view;
mod words;

pub use document::{Company, Employee, Logo, PayslipDocument, YearToDate};
pub use okta_hr_i18n::Language;
pub use view::{file_name, period_label, render_view};

/// The PDF of `document`: A4, one page or more, the same bytes for the same document.
pub fn render(document: &PayslipDocument) -> Vec<u8> {
    pdf::write(document)
}
