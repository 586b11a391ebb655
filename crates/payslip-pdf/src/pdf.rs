//! The PDF file: the pages drawn, each with its footer, the two standard fonts (and on an Arabic payslip
//! the embedded ones after the pages), the logo, and the document information. Object numbers are fixed
//! by position, nothing is dated and no id is random, so the same document is the same bytes.

use crate::document::PayslipDocument;
use crate::embedded_font::{self, UsedGlyphs};
use crate::fonts::Font;
use crate::header::{self, PlacedLogo};
use crate::layout::{LEFT, PAGE_HEIGHT, PAGE_WIDTH, Pages, RIGHT, SMALL};
use crate::logo::{self, Colour, Encoding, Image};
use crate::shaping::Typesetter;
use crate::table::{self, Section};
use crate::totals;
use crate::words::Words;
use miniz_oxide::deflate::compress_to_vec_zlib;
use okta_hr_payroll::compute::LineKind;
use pdf_writer::{Filter, Finish, Name, Pdf, Rect, Ref, TextStr};

const CATALOG: Ref = Ref::new(1);
const PAGE_TREE: Ref = Ref::new(2);
const FONTS: [Ref; 2] = [Ref::new(3), Ref::new(4)];
const INFO: Ref = Ref::new(5);
const LOGO: Ref = Ref::new(6);
const LOGO_MASK: Ref = Ref::new(7);
/// Page `n` (from 0) is object `FIRST_PAGE + 2n`, its content the object after it.
const FIRST_PAGE: i32 = 8;
const LOGO_NAME: Name<'static> = Name(b"Im1");

/// Content streams are deflated at zlib's default level: several times smaller, for a fraction of a
/// millisecond.
const DEFLATE_LEVEL: u8 = 6;

/// The pages of `document`, drawn, each with its footer; and the glyphs they used.
fn draw(
    document: &PayslipDocument,
    words: &Words,
    logo: Option<&PlacedLogo>,
) -> (Vec<pdf_writer::Content>, UsedGlyphs) {
    let (payslip, employee) = (document.payslip, &document.employee);
    let set = Typesetter::new(document.language);
    let running_head = format!(
        "{} · {} {} · {} ({})",
        set.isolate(document.company.name),
        words.payslip.as_str(),
        set.isolate(document.period_label),
        set.isolate(employee.name),
        words.continued.as_str()
    );
    let mut pages = Pages::new(set, set.first_line(&running_head, SMALL, RIGHT - LEFT));
    header::draw(&mut pages, document, words, logo);
    let section =
        |kind, heading, note, total_label, total, always| Section { kind, heading, note, total_label, total, always };
    let sections = [
        section(LineKind::Earning, words.earnings.as_str(), None, words.gross_pay.as_str(), payslip.gross, true),
        section(
            LineKind::Deduction,
            words.deductions.as_str(),
            None,
            words.total_deductions.as_str(),
            payslip.total_deductions,
            true,
        ),
        section(
            LineKind::Advance,
            words.advances.as_str(),
            Some(words.advances_note.as_str()),
            words.total_advances.as_str(),
            payslip.advances,
            !payslip.advances.is_zero(),
        ),
    ];
    table::start(&mut pages, &payslip.currency, words);
    for section in &sections {
        table::draw(&mut pages, &payslip.lines, section);
    }
    table::end(&mut pages);
    totals::net(&mut pages, document, words);
    // After the net, so they are not read as part of it.
    let employer = section(
        LineKind::EmployerContribution,
        words.employer_contributions.as_str(),
        Some(words.employer_note.as_str()),
        words.total_employer.as_str(),
        payslip.employer_contributions,
        !payslip.employer_contributions.is_zero(),
    );
    table::draw(&mut pages, &payslip.lines, &employer);
    totals::days_and_year_to_date(&mut pages, document, words);
    let whose = format!(
        "{} · {} {} · {} {}",
        set.isolate(employee.name),
        words.payslip.as_str(),
        set.isolate(document.period_label),
        words.employee_number.as_str(),
        set.isolate(employee.number)
    );
    let whose = set.first_line(&whose, SMALL, RIGHT - LEFT - 80.0);
    pages.finish(&whose, |page, count| set.line(&words.page(page, count), SMALL))
}

fn write_image(pdf: &mut Pdf, image: &Image) {
    let filter = match image.encoding {
        Encoding::Jpeg => Filter::DctDecode,
        Encoding::Deflate => Filter::FlateDecode,
    };
    let (width, height) = (image.width as i32, image.height as i32);
    let mut xobject = pdf.image_xobject(LOGO, &image.data);
    xobject.width(width).height(height).bits_per_component(8);
    xobject.filter(filter);
    match image.colour {
        Colour::Gray => xobject.color_space().device_gray(),
        Colour::Rgb => xobject.color_space().device_rgb(),
    };
    if image.alpha.is_some() {
        xobject.s_mask(LOGO_MASK);
    }
    xobject.finish();
    if let Some(alpha) = &image.alpha {
        let mut mask = pdf.image_xobject(LOGO_MASK, alpha);
        mask.width(width).height(height).bits_per_component(8);
        mask.filter(Filter::FlateDecode);
        mask.color_space().device_gray();
    }
}

pub(crate) fn write(document: &PayslipDocument) -> Vec<u8> {
    let image = document.company.logo.and_then(|logo| logo::read(logo.bytes));
    let placed = image.as_ref().map(|image| PlacedLogo { name: LOGO_NAME, width: image.width, height: image.height });
    let words = Words::new(document.language);
    let (contents, glyphs) = draw(document, &words, placed.as_ref());
    let count = contents.len();
    let page_ids: Vec<Ref> = (0..count).map(|index| Ref::new(FIRST_PAGE + 2 * index as i32)).collect();
    // The embedded fonts (and the mirrored Helvetica) of a right-to-left payslip follow the pages.
    let extra_fonts = glyphs.fonts();
    let mut next = FIRST_PAGE + 2 * count as i32;
    let extra_ids: Vec<Ref> = extra_fonts
        .iter()
        .map(|&(face, _)| {
            let id = Ref::new(next);
            next += embedded_font::objects(face);
            id
        })
        .collect();

    let mut pdf = Pdf::new();
    pdf.catalog(CATALOG).pages(PAGE_TREE);
    pdf.pages(PAGE_TREE).kids(page_ids.iter().copied()).count(count as i32);
    for (index, (content, &page_id)) in contents.into_iter().zip(&page_ids).enumerate() {
        let content_id = Ref::new(page_id.get() + 1);
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT)).parent(PAGE_TREE).contents(content_id);
        let mut resources = page.resources();
        let mut fonts = resources.fonts();
        for (font, id) in Font::ALL.into_iter().zip(FONTS) {
            fonts.pair(font.resource(), id);
        }
        for (&(face, font), &id) in extra_fonts.iter().zip(&extra_ids) {
            fonts.pair(font.resource_in(face), id);
        }
        fonts.finish();
        if index == 0 && image.is_some() {
            resources.x_objects().pair(LOGO_NAME, LOGO);
        }
        resources.finish();
        page.finish();
        let deflated = compress_to_vec_zlib(&content.finish(), DEFLATE_LEVEL);
        pdf.stream(content_id, &deflated).filter(Filter::FlateDecode);
    }
    for (font, id) in Font::ALL.into_iter().zip(FONTS) {
        pdf.type1_font(id).base_font(font.base_font()).encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    for (&font, &id) in extra_fonts.iter().zip(&extra_ids) {
        glyphs.write(&mut pdf, font, id);
    }
    if let Some(image) = &image {
        write_image(&mut pdf, image);
    }
    let title = format!("{} {} – {}", words.payslip.as_str(), document.period_label, document.employee.name);
    pdf.document_info(INFO).title(TextStr(&title)).producer(TextStr("Okta HR"));
    pdf.finish()
}
