//! Whatever the names (any Unicode, inside Windows-1252 or not, control characters, very long), the
//! amounts (any sign, any decimals, up to a decimal's largest) and the language (English, or Arabic set
//! right to left in its embedded font), a payslip renders to a PDF a reader loads, every visible line's
//! amount is in its text, and the same input gives the same bytes.

mod support;

use okta_hr_payroll::component::{Rounding, format_amount};
use okta_hr_payroll::compute::{LineKind, PayslipLine};
use okta_hr_payslip_pdf::{Language, PayslipDocument, render};
use proptest::prelude::*;
use rust_decimal::Decimal;
use support::{document, plain_payslip, read};

fn amount() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (any::<i64>(), 0u32..5).prop_map(|(units, scale)| Decimal::new(units, scale)),
        (any::<u32>(), any::<u32>(), any::<u32>(), any::<bool>(), 0u32..4)
            .prop_map(|(lo, mid, hi, negative, scale)| Decimal::from_parts(lo, mid, hi, negative, scale)),
    ]
}

fn kind() -> impl Strategy<Value = LineKind> {
    prop_oneof![
        Just(LineKind::Earning),
        Just(LineKind::Deduction),
        Just(LineKind::EmployerContribution),
        Just(LineKind::Advance)
    ]
}

/// Any text, weighted towards what names look like in the languages the product meets.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[A-Za-zÀ-žА-яا-ي0-9 ×•€–'-]{0,80}", "\\PC{0,300}"]
}

fn line() -> impl Strategy<Value = PayslipLine> {
    (name(), name(), kind(), amount(), any::<bool>()).prop_map(|(name, explanation, kind, amount, hidden)| {
        PayslipLine { code: "C".to_owned(), name, kind, amount, explanation, hidden }
    })
}

fn written(amount: Decimal) -> String {
    format_amount(amount, Rounding { places: amount.scale(), ..Rounding::default() })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_payslip_renders_to_a_pdf_with_its_amounts(
        lines in proptest::collection::vec(line(), 0..30),
        person in name(),
        period in name(),
        net in amount(),
        language in prop_oneof![Just(Language::En), Just(Language::Ar)],
    ) {
        let mut payslip = plain_payslip(lines, net);
        payslip.net = net;
        let document = PayslipDocument { language, ..document(&payslip, &person, &period) };
        let pdf = render(&document);
        let read = read(&pdf);
        prop_assert!(read.pages >= 1);
        for line in payslip.lines.iter().filter(|line| !line.hidden) {
            prop_assert!(read.has_line(&written(line.amount)), "{} missing", written(line.amount));
        }
        prop_assert_eq!(render(&document), pdf);
    }
}
