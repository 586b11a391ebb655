//! Payslips rendered and read back as a person (or a reader's copy and paste) would: the figures, the
//! words around them, what is left out, the pages, the logo, the same bytes every time.

mod support;

use okta_hr_payroll::compute::{LineKind, PayslipLine};
use okta_hr_payslip_pdf::{Language, Logo, PayslipDocument, render};
use rust_decimal::Decimal;
use support::{document, may_payslip, money, payslip_of_many_lines, plain_payslip, read};

#[test]
fn a_computed_payslip_shows_every_figure_a_person_checks() {
    let payslip = may_payslip();
    let pdf = render(&document(&payslip, "Ada Lovelace", "May 2026"));
    assert!(pdf.starts_with(b"%PDF-"));
    let read = read(&pdf);
    assert_eq!(read.pages, 1);

    // What payroll computed, as the test of compute.rs works it out: 3000 × 19/21 = 2,714.29, housing
    // 40 % of it 1,085.72, the bonus 250: gross 4,050.01.
    assert_eq!(payslip.gross, money("4050.01"));
    for line in ["Acme Logistics Ltd", "12 Harbour Road", "Payslip", "May 2026", "Ada Lovelace", "Employee no. E-0042"]
    {
        assert!(read.has_line(line), "{line:?} in\n{}", read.text);
    }
    for line in ["Warehouse", "Forklift operator", "•••• 1234", "2026-05-29", "2026-05-01 – 2026-05-31"] {
        assert!(read.has_line(line), "{line:?} in\n{}", read.text);
    }
    assert!(read.has_line("3,000.00 × 19/21 days"), "{}", read.text);
    let visible: Vec<&PayslipLine> = payslip.lines.iter().filter(|line| !line.hidden).collect();
    assert_eq!(visible.len(), 7);
    for line in visible {
        let amount = okta_hr_payroll::component::format_amount(
            line.amount,
            okta_hr_payroll::component::Rounding { places: line.amount.scale(), ..Default::default() },
        );
        for text in [line.name.as_str(), line.explanation.as_str(), amount.as_str()] {
            assert!(read.has_line(text), "{} line {text:?} in\n{}", line.code, read.text);
        }
    }

    // Gross, deductions taken away, the advance, the net's rounding to whole euros, and net pay with its
    // currency.
    let exact_net = payslip.gross - payslip.total_deductions + payslip.advances;
    assert!(!payslip.net_rounding.is_zero(), "the fixture rounds: {exact_net}");
    assert!(read.has_line("4,050.01"), "{}", read.text);
    assert!(read.has_line(&format!("-{}", payslip.total_deductions)), "{}", read.text);
    // The net is rounded to whole euros, and still written with cents under the totals.
    assert_eq!(payslip.net.scale(), 0);
    let rounding = okta_hr_payroll::component::format_amount(payslip.net_rounding, Default::default());
    assert!(read.has_line("Net rounding") && read.has_line(&rounding), "{rounding} in\n{}", read.text);
    let net = format!("EUR {}", okta_hr_payroll::component::format_amount(payslip.net, Default::default()));
    assert!(net.ends_with(".00"));
    assert!(read.has_line(&net), "{net} in\n{}", read.text);
    assert!(read.has_line("Paid by the employer, not taken from your pay"));

    // The days and the year to date.
    let days = ["Working days", "21", "Paid days", "19", "Unpaid days", "0", "Employed 2026-05-05 – 2026-05-31"];
    for line in days.into_iter().chain(["Year to date (EUR)", "17,834.56", "2,101.17", "15,733.39"]) {
        assert!(read.has_line(line), "{line:?} in\n{}", read.text);
    }
    assert!(read.has_line("Page 1 of 1"));

    assert_eq!(read.info(b"Title"), "Payslip May 2026 – Ada Lovelace");
    assert_eq!(read.info(b"Producer"), "Okta HR");
}

#[test]
fn a_hidden_line_is_left_out_and_a_zero_rounding_is_not_shown() {
    let payslip = may_payslip();
    let overtime = payslip.lines.iter().find(|line| line.code == "OVERTIME").unwrap();
    assert!(overtime.hidden, "the fixture hides overtime");
    let read = read(&render(&document(&payslip, "Ada Lovelace", "May 2026")));
    assert!(!read.text.contains("Overtime"), "{}", read.text);

    let plain = plain_payslip(payslip.lines.clone(), payslip.gross);
    let read = self::read(&render(&document(&plain, "Ada Lovelace", "May 2026")));
    assert!(!read.text.contains("Net rounding"), "{}", read.text);
    assert!(!read.text.contains("Overtime"));
    assert!(read.has_line("Basic pay"));
}

#[test]
fn eighty_lines_go_on_over_further_pages_and_every_amount_is_there() {
    let payslip = payslip_of_many_lines(80);
    let read = read(&render(&document(&payslip, "Ada Lovelace", "December 2026")));
    assert!(read.pages > 1, "{} page(s)", read.pages);
    for n in 1..=80i64 {
        let amount = okta_hr_payroll::component::format_amount(Decimal::new(100_000 + 101 * n, 2), Default::default());
        assert!(read.has_line(&amount), "{amount} of line {n}");
        assert!(read.has_line(&format!("Earning number {n}")));
    }
    let last = format!("Page {0} of {0}", read.pages);
    assert!(read.has_line(&last), "{}", read.text);
    // A page after the first says whose payslip it is and repeats the column heads.
    let page_two = read.document.extract_text(&[2]).unwrap();
    assert!(page_two.contains("Ada Lovelace (continued)"), "{page_two}");
    assert!(page_two.contains("Amount (EUR)"), "{page_two}");
}

/// A 3 × 2 PNG, red with a transparent pixel, written with the png crate.
fn png_logo() -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, 3, 2);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    let mut samples = [255, 0, 0, 255].repeat(6);
    samples[3] = 0;
    writer.write_image_data(&samples).unwrap();
    writer.finish().unwrap();
    bytes
}

#[test]
fn a_png_logo_is_drawn_and_a_broken_one_is_left_off() {
    let payslip = may_payslip();
    let logo = png_logo();
    let mut with_logo = document(&payslip, "Ada Lovelace", "May 2026");
    with_logo.company.logo = Some(Logo { bytes: &logo });
    assert!(with_logo.company.logo.unwrap().is_readable());
    let read = read(&render(&with_logo));
    let first_page = read.document.get_pages()[&1];
    let images = read.document.get_page_images(first_page).unwrap();
    assert_eq!(images.len(), 1);
    assert_eq!((images[0].width, images[0].height), (3, 2));
    assert!(images[0].origin_dict.get(b"SMask").is_ok(), "the transparent pixel needs a mask");

    for broken in [&logo[..logo.len() / 2], b"\xFF\xD8\xFF\xC0\x00", b"GIF89a....", b""] {
        with_logo.company.logo = Some(Logo { bytes: broken });
        assert!(!with_logo.company.logo.unwrap().is_readable());
        let read = self::read(&render(&with_logo));
        let first_page = read.document.get_pages()[&1];
        assert!(read.document.get_page_images(first_page).unwrap().is_empty());
        assert!(read.has_line("Ada Lovelace") && read.has_line("4,050.01"), "{}", read.text);
    }
}

#[test]
fn the_same_document_is_the_same_bytes() {
    let payslip = may_payslip();
    let logo = png_logo();
    let mut document = document(&payslip, "Ada Lovelace", "May 2026");
    document.company.logo = Some(Logo { bytes: &logo });
    let first = render(&document);
    assert_eq!(first, render(&document));
    assert_eq!(first, render(&document.clone()));
    // And another document is other bytes: the comparison can fail.
    document.employee.name = "Ada King";
    assert_ne!(first, render(&document));
}

#[test]
fn letters_outside_windows_1252_are_written_near_or_as_question_marks() {
    let payslip = plain_payslip(
        vec![PayslipLine {
            code: "BASIC".to_owned(),
            name: "Grundgehalt für Łódź".to_owned(),
            kind: LineKind::Earning,
            amount: money("2500.00"),
            explanation: "€ 2,500.00 × 1".to_owned(),
            hidden: false,
        }],
        money("2500.00"),
    );
    let read = read(&render(&document(&payslip, "Łukasz محمد", "Décembre 2026")));
    for line in ["Lukasz ????", "Grundgehalt für Lódz", "€ 2,500.00 × 1", "Décembre 2026"] {
        assert!(read.has_line(line), "{line:?} in\n{}", read.text);
    }
    // The document's title keeps every letter (it is UTF-16).
    assert_eq!(read.info(b"Title"), "Payslip Décembre 2026 – Łukasz محمد");
}

#[test]
fn a_long_name_and_explanation_wrap_inside_the_page() {
    let long = "a very long explanation that goes on ".repeat(12);
    let payslip = plain_payslip(
        vec![PayslipLine {
            code: "X".to_owned(),
            name: "Name".to_owned(),
            kind: LineKind::Deduction,
            amount: money("12.34"),
            explanation: long.clone(),
            hidden: false,
        }],
        Decimal::ZERO,
    );
    let read = read(&render(&document(&payslip, "Ada", "May 2026")));
    // The explanation comes after the line's name and amount, before the section's total.
    let lines = read.lines();
    let start = lines.iter().position(|&line| line == "12.34").unwrap() + 1;
    let end = lines.iter().position(|&line| line == "Total deductions").unwrap();
    let explanation_lines = &lines[start..end];
    assert!(explanation_lines.len() > 2, "wrapped: {explanation_lines:?}");
    let rejoined = explanation_lines.join(" ");
    assert_eq!(rejoined.split_whitespace().collect::<Vec<_>>(), long.split_whitespace().collect::<Vec<_>>());
    assert!(read.has_line("12.34"));
}

#[test]
fn a_payslip_speaks_its_persons_language() {
    let payslip = may_payslip();
    let german =
        read(&render(&PayslipDocument { language: Language::De, ..document(&payslip, "Jürgen Weiß", "Mai 2026") }));
    for line in [
        "Gehaltsabrechnung",
        "Personalnr. E-0042",
        "Bruttoentgelt",
        "Auszahlungsbetrag",
        "Seite 1 von 1",
        "Jürgen Weiß",
        // Amounts as Germans write them: the gross of 4,050.01.
        "4.050,01",
    ] {
        assert!(german.has_line(line), "{line:?} in\n{}", german.text);
    }
    assert!(!german.has_line("Net pay"), "{}", german.text);

    // Arabic in Arabic letters, not in English: its words read back as they are written.
    let arabic = read(&render(&PayslipDocument {
        language: Language::Ar,
        ..document(&payslip, "Ada Lovelace", "مايو 2026")
    }));
    for line in ["قسيمة الراتب", "مايو 2026", "صافي الراتب", "إجمالي الراتب", "صفحة 1 من 1", "Ada Lovelace"]
    {
        assert!(arabic.has_line(line), "{line:?} in\n{}", arabic.text);
    }
    assert!(!arabic.has_line("Net pay") && !arabic.text.contains('?'), "{}", arabic.text);
}

/// The May payslip in Arabic, for Ada Lovelace.
fn arabic_may(payslip: &okta_hr_payroll::compute::Payslip) -> PayslipDocument<'_> {
    PayslipDocument { language: Language::Ar, ..document(payslip, "Ada Lovelace", "مايو 2026") }
}

#[test]
fn an_arabic_payslip_reads_back_its_arabic_words_latin_names_and_amounts() {
    let payslip = may_payslip();
    let read = read(&render(&arabic_may(&payslip)));
    assert_eq!(read.pages, 1);
    // Shaped (joined letters, the lam-alef ligature of "الاستقطاعات", the marks of "يُحوَّل"), yet copied
    // letter by letter in the order they are written.
    for line in [
        "قسيمة الراتب",
        "صافي الراتب",
        "المستحقات",
        "الاستقطاعات",
        "إجمالي الاستقطاعات",
        "السُّلف",
        "يُحوَّل إلى",
        "تُصرف مع هذه القسيمة مقدمًا من رواتب قادمة، وليست من إجمالي الراتب",
        "مساهمات صاحب العمل",
        "أيام العمل",
        "صفحة 1 من 1",
    ] {
        assert!(read.has_line(line), "{line:?} in\n{}", read.text);
    }
    // Latin names, numbers and amounts among the Arabic, each as it is written: the brackets of
    // right-to-left text are drawn mirrored and copied as written.
    for line in [
        "Acme Logistics Ltd",
        "Ada Lovelace",
        "الرقم الوظيفي E-0042",
        "Basic pay",
        "3,000.00 × 19/21 days",
        "2,714.29",
        "4,050.01",
        "-245.00",
        "EUR 4,205.00",
        "•••• 1234",
        "2026-05-01 – 2026-05-31",
        "فترة العمل 2026-05-05 – 2026-05-31",
        "المبلغ (EUR)",
        "منذ بداية العام (EUR)",
        "15,733.39",
        "Ada Lovelace · قسيمة الراتب مايو 2026 · الرقم الوظيفي E-0042",
    ] {
        assert!(read.has_line(line), "{line:?} in\n{}", read.text);
    }
    assert_eq!(read.info(b"Title"), "قسيمة الراتب مايو 2026 – Ada Lovelace");
}

#[test]
fn an_arabic_payslip_is_laid_out_from_the_right() {
    let payslip = may_payslip();
    let arabic = read(&render(&arabic_may(&payslip)));
    let english = read(&render(&document(&payslip, "Ada Lovelace", "May 2026")));
    // Amounts in the left column, at the left margin; in English they end at the right one.
    assert_eq!(arabic.x_of(1, b"2,714.29"), Some(42.0));
    assert!(english.x_of(1, b"2,714.29").unwrap() > 450.0);
    // The person's name ends at the right margin; in English it starts at the left one.
    assert!(arabic.x_of(1, b"Ada Lovelace").unwrap() > 450.0);
    assert_eq!(english.x_of(1, b"Ada Lovelace"), Some(42.0));
}

#[test]
fn an_arabic_payslip_embeds_noto_sans_arabic_with_only_the_glyphs_it_uses() {
    let payslip = may_payslip();
    let pdf = render(&arabic_may(&payslip));
    let read = read(&pdf);
    let fonts = read.fonts(1);
    let embedded: Vec<_> = fonts.iter().filter(|(_, subtype, _)| subtype == "Type0").collect();
    assert_eq!(embedded.len(), 2, "Regular and Bold: {fonts:?}");
    for (_, _, base_font) in &embedded {
        let (tag, name) = base_font.split_once('+').expect("a subset's tag");
        assert!(tag.len() == 6 && tag.bytes().all(|byte| byte.is_ascii_uppercase()), "{base_font}");
        assert!(name.starts_with("NotoSansArabic-"), "{base_font}");
    }
    // Latin stays in the standard Helvetica, not embedded.
    assert!(
        fonts.iter().any(|(resource, subtype, base_font)| {
            resource == "F1" && subtype == "Type1" && base_font == "Helvetica"
        })
    );
    // Each font is some 250 KB; the glyphs of a payslip a small part of it.
    assert!(pdf.len() < 60_000, "{} bytes", pdf.len());
    let font_file = read.document.objects.values().find_map(|object| {
        let stream = object.as_stream().ok()?;
        stream.dict.get(b"Length1").ok()?.as_i64().ok()
    });
    assert!(font_file.is_some_and(|length| length < 40_000), "{font_file:?}");
}

#[test]
fn an_arabic_payslip_is_the_same_bytes_every_time() {
    let payslip = may_payslip();
    let document = arabic_may(&payslip);
    let first = render(&document);
    assert_eq!(first, render(&document));
    let mut other = document;
    other.employee.name = "محمد العلي";
    let second = render(&other);
    assert_ne!(first, second);
    assert_eq!(second, render(&other));
    assert!(read(&second).has_line("محمد العلي"));
}

#[test]
fn a_long_arabic_payslip_goes_on_over_pages_under_its_heads() {
    let payslip = payslip_of_many_lines(80);
    let document =
        PayslipDocument { language: Language::Ar, ..document(&payslip, "محمد العلي", "ديسمبر 2026") };
    let read = read(&render(&document));
    assert!(read.pages > 1, "{} page(s)", read.pages);
    for n in 1..=80i64 {
        let amount = okta_hr_payroll::component::format_amount(Decimal::new(100_000 + 101 * n, 2), Default::default());
        assert!(read.has_line(&amount), "{amount} of line {n}");
    }
    let page_two = read.document.extract_text(&[2]).unwrap();
    let head = "Acme Logistics Ltd · قسيمة الراتب ديسمبر 2026 · محمد العلي (تابع)";
    assert!(page_two.lines().any(|line| line.trim() == head), "{page_two}");
    assert!(page_two.contains("المبلغ (EUR)"), "{page_two}");
    assert!(read.has_line(&format!("صفحة {0} من {0}", read.pages)), "{}", read.text);
}

#[test]
fn the_period_is_named_in_the_payslips_language() {
    let days = may_payslip().period;
    assert_eq!(okta_hr_payslip_pdf::period_label("2026-12", days, Language::En), "December 2026");
    assert_eq!(okta_hr_payslip_pdf::period_label("2026-03", days, Language::De), "März 2026");
    assert_eq!(okta_hr_payslip_pdf::period_label("2026-08 correction", days, Language::Fr), "août 2026 correction");
}
