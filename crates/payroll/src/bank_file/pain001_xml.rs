//! The SEPA credit transfer initiation, ISO 20022 `pain.001.001.03`, as the EPC's SEPA Credit Transfer
//! implementation guidelines shape it: one group header, one payment information block (one debtor
//! account, one execution date, batch booked, salary category), one transaction per person.

use chrono::Datelike;
use rust_decimal::Decimal;

use super::sepa::{SEPA_NAME_MAX, SEPA_REMITTANCE_MAX, check_id, normalize_bic, sepa_text, xml_escape};
use super::{BankFileError, Party, Payment, PaymentBatch};
use okta_hr_domain::people::{is_valid_iban, normalize_iban};

const NAMESPACE: &str = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

/// The largest amount one SEPA credit transfer carries (EPC: 999 999 999.99 euros).
fn max_amount() -> Decimal {
    Decimal::new(99_999_999_999, 2)
}

/// The batch as a SEPA credit transfer file (`pain.001.001.03`, UTF-8), or the first reason it cannot be
/// one. Names and the remittance text are spelled in the SEPA character set ([`sepa_text`](super::sepa_text));
/// ids, IBANs, BICs and amounts are checked, never changed. The control sums are the exact sums.
pub fn pain001(batch: &PaymentBatch) -> Result<String, BankFileError> {
    let currency = batch.currency.trim();
    if !currency.eq_ignore_ascii_case("EUR") {
        return Err(BankFileError::NotEuro { currency: currency.to_owned() });
    }
    if batch.payments.is_empty() {
        return Err(BankFileError::NoPayments);
    }
    let message_id = check_id("file's message id", &batch.message_id)?;
    let debtor = checked_debtor(&batch.debtor)?;
    check_year("creation time", batch.created_at.year(), &batch.created_at.to_string())?;
    check_year("execution date", batch.execution_date.year(), &batch.execution_date.to_string())?;
    let transfers = batch.payments.iter().map(checked_transfer).collect::<Result<Vec<_>, _>>()?;
    let total = transfers
        .iter()
        .try_fold(Decimal::ZERO, |total, transfer| total.checked_add(transfer.amount))
        .filter(|total| *total < Decimal::from(10_000_000_000_000_000i64))
        .ok_or(BankFileError::TotalTooLarge)?;
    let count = transfers.len().to_string();
    let total = cents(total);

    let mut xml = Xml::default();
    xml.out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.out.push_str(&format!("<Document xmlns=\"{NAMESPACE}\">\n"));
    xml.depth = 1;
    xml.open("CstmrCdtTrfInitn");

    xml.open("GrpHdr");
    xml.leaf("MsgId", message_id);
    xml.leaf("CreDtTm", &batch.created_at.format("%Y-%m-%dT%H:%M:%S").to_string());
    xml.leaf("NbOfTxs", &count);
    xml.leaf("CtrlSum", &total);
    xml.open("InitgPty");
    xml.leaf("Nm", &debtor.name);
    xml.close("InitgPty");
    xml.close("GrpHdr");

    xml.open("PmtInf");
    xml.leaf("PmtInfId", message_id);
    xml.leaf("PmtMtd", "TRF");
    // One line on the company's statement for the whole run, rather than one per salary.
    xml.leaf("BtchBookg", "true");
    xml.leaf("NbOfTxs", &count);
    xml.leaf("CtrlSum", &total);
    xml.open("PmtTpInf");
    xml.code("SvcLvl", "SEPA");
    xml.code("CtgyPurp", "SALA");
    xml.close("PmtTpInf");
    xml.leaf("ReqdExctnDt", &batch.execution_date.format("%Y-%m-%d").to_string());
    xml.open("Dbtr");
    xml.leaf("Nm", &debtor.name);
    xml.close("Dbtr");
    xml.account("DbtrAcct", &debtor.iban);
    xml.open("DbtrAgt");
    xml.open("FinInstnId");
    match &debtor.bic {
        Some(bic) => xml.leaf("BIC", bic),
        None => {
            // What the EPC asks for when the debtor's bank is known by the IBAN alone.
            xml.open("Othr");
            xml.leaf("Id", "NOTPROVIDED");
            xml.close("Othr");
        }
    }
    xml.close("FinInstnId");
    xml.close("DbtrAgt");
    xml.leaf("ChrgBr", "SLEV");
    for transfer in &transfers {
        xml.open("CdtTrfTxInf");
        xml.open("PmtId");
        xml.leaf("EndToEndId", transfer.end_to_end_id);
        xml.close("PmtId");
        xml.open("Amt");
        xml.indent();
        xml.out.push_str(&format!("<InstdAmt Ccy=\"EUR\">{}</InstdAmt>\n", cents(transfer.amount)));
        xml.close("Amt");
        if let Some(bic) = &transfer.creditor.bic {
            xml.open("CdtrAgt");
            xml.open("FinInstnId");
            xml.leaf("BIC", bic);
            xml.close("FinInstnId");
            xml.close("CdtrAgt");
        }
        xml.open("Cdtr");
        xml.leaf("Nm", &transfer.creditor.name);
        xml.close("Cdtr");
        xml.account("CdtrAcct", &transfer.creditor.iban);
        xml.code("Purp", "SALA");
        if !transfer.remittance.is_empty() {
            xml.open("RmtInf");
            xml.leaf("Ustrd", &transfer.remittance);
            xml.close("RmtInf");
        }
        xml.close("CdtTrfTxInf");
    }
    xml.close("PmtInf");

    xml.close("CstmrCdtTrfInitn");
    xml.out.push_str("</Document>\n");
    Ok(xml.out)
}

/// A party as the file carries it: its name in the SEPA set, its IBAN and BIC normalized.
struct Checked {
    name: String,
    iban: String,
    bic: Option<String>,
}

struct Transfer<'a> {
    end_to_end_id: &'a str,
    amount: Decimal,
    creditor: Checked,
    remittance: String,
}

fn checked_debtor(debtor: &Party) -> Result<Checked, BankFileError> {
    if debtor.iban.trim().is_empty() {
        return Err(BankFileError::MissingDebtorAccount);
    }
    if !is_valid_iban(&debtor.iban) {
        return Err(BankFileError::InvalidDebtorIban);
    }
    let bic = match &debtor.bic {
        Some(bic) if !bic.trim().is_empty() => {
            Some(normalize_bic(bic).ok_or_else(|| BankFileError::InvalidDebtorBic { bic: bic.clone() })?)
        }
        _ => None,
    };
    let name = sepa_text(&debtor.name, SEPA_NAME_MAX);
    if !name.chars().any(|c| c.is_ascii_alphanumeric()) {
        return Err(BankFileError::DebtorNameNotRepresentable);
    }
    Ok(Checked { name, iban: normalize_iban(&debtor.iban), bic })
}

fn checked_transfer(payment: &Payment) -> Result<Transfer<'_>, BankFileError> {
    let end_to_end_id = check_id("end-to-end id", &payment.end_to_end_id)?;
    let who = || (payment.creditor.name.clone(), payment.end_to_end_id.clone());
    let amount = payment.amount;
    if amount <= Decimal::ZERO {
        let (name, end_to_end_id) = who();
        return Err(BankFileError::AmountNotPositive { name, end_to_end_id, amount });
    }
    if amount.round_dp(2) != amount {
        let (name, end_to_end_id) = who();
        return Err(BankFileError::AmountNotInCents { name, end_to_end_id, amount });
    }
    if amount > max_amount() {
        let (name, end_to_end_id) = who();
        return Err(BankFileError::AmountTooLarge { name, end_to_end_id, amount });
    }
    if !is_valid_iban(&payment.creditor.iban) {
        let (name, end_to_end_id) = who();
        return Err(BankFileError::InvalidIban { name, end_to_end_id });
    }
    let bic = match &payment.creditor.bic {
        Some(bic) if !bic.trim().is_empty() => Some(normalize_bic(bic).ok_or_else(|| {
            let (name, end_to_end_id) = who();
            BankFileError::InvalidBic { name, end_to_end_id, bic: bic.clone() }
        })?),
        _ => None,
    };
    let name = sepa_text(&payment.creditor.name, SEPA_NAME_MAX);
    if !name.chars().any(|c| c.is_ascii_alphanumeric()) {
        let (name, end_to_end_id) = who();
        return Err(BankFileError::NameNotRepresentable { name, end_to_end_id });
    }
    Ok(Transfer {
        end_to_end_id,
        amount,
        creditor: Checked { name, iban: normalize_iban(&payment.creditor.iban), bic },
        remittance: sepa_text(&payment.remittance, SEPA_REMITTANCE_MAX),
    })
}

/// ISO dates have four-digit years.
fn check_year(what: &'static str, year: i32, shown: &str) -> Result<(), BankFileError> {
    if (1..=9999).contains(&year) {
        Ok(())
    } else {
        Err(BankFileError::DateOutOfRange { what, date: shown.to_owned() })
    }
}

/// An amount in cents as the file writes it: `1234.50`.
fn cents(amount: Decimal) -> String {
    let mut amount = amount.round_dp(2);
    amount.rescale(2);
    amount.to_string()
}

/// An indented XML writer: every element on its own line, two spaces a level.
#[derive(Default)]
struct Xml {
    out: String,
    depth: usize,
}

impl Xml {
    fn indent(&mut self) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    fn open(&mut self, tag: &str) {
        self.indent();
        self.out.push_str(&format!("<{tag}>\n"));
        self.depth += 1;
    }

    fn close(&mut self, tag: &str) {
        self.depth -= 1;
        self.indent();
        self.out.push_str(&format!("</{tag}>\n"));
    }

    fn leaf(&mut self, tag: &str, text: &str) {
        self.indent();
        self.out.push_str(&format!("<{tag}>{}</{tag}>\n", xml_escape(text)));
    }

    /// `<tag><Cd>code</Cd></tag>`: a service level, a category or a purpose.
    fn code(&mut self, tag: &str, code: &str) {
        self.open(tag);
        self.leaf("Cd", code);
        self.close(tag);
    }

    /// `<tag><Id><IBAN>iban</IBAN></Id></tag>`.
    fn account(&mut self, tag: &str, iban: &str) {
        self.open(tag);
        self.open("Id");
        self.leaf("IBAN", iban);
        self.close("Id");
        self.close(tag);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_amount_is_sepas() {
        assert_eq!(max_amount().to_string(), "999999999.99");
        assert_eq!(cents(Decimal::new(5, 1)), "0.50");
        assert_eq!(cents(Decimal::new(123450, 3)), "123.45");
    }
}
