//! The bank files a payroll run exports, checked as the bank would check them: the SEPA file against the
//! ISO 20022 schema (`xmllint`, from libxml2-utils, which `scripts/setup.sh` installs), the CSV by reading
//! it back. What HR would notice is asserted: the totals the bank shows before signing, the names as the
//! people's banks will show them, and errors that say who is at fault.
//!
//! `fixtures/pain.001.001.03.xsd` is ISO 20022's published schema (its header names its source at
//! iso20022.org), vendored from the PyPI package `sepaxml` 2.7.0 (`sepaxml/schemas/`), as iso20022.org is
//! not reachable from the build machines.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use chrono::{NaiveDate, NaiveDateTime};
use okta_hr_payroll::Decimal;
use okta_hr_payroll::bank_file::{BankFileError, Party, Payment, PaymentBatch, csv, pain001, sepa_text};
use proptest::prelude::*;

fn schema() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pain.001.001.03.xsd")
}

/// `Ok` if `xml` is valid against the pain.001.001.03 schema, else xmllint's complaint. Panics, failing the
/// test rather than skipping it, when xmllint is not installed.
fn validate(xml: &str) -> Result<(), String> {
    let mut child = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(schema())
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|error| {
            panic!("xmllint could not run ({error}): install libxml2-utils (apt-get install -y libxml2-utils)")
        });
    child.stdin.take().expect("stdin").write_all(xml.as_bytes()).expect("write to xmllint");
    let output = child.wait_with_output().expect("xmllint ran");
    if output.status.success() {
        Ok(())
    } else {
        Err(format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr)))
    }
}

fn assert_valid(xml: &str) {
    if let Err(complaint) = validate(xml) {
        panic!("the SEPA file does not validate against pain.001.001.03.xsd:\n{complaint}\n{xml}");
    }
}

/// The text of every `<tag>` or `<tag attr="…">` element, in order, as written (still escaped).
fn texts<'a>(xml: &'a str, tag: &str) -> Vec<&'a str> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut found = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        if !after.starts_with(['>', ' ']) {
            rest = after;
            continue;
        }
        let body = &after[after.find('>').expect("tag ends") + 1..];
        let end = body.find(&close).expect("element closes");
        found.push(&body[..end]);
        rest = &body[end..];
    }
    found
}

fn when(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S").unwrap()
}

fn party(name: &str, iban: &str, bic: Option<&str>) -> Party {
    Party { name: name.into(), iban: iban.into(), bic: bic.map(Into::into) }
}

fn payment(id: &str, creditor: Party, amount: &str) -> Payment {
    Payment { end_to_end_id: id.into(), creditor, amount: amount.parse().unwrap(), remittance: "Salary 2026-12".into() }
}

/// December's run of a small company in Berlin: three people, one with accents and an apostrophe in her
/// name, one whose BIC HR entered, one without.
fn december() -> PaymentBatch {
    PaymentBatch {
        message_id: "OKTAHR-2026-12-RUN-1".into(),
        created_at: when("2026-12-22T16:05:09"),
        execution_date: NaiveDate::from_ymd_opt(2026, 12, 28).unwrap(),
        debtor: party("Okta HR Demo GmbH", "DE89 3704 0044 0532 0130 00", None),
        currency: "EUR".into(),
        payments: vec![
            payment(
                "PS-2026-12-0001",
                party("Zoë O'Brien-Müller", "FR14 2004 1010 0505 0001 3M02 606", None),
                "3120.45",
            ),
            payment("PS-2026-12-0002", party("Jan de Vries", "nl91 abna 0417 1643 00", Some("abnanl2a")), "2875.5"),
            payment("PS-2026-12-0003", party("Łukasz Żółć", "AT61 1904 3002 3457 3201", None), "4010.00"),
        ],
    }
}

#[test]
fn the_vendored_schema_is_iso_20022s() {
    let xsd = std::fs::read_to_string(schema()).expect("the schema is vendored");
    assert!(xsd.contains("Source: https://www.iso20022.org/"), "its header names ISO 20022 as its source");
    assert!(xsd.contains(r#"targetNamespace="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03""#));
}

#[test]
fn a_runs_sepa_file_validates_and_adds_up() {
    let xml = pain001(&december()).unwrap();
    assert_valid(&xml);

    // What the bank shows before HR signs: the count and the total, twice (file and batch).
    assert_eq!(texts(&xml, "NbOfTxs"), ["3", "3"]);
    assert_eq!(texts(&xml, "CtrlSum"), ["10005.95", "10005.95"]);
    assert_eq!(
        texts(&xml, "InstdAmt"),
        ["3120.45", "2875.50", "4010.00"],
        "euros with two decimals, 2875.5 written as 2875.50"
    );
    assert_eq!(xml.matches(r#"<InstdAmt Ccy="EUR">"#).count(), 3);
    assert_eq!(texts(&xml, "ReqdExctnDt"), ["2026-12-28"]);
    assert_eq!(texts(&xml, "CreDtTm"), ["2026-12-22T16:05:09"]);
    assert_eq!(texts(&xml, "MsgId"), ["OKTAHR-2026-12-RUN-1"]);
    assert_eq!(texts(&xml, "EndToEndId"), ["PS-2026-12-0001", "PS-2026-12-0002", "PS-2026-12-0003"]);
    assert_eq!(texts(&xml, "Ustrd"), ["Salary 2026-12"; 3]);

    // Names as the people's banks will show them: in the SEPA set, the apostrophe escaped.
    assert_eq!(
        texts(&xml, "Nm"),
        ["Okta HR Demo GmbH", "Okta HR Demo GmbH", "Zoe O&apos;Brien-Mueller", "Jan de Vries", "Lukasz Zolc"]
    );
    // IBANs without spaces, in capitals; the one BIC known is given, upper-cased, and only that one.
    assert_eq!(
        texts(&xml, "IBAN"),
        ["DE89370400440532013000", "FR1420041010050500013M02606", "NL91ABNA0417164300", "AT611904300234573201"]
    );
    assert_eq!(texts(&xml, "BIC"), ["ABNANL2A"]);
    assert_eq!(xml.matches("<CdtrAgt>").count(), 1);
    // The company's bank known by its IBAN alone.
    assert_eq!(texts(&xml, "Othr").len(), 1);
    assert!(xml.contains("<Id>NOTPROVIDED</Id>"), "{xml}");
    // A salary batch, SEPA, shared charges.
    assert_eq!(texts(&xml, "Cd"), ["SEPA", "SALA", "SALA", "SALA", "SALA"]);
    assert_eq!(texts(&xml, "ChrgBr"), ["SLEV"]);
    assert_eq!(texts(&xml, "BtchBookg"), ["true"]);
    assert_eq!(texts(&xml, "PmtMtd"), ["TRF"]);
}

#[test]
fn the_schema_check_is_real() {
    let xml = pain001(&december()).unwrap();
    let without_count = xml.replacen("<NbOfTxs>3</NbOfTxs>", "", 1);
    assert_ne!(without_count, xml);
    assert!(validate(&without_count).is_err(), "a file without the group's NbOfTxs is refused");
    let bad_amount = xml.replacen(">3120.45<", ">3120,45<", 1);
    assert!(validate(&bad_amount).is_err(), "a decimal comma is refused");
    let bad_iban = xml.replacen("FR1420041010050500013M02606", "FR14 2004", 1);
    assert!(validate(&bad_iban).is_err(), "an IBAN with a space is refused");
}

#[test]
fn the_company_bic_is_given_when_known() {
    let mut batch = december();
    batch.debtor.bic = Some("COBA DE FF XXX".into());
    let xml = pain001(&batch).unwrap();
    assert_valid(&xml);
    assert_eq!(texts(&xml, "BIC"), ["COBADEFFXXX", "ABNANL2A"]);
    assert!(!xml.contains("NOTPROVIDED"));
}

#[test]
fn the_same_batch_is_the_same_bytes() {
    assert_eq!(pain001(&december()).unwrap(), pain001(&december()).unwrap());
    assert_eq!(csv(&december()), csv(&december()));
}

#[test]
fn names_and_texts_are_spelled_in_the_sepa_set_and_cut_to_length() {
    let mut batch = december();
    batch.debtor.name = "Ben & Jerry's <Ice> \"Cream\" Ltd".into();
    batch.payments[0].creditor.name = format!("Maximilian Äbersold-{}", "Straße".repeat(20));
    batch.payments[0].remittance = format!("Salary 2026-12 — {}", "ü".repeat(200));
    batch.payments[1].creditor.name = "Ἀριστοτέλης Jan".into();
    let xml = pain001(&batch).unwrap();
    assert_valid(&xml);
    let names = texts(&xml, "Nm");
    assert_eq!(names[0], "Ben + Jerry&apos;s Ice Cream Ltd", "& < > \" do not reach the file; ' is escaped");
    assert!(!xml.contains("<Ice>") && !xml.contains("&amp;") && !xml.contains("\"Cream"));
    assert_eq!(names[2].len(), 70, "names are cut to 70 characters");
    assert!(names[2].starts_with("Maximilian Aebersold-StrasseStrasse"));
    let remittance = texts(&xml, "Ustrd")[0];
    assert_eq!(remittance.len(), 140, "the remittance is cut to 140 characters");
    assert!(remittance.starts_with("Salary 2026-12 - ueue"));
    assert_eq!(names[3], "Jan", "letters outside the Latin set are dropped");
    assert_eq!(texts(&xml, "Ustrd")[1], "Salary 2026-12");
}

#[test]
fn sepa_text_is_documented_behaviour() {
    assert_eq!(sepa_text("Zoë O’Brien-Müller & Søn", 70), "Zoe O'Brien-Mueller + Son");
    assert_eq!(sepa_text("François Lefèvre", 70), "Francois Lefevre");
    assert_eq!(sepa_text("Ștefan Țurcanu", 70), "Stefan Turcanu");
    assert_eq!(sepa_text("Ödön Groß", 70), "Oedoen Gross");
    assert_eq!(sepa_text("Иван 李", 70), "");
}

fn error_of(batch: &PaymentBatch) -> BankFileError {
    pain001(batch).expect_err("the file is refused")
}

#[test]
fn a_run_in_another_currency_is_sent_as_csv() {
    let mut batch = december();
    batch.currency = "GBP".into();
    assert_eq!(
        error_of(&batch).to_string(),
        "SEPA credit transfers are in euros; this run is in GBP — use the CSV file"
    );
    assert!(csv(&batch).contains(",GBP,"), "the CSV is made in any currency");
    batch.currency = "eur".into();
    assert!(pain001(&batch).is_ok(), "the currency's case does not matter");
}

#[test]
fn errors_say_who_is_at_fault() {
    let mut batch = december();
    batch.payments[1].creditor.iban = "NL91 ABNA 0417 1643 01".into();
    assert_eq!(
        error_of(&batch).to_string(),
        "Jan de Vries (PS-2026-12-0002): the IBAN is not valid; check it in their bank details"
    );

    let mut batch = december();
    batch.payments[2].amount = Decimal::ZERO;
    let error = error_of(&batch);
    assert!(
        matches!(&error, BankFileError::AmountNotPositive { end_to_end_id, .. } if end_to_end_id == "PS-2026-12-0003")
    );
    assert_eq!(
        error.to_string(),
        "Łukasz Żółć (PS-2026-12-0003): the amount 0 is not more than zero; leave them out of the transfer"
    );

    let mut batch = december();
    batch.payments[0].amount = "-10.00".parse().unwrap();
    assert!(matches!(error_of(&batch), BankFileError::AmountNotPositive { .. }));

    let mut batch = december();
    batch.payments[0].amount = "10.005".parse().unwrap();
    assert_eq!(
        error_of(&batch).to_string(),
        "Zoë O'Brien-Müller (PS-2026-12-0001): the amount 10.005 has more than 2 decimals; banks transfer whole cents"
    );
    batch.payments[0].amount = "10.500".parse().unwrap();
    assert!(pain001(&batch).is_ok(), "trailing zeros are still cents");

    let mut batch = december();
    batch.payments[0].amount = "1000000000.00".parse().unwrap();
    assert!(matches!(error_of(&batch), BankFileError::AmountTooLarge { .. }));

    let mut batch = december();
    batch.payments[1].creditor.bic = Some("ABNA".into());
    assert!(error_of(&batch).to_string().starts_with("Jan de Vries (PS-2026-12-0002): the BIC \"ABNA\" is not valid"));
    batch.payments[1].creditor.bic = Some("  ".into());
    assert!(pain001(&batch).is_ok(), "a blank BIC is no BIC");

    let mut batch = december();
    batch.payments[0].creditor.name = "王秀英".into();
    assert!(error_of(&batch).to_string().starts_with("王秀英 (PS-2026-12-0001): the name has no letters"));

    let mut batch = december();
    batch.payments[0].end_to_end_id = "PS/2026/12//1".into();
    assert!(matches!(error_of(&batch), BankFileError::InvalidId { field: "end-to-end id", .. }));
    batch.payments[0].end_to_end_id = "A".repeat(36);
    assert!(matches!(error_of(&batch), BankFileError::InvalidId { .. }));
}

#[test]
fn errors_about_the_run_itself() {
    let mut batch = december();
    batch.payments.clear();
    assert_eq!(error_of(&batch).to_string(), "this run has no payments to send");

    let mut batch = december();
    batch.debtor.iban = " ".into();
    assert_eq!(
        error_of(&batch).to_string(),
        "the company's bank account is missing: enter its IBAN in the payroll settings"
    );
    batch.debtor.iban = "DE89 3704 0044 0532 0130 01".into();
    assert_eq!(error_of(&batch), BankFileError::InvalidDebtorIban);
    batch.debtor.iban = "DE89 3704 0044 0532 0130 00".into();
    batch.debtor.bic = Some("COBADEFFXX".into());
    assert!(matches!(error_of(&batch), BankFileError::InvalidDebtorBic { .. }));

    let mut batch = december();
    batch.message_id = "Lauf Dezember ✓".into();
    assert!(matches!(error_of(&batch), BankFileError::InvalidId { field: "file's message id", .. }));
}

/// Rows of an RFC 4180 document, read back strictly: every row ends with CRLF.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted_field = false;
    while let Some(c) = chars.next() {
        match c {
            '"' if field.is_empty() && !quoted_field => {
                quoted_field = true;
                loop {
                    match chars.next().expect("a quoted field closes") {
                        '"' if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        '"' => break,
                        c => field.push(c),
                    }
                }
            }
            ',' => {
                row.push(std::mem::take(&mut field));
                quoted_field = false;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "rows end with CRLF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                quoted_field = false;
            }
            c => {
                assert!(!quoted_field, "nothing follows a quoted field's closing quote");
                assert!(c != '"' && c != '\n' && c != '\r', "unquoted fields hold no quote or line break");
                field.push(c);
            }
        }
    }
    assert!(field.is_empty() && row.is_empty(), "the last row ends with CRLF");
    rows
}

#[test]
fn the_csv_has_a_header_and_a_row_a_person() {
    let mut batch = december();
    batch.payments[0].remittance = "Salary, December \"2026\"".into();
    let text = csv(&batch);
    assert!(text.starts_with("Name,IBAN,BIC,Amount,Currency,Reference,End-to-end ID\r\n"));
    assert!(text.contains("\"Salary, December \"\"2026\"\"\""), "{text}");
    let rows = read_csv(&text);
    assert_eq!(
        rows,
        [
            vec!["Name", "IBAN", "BIC", "Amount", "Currency", "Reference", "End-to-end ID"],
            vec![
                "Zoë O'Brien-Müller",
                "FR1420041010050500013M02606",
                "",
                "3120.45",
                "EUR",
                "Salary, December \"2026\"",
                "PS-2026-12-0001"
            ],
            vec![
                "Jan de Vries",
                "NL91ABNA0417164300",
                "ABNANL2A",
                "2875.50",
                "EUR",
                "Salary 2026-12",
                "PS-2026-12-0002"
            ],
            vec!["Łukasz Żółć", "AT611904300234573201", "", "4010.00", "EUR", "Salary 2026-12", "PS-2026-12-0003"],
        ]
    );
}

/// A German IBAN with the given 18-digit BBAN and the check digits that make it valid.
fn german_iban(bban: &str) -> String {
    let digits = format!("{bban}131400"); // DE00 moved to the end, D = 13, E = 14.
    let remainder = digits.bytes().fold(0u32, |r, b| (r * 10 + u32::from(b - b'0')) % 97);
    format!("DE{:02}{bban}", 98 - remainder)
}

/// A Latin name with accents, punctuation and XML's specials, then any Unicode: always something a SEPA
/// file can carry.
fn latin_led_name() -> BoxedStrategy<String> {
    ("[A-Za-z]", "[A-Za-zÀ-ÿĀ-ž' &<>\",.\\-]{0,30}", any::<String>())
        .prop_map(|(first, rest, anything)| format!("{first}{rest}{anything}"))
        .boxed()
}

/// Any Unicode at all (other scripts, symbols, control characters), which may leave nothing SEPA carries.
fn any_unicode_name() -> BoxedStrategy<String> {
    prop_oneof![any::<String>(), "\\PC{0,20}", "[\\u{0}-\\u{1F}\\u{7F}-\\u{9F}&<>\"' ]{0,10}"].boxed()
}

fn any_payment(index: usize, name: BoxedStrategy<String>) -> impl Strategy<Value = Payment> {
    let bic = prop_oneof![Just(None), Just(Some("COBADEFFXXX")), Just(Some("deutdeff")), Just(Some("INGD DE FF"))];
    (name, "[0-9]{18}", bic, 1i64..100_000_000, 0u32..=2, ".{0,160}", "[A-Za-z0-9]{0,20}").prop_map(
        move |(name, bban, bic, units, scale, remittance, suffix)| Payment {
            end_to_end_id: format!("PS-{index}-{suffix}"),
            creditor: Party { name, iban: german_iban(&bban), bic: bic.map(Into::into) },
            amount: Decimal::new(units, scale),
            remittance,
        },
    )
}

fn any_batch(max_payments: usize, name: fn() -> BoxedStrategy<String>) -> impl Strategy<Value = PaymentBatch> {
    (1..=max_payments)
        .prop_flat_map(move |count| (0..count).map(|index| any_payment(index, name())).collect::<Vec<_>>())
        .prop_map(|payments| PaymentBatch { payments, ..december() })
}

/// The SEPA file validates and its totals are the batch's.
fn check_sepa_file(batch: &PaymentBatch, xml: &str) -> Result<(), TestCaseError> {
    if let Err(complaint) = validate(xml) {
        return Err(TestCaseError::fail(format!("invalid against the schema:\n{complaint}\n{xml}")));
    }
    let total: Decimal = batch.payments.iter().map(|payment| payment.amount).sum();
    let count = batch.payments.len().to_string();
    prop_assert_eq!(texts(xml, "NbOfTxs"), [count.as_str(); 2]);
    prop_assert_eq!(texts(xml, "InstdAmt").len(), batch.payments.len());
    let ctrl_sums = texts(xml, "CtrlSum");
    prop_assert_eq!(ctrl_sums.len(), 2);
    for ctrl_sum in ctrl_sums {
        prop_assert_eq!(ctrl_sum.parse::<Decimal>().unwrap(), total);
        prop_assert_eq!(ctrl_sum.split('.').nth(1).map(str::len), Some(2));
    }
    Ok(())
}

/// The CSV reads back to the batch's names, amounts, references and ids.
fn check_csv(batch: &PaymentBatch) -> Result<(), TestCaseError> {
    let rows = read_csv(&csv(batch));
    prop_assert_eq!(rows.len(), batch.payments.len() + 1);
    for (row, payment) in rows[1..].iter().zip(&batch.payments) {
        prop_assert_eq!(row.len(), 7);
        prop_assert_eq!(&row[0], &payment.creditor.name);
        prop_assert_eq!(row[3].parse::<Decimal>().unwrap(), payment.amount);
        prop_assert_eq!(&row[5], &payment.remittance);
        prop_assert_eq!(&row[6], &payment.end_to_end_id);
    }
    Ok(())
}

proptest! {
    // Each case runs xmllint once.
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn any_batch_makes_a_valid_sepa_file_and_a_csv_that_reads_back(batch in any_batch(50, latin_led_name)) {
        let xml = pain001(&batch).map_err(|error| TestCaseError::fail(format!("refused: {error}")))?;
        check_sepa_file(&batch, &xml)?;
        check_csv(&batch)?;
    }

    #[test]
    fn names_in_any_script_make_a_valid_file_or_say_whose_name_to_spell(batch in any_batch(3, any_unicode_name)) {
        match pain001(&batch) {
            Ok(xml) => check_sepa_file(&batch, &xml)?,
            Err(BankFileError::NameNotRepresentable { name, end_to_end_id }) => {
                prop_assert!(!sepa_text(&name, 70).chars().any(|c| c.is_ascii_alphanumeric()));
                prop_assert!(batch.payments.iter().any(|p| p.creditor.name == name && p.end_to_end_id == end_to_end_id));
            }
            Err(error) => return Err(TestCaseError::fail(format!("refused for another reason: {error}"))),
        }
        check_csv(&batch)?;
    }
}
