//! The CSV of a run's payments, for banks without SEPA files (or outside the euro) and for HR's records.

use rust_decimal::Decimal;

use super::PaymentBatch;
use super::sepa::normalize_bic;
use okta_hr_domain::people::normalize_iban;

const HEADER: [&str; 7] = ["Name", "IBAN", "BIC", "Amount", "Currency", "Reference", "End-to-end ID"];

/// The batch as CSV (RFC 4180: a header row, CRLF line ends, a field quoted when it holds a comma, a quote
/// or a line break, quotes doubled): one row per payment with the name, the IBAN and BIC normalized (no
/// spaces, capitals; a BIC that is not one is left as entered), the amount plain (`1234.50`, never a
/// thousands separator), the currency, the remittance reference and the end-to-end id.
///
/// Names and references are as HR entered them, in UTF-8, and nothing is checked: the bank's import
/// checks what it needs. Unlike the audit trail's CSV, fields starting with `=`, `+`, `-` or `@` are not
/// prefixed with an apostrophe, which the bank would take as part of the name.
pub fn csv(batch: &PaymentBatch) -> String {
    let mut out = String::new();
    push_row(&mut out, HEADER.map(String::from));
    for payment in &batch.payments {
        let bic = payment.creditor.bic.as_deref().unwrap_or("").trim();
        push_row(
            &mut out,
            [
                payment.creditor.name.clone(),
                normalize_iban(&payment.creditor.iban),
                normalize_bic(bic).unwrap_or_else(|| bic.to_owned()),
                plain_amount(payment.amount),
                batch.currency.trim().to_ascii_uppercase(),
                payment.remittance.clone(),
                payment.end_to_end_id.clone(),
            ],
        );
    }
    out
}

fn push_row(out: &mut String, fields: [String; 7]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

/// `1234.5` as `1234.50`: at least two decimals, more only if the amount has them.
fn plain_amount(amount: Decimal) -> String {
    let mut amount = amount.normalize();
    if amount.scale() < 2 {
        amount.rescale(2);
    }
    amount.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_plain() {
        assert_eq!(plain_amount(Decimal::new(12345, 1)), "1234.50");
        assert_eq!(plain_amount(Decimal::new(1_000_000, 0)), "1000000.00");
        assert_eq!(plain_amount(Decimal::new(12_3400, 4)), "12.34");
        assert_eq!(plain_amount(Decimal::new(12_345, 3)), "12.345");
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        let mut out = String::new();
        push_row(
            &mut out,
            ["a".into(), "b,c".into(), "say \"hi\"".into(), "x\ny".into(), "".into(), "é".into(), "-1".into()],
        );
        assert_eq!(out, "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",,é,-1\r\n");
    }
}
