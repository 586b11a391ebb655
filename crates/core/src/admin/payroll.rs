//! HR running payroll through the HR API: pay setup (components and salary structures), who is paid what
//! (assignments, adjustments), the payroll settings, and a month's run from draft to published with its
//! lines held, excluded or overridden on the way.
//!
//! Every change is online-only, as every admin write is: a lock or a hold queued for later could pay people
//! the wrong amount before anyone saw the server's verdict. The runs and a run's reviewed lines are kept in
//! the same cached documents as the app's Payroll screen reads, so they still show, with their age, when the
//! server cannot be reached; pay setup is read fresh.

use super::{refusal_of_read, refusal_of_write};
use crate::cache::CachedDocument;
use crate::error::{CoreError, CoreResult};
use crate::{Core, Fresh};
use chrono::NaiveDate;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::wire::PayrollRunAttributes;
use okta_hr_payroll::Decimal;
use okta_hr_payroll::component::{AmountRule, ComponentKind, RoundingMode};
use okta_hr_payroll::compute::{AdjustmentKind, Recurrence};
use okta_hr_payroll::wire::{
    PayAdjustmentAttributes, PayAssignmentAttributes, PayComponentAttributes, PayrollLineAttributes,
    PayrollSettingsAttributes, SalaryStructureAttributes,
};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

/// A rounding to change: only the parts `Some` change, the others keep what is stored.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RoundingChange {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub places: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<RoundingMode>,
}

/// A pay component's fields; only those `Some` are sent, so the same value creates (all of code, name, kind
/// and rule needed) or changes one.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PayComponentChanges {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<ComponentKind>,
    /// A rule sent replaces the whole rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<AmountRule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prorated: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hidden_when_zero: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rounding: Option<RoundingChange>,
    /// Changes only: true retires the component, false brings it back.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retired: Option<bool>,
}

/// A salary structure's fields; only those `Some` are sent.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SalaryStructureChanges {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The components in payslip order, each by id or code; a list sent replaces the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub components: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retired: Option<bool>,
}

/// Pay someone with a structure and a base amount from a day on. A day inside locked pay is allowed: the
/// server adds the difference to the next run as back pay.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct NewPayAssignment {
    pub employee_id: i64,
    pub effective_from: NaiveDate,
    pub salary_structure_id: i64,
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub base_amount: Decimal,
}

/// A bonus, an advance or a deduction for someone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct NewPayAdjustment {
    pub employee_id: i64,
    pub kind: AdjustmentKind,
    pub recurrence: Recurrence,
    /// Printed on the payslip.
    pub name: String,
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub amount: Decimal,
    /// A one-off is paid in the run whose period holds this day; a recurring one from this day on.
    pub starts_on: NaiveDate,
    /// A recurring adjustment's last day.
    pub ends_on: Option<NaiveDate>,
    pub reason: Option<String>,
}

/// The payroll settings to change; only the fields `Some` are sent.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PayrollSettingsChanges {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub net_rounding: Option<RoundingChange>,
    /// A net that moves more than this percentage from the previous run is flagged.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "specta", specta(type = Option<String>))]
    pub net_change_threshold: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub debtor_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub debtor_iban: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub debtor_bic: Option<String>,
    /// Hours a day after which attendance counts as overtime.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "specta", specta(type = Option<String>))]
    pub overtime_after_hours: Option<Decimal>,
}

/// The period a new run pays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum RunPeriod {
    /// A calendar month.
    Month { year: i32, month: u32 },
    /// Any other stretch of days, both included.
    Days { first_day: NaiveDate, last_day: NaiveDate },
}

impl RunPeriod {
    fn body(self, pay_date: Option<NaiveDate>) -> Value {
        let mut body = match self {
            RunPeriod::Month { year, month } => json!({ "period": format!("{year:04}-{month:02}") }),
            RunPeriod::Days { first_day, last_day } => json!({ "period_start": first_day, "period_end": last_day }),
        };
        if let Some(pay_date) = pay_date {
            body["pay_date"] = json!(pay_date);
        }
        body
    }
}

/// A step of a run's life after the draft is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum RunStep {
    /// A draft from today's data (holds, exclusions and overrides kept); a locked run is checked to
    /// compute to what was locked, and not changed.
    Recompute,
    /// Freezes the figures and the bank accounts; refused while anyone failed, would be paid a negative
    /// net or has no bank account.
    Lock,
    /// The bank transfers were made.
    Pay,
    /// Everyone paid sees their payslip and is told.
    Publish,
}

impl RunStep {
    fn operation(self) -> &'static str {
        match self {
            RunStep::Recompute => "recompute",
            RunStep::Lock => "lock",
            RunStep::Pay => "pay",
            RunStep::Publish => "publish",
        }
    }
}

/// What HR decides for one person in a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum LineDecision {
    /// Computed and locked with the run, but neither paid in its bank file nor published.
    Hold,
    /// No payslip in this run.
    Exclude,
    /// Back in the run, computed again.
    Include,
}

impl LineDecision {
    fn operation(self) -> &'static str {
        match self {
            LineDecision::Hold => "hold",
            LineDecision::Exclude => "exclude",
            LineDecision::Include => "include",
        }
    }
}

/// The two bank files a locked run has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum BankFileFormat {
    /// Any bank, any currency.
    Csv,
    /// A SEPA credit transfer (pain.001.001.03), in euros.
    Pain001,
}

impl BankFileFormat {
    fn query(self) -> (&'static str, &'static str) {
        match self {
            BankFileFormat::Csv => ("csv", "text/csv"),
            BankFileFormat::Pain001 => ("pain.001", "application/xml"),
        }
    }
}

/// A run's bank file as the server made it, with the name it suggests saving it under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BankFile {
    pub file_name: String,
    pub content: String,
}

/// A run with every person's line as HR reviews it: status, the payslip with each line's explanation,
/// and the change from the previous run with its flags.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PayrollRunReview {
    pub run: Resource<PayrollRunAttributes>,
    pub lines: Vec<Resource<PayrollLineAttributes>>,
}

/// `GET /payroll-runs/{id}` as the cache keeps it: every included resource is one of the run's lines.
#[derive(Deserialize)]
struct ReviewedRunDocument {
    data: Resource<PayrollRunAttributes>,
    #[serde(default)]
    included: Vec<Resource<PayrollLineAttributes>>,
}

impl From<ReviewedRunDocument> for PayrollRunReview {
    fn from(document: ReviewedRunDocument) -> Self {
        PayrollRunReview { run: document.data, lines: document.included }
    }
}

/// An id as the server writes it, checked before it goes into a path.
fn checked_id<'a>(id: &'a str, what: &str) -> CoreResult<&'a str> {
    let id = id.trim();
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_digit()) {
        return Err(CoreError::Invalid(format!("{id:?} is not a {what} id")));
    }
    Ok(id)
}

/// The list of `path`, optionally one employee's.
fn of_employee(path: &str, employee_id: Option<i64>) -> String {
    match employee_id {
        Some(id) => format!("{path}?filter[employee]={id}"),
        None => path.to_owned(),
    }
}

/// The name in a `Content-Disposition: attachment; filename="…"` header.
fn attachment_name(headers: &reqwest::header::HeaderMap) -> Option<String> {
    let disposition = headers.get(reqwest::header::CONTENT_DISPOSITION)?.to_str().ok()?;
    let (_, name) = disposition.split_once("filename=")?;
    Some(name.trim().trim_matches('"').to_owned()).filter(|name| !name.is_empty())
}

/// A fresh key per write, so a request the transport repeats is applied once.
fn idempotency_key() -> String {
    uuid::Uuid::new_v4().to_string()
}

impl Core {
    /// The company's pay components, retired ones included (HR), read fresh.
    pub async fn pay_components(&self) -> CoreResult<Vec<Resource<PayComponentAttributes>>> {
        self.account()?.client.all_pages("/api/v1/pay-components").await.map_err(refusal_of_read)
    }

    /// Creates (`id` `None`) or changes a pay component (HR), online only. The server checks it as payroll
    /// computes it and answers a formula's or a structure's problem per field.
    pub async fn save_pay_component(
        &self,
        id: Option<&str>,
        changes: &PayComponentChanges,
    ) -> CoreResult<Resource<PayComponentAttributes>> {
        let client = &self.account()?.client;
        let saved: Document<Resource<PayComponentAttributes>> = match id {
            None => client.post("/api/v1/pay-components", changes, Some(&idempotency_key())).await,
            Some(id) => {
                client.patch(&format!("/api/v1/pay-components/{}", checked_id(id, "pay component")?), changes).await
            }
        }
        .map_err(refusal_of_write)?
        .body;
        Ok(saved.data)
    }

    /// The company's salary structures with their components in order (HR), read fresh.
    pub async fn salary_structures(&self) -> CoreResult<Vec<Resource<SalaryStructureAttributes>>> {
        self.account()?.client.all_pages("/api/v1/salary-structures").await.map_err(refusal_of_read)
    }

    /// Creates (`id` `None`) or changes a salary structure (HR), online only.
    pub async fn save_salary_structure(
        &self,
        id: Option<&str>,
        changes: &SalaryStructureChanges,
    ) -> CoreResult<Resource<SalaryStructureAttributes>> {
        let client = &self.account()?.client;
        let saved: Document<Resource<SalaryStructureAttributes>> = match id {
            None => client.post("/api/v1/salary-structures", changes, Some(&idempotency_key())).await,
            Some(id) => {
                client
                    .patch(&format!("/api/v1/salary-structures/{}", checked_id(id, "salary structure")?), changes)
                    .await
            }
        }
        .map_err(refusal_of_write)?
        .body;
        Ok(saved.data)
    }

    /// Who is paid with which structure and base from when (HR), everyone's or one person's, read fresh.
    pub async fn pay_assignments(
        &self,
        employee_id: Option<i64>,
    ) -> CoreResult<Vec<Resource<PayAssignmentAttributes>>> {
        let path = of_employee("/api/v1/pay-assignments", employee_id);
        self.account()?.client.all_pages(&path).await.map_err(refusal_of_read)
    }

    /// Pays someone with a structure and a base from a day on (HR), online only.
    pub async fn assign_pay(&self, assignment: &NewPayAssignment) -> CoreResult<Resource<PayAssignmentAttributes>> {
        let client = &self.account()?.client;
        let saved: Document<Resource<PayAssignmentAttributes>> = client
            .post("/api/v1/pay-assignments", assignment, Some(&idempotency_key()))
            .await
            .map_err(refusal_of_write)?
            .body;
        Ok(saved.data)
    }

    /// Removes an assignment no locked run has paid from (HR), online only.
    pub async fn remove_pay_assignment(&self, id: &str) -> CoreResult<()> {
        let path = format!("/api/v1/pay-assignments/{}", checked_id(id, "pay assignment")?);
        self.account()?.client.delete(&path).await.map_err(refusal_of_write)
    }

    /// Bonuses, advances and deductions, newest first (HR), everyone's or one person's, read fresh.
    pub async fn pay_adjustments(
        &self,
        employee_id: Option<i64>,
    ) -> CoreResult<Vec<Resource<PayAdjustmentAttributes>>> {
        let path = of_employee("/api/v1/pay-adjustments", employee_id);
        self.account()?.client.all_pages(&path).await.map_err(refusal_of_read)
    }

    /// Adds a bonus, an advance or a deduction (HR), online only.
    pub async fn add_pay_adjustment(
        &self,
        adjustment: &NewPayAdjustment,
    ) -> CoreResult<Resource<PayAdjustmentAttributes>> {
        let client = &self.account()?.client;
        let added: Document<Resource<PayAdjustmentAttributes>> = client
            .post("/api/v1/pay-adjustments", adjustment, Some(&idempotency_key()))
            .await
            .map_err(refusal_of_write)?
            .body;
        Ok(added.data)
    }

    /// Ends a recurring adjustment on `ends_on` (HR), online only.
    pub async fn end_pay_adjustment(
        &self,
        id: &str,
        ends_on: NaiveDate,
    ) -> CoreResult<Resource<PayAdjustmentAttributes>> {
        let path = format!("/api/v1/pay-adjustments/{}", checked_id(id, "pay adjustment")?);
        let client = &self.account()?.client;
        let ended: Document<Resource<PayAdjustmentAttributes>> =
            client.patch(&path, &json!({ "ends_on": ends_on })).await.map_err(refusal_of_write)?.body;
        Ok(ended.data)
    }

    /// Removes an adjustment no locked run has paid (HR), online only.
    pub async fn remove_pay_adjustment(&self, id: &str) -> CoreResult<()> {
        let path = format!("/api/v1/pay-adjustments/{}", checked_id(id, "pay adjustment")?);
        self.account()?.client.delete(&path).await.map_err(refusal_of_write)
    }

    /// The company's payroll settings (HR), read fresh.
    pub async fn payroll_settings(&self) -> CoreResult<PayrollSettingsAttributes> {
        let client = &self.account()?.client;
        let settings: Document<Resource<PayrollSettingsAttributes>> =
            client.get("/api/v1/payroll-settings").await.map_err(refusal_of_read)?.body;
        Ok(settings.data.attributes)
    }

    /// Changes the payroll settings (HR), online only; the debtor's IBAN and BIC are checked by the server.
    pub async fn update_payroll_settings(
        &self,
        changes: &PayrollSettingsChanges,
    ) -> CoreResult<PayrollSettingsAttributes> {
        let client = &self.account()?.client;
        let settings: Document<Resource<PayrollSettingsAttributes>> =
            client.put("/api/v1/payroll-settings", changes).await.map_err(refusal_of_write)?.body;
        Ok(settings.data.attributes)
    }

    /// The company's runs, newest period first (HR), fetched fresh; the last copy when the server cannot
    /// be reached.
    pub async fn review_payroll_runs(&self) -> CoreResult<Fresh<Vec<Resource<PayrollRunAttributes>>>> {
        let fetched = self.fetch_document::<Document<Vec<Resource<PayrollRunAttributes>>>>(CachedDocument::PayrollRuns);
        self.fetched_or_kept(fetched.await, CachedDocument::PayrollRuns)?;
        self.cached_list(CachedDocument::PayrollRuns)
    }

    /// A run with every line as HR reviews it (HR), fetched fresh; the last copy when the server cannot be
    /// reached.
    pub async fn review_payroll_run(&self, id: i64) -> CoreResult<Fresh<PayrollRunReview>> {
        let fetched = self.fetch_document::<Value>(CachedDocument::PayrollRun(id)).await;
        self.fetched_or_kept(fetched, CachedDocument::PayrollRun(id))?;
        self.cached_payroll_run_review(id)
    }

    /// A run with its reviewed lines as last fetched, without contacting the server.
    pub fn cached_payroll_run_review(&self, id: i64) -> CoreResult<Fresh<PayrollRunReview>> {
        let cached = self.cached_document::<ReviewedRunDocument>(CachedDocument::PayrollRun(id))?;
        match cached.data {
            Some(document) => Ok(Fresh { data: document.into(), fetched_at: cached.fetched_at }),
            None => Err(CoreError::Invalid(format!("payroll run {id} was never read on this device; go online once"))),
        }
    }

    /// Passes a fetch that failed only because the server cannot be reached when `document` is kept from
    /// before; the whole app then shows it is offline.
    fn fetched_or_kept<T>(&self, fetched: CoreResult<T>, document: CachedDocument) -> CoreResult<()> {
        match fetched {
            Ok(_) => Ok(()),
            Err(CoreError::Client(error)) if error.is_transient() => {
                let cache = crate::sync::lock(&self.account()?.cache);
                cache.record_sync(Some(&error.to_string()))?;
                if cache.document::<Value>(&document.path())?.is_none() {
                    return Err(error.into());
                }
                Ok(())
            }
            Err(CoreError::Client(error)) => Err(refusal_of_read(error)),
            Err(other) => Err(other),
        }
    }

    /// Makes a draft run for `period` and computes everyone in it (HR), online only. People who cannot be
    /// computed get a failed line with the reason; the run is made all the same.
    pub async fn create_payroll_run(
        &self,
        period: RunPeriod,
        pay_date: Option<NaiveDate>,
    ) -> CoreResult<Resource<PayrollRunAttributes>> {
        let client = &self.account()?.client;
        let created: Document<Resource<PayrollRunAttributes>> = client
            .post("/api/v1/payroll-runs", &period.body(pay_date), Some(&idempotency_key()))
            .await
            .map_err(refusal_of_write)?
            .body;
        self.after_runs_changed(created.data.id.parse().ok()).await;
        Ok(created.data)
    }

    /// Corrects a locked run (HR), online only: a new draft for its period whose lines pay the difference
    /// from what it paid, reviewed and locked like any run.
    pub async fn correct_payroll_run(
        &self,
        id: i64,
        pay_date: Option<NaiveDate>,
    ) -> CoreResult<Resource<PayrollRunAttributes>> {
        let client = &self.account()?.client;
        let body = match pay_date {
            Some(day) => serde_json::json!({ "pay_date": day }),
            None => serde_json::json!({}),
        };
        let path = format!("/api/v1/payroll-runs/{id}/correction");
        let created: Document<Resource<PayrollRunAttributes>> =
            client.post(&path, &body, Some(&idempotency_key())).await.map_err(refusal_of_write)?.body;
        self.after_runs_changed(created.data.id.parse().ok()).await;
        Ok(created.data)
    }

    /// Deletes a draft (HR), online only; a locked run is never deleted, it is corrected in a later one.
    pub async fn delete_payroll_run(&self, id: i64) -> CoreResult<()> {
        self.account()?.client.delete(&format!("/api/v1/payroll-runs/{id}")).await.map_err(refusal_of_write)?;
        self.after_runs_changed(None).await;
        Ok(())
    }

    /// Recomputes, locks, marks paid or publishes a run (HR), online only; answers the run as changed.
    pub async fn advance_payroll_run(&self, id: i64, step: RunStep) -> CoreResult<Resource<PayrollRunAttributes>> {
        let path = format!("/api/v1/payroll-runs/{id}/{}", step.operation());
        let client = &self.account()?.client;
        let advanced: Document<Resource<PayrollRunAttributes>> =
            client.post(&path, &json!({}), Some(&idempotency_key())).await.map_err(refusal_of_write)?.body;
        self.after_runs_changed(Some(id)).await;
        Ok(advanced.data)
    }

    /// A locked run's bank file (HR): everyone paid with their frozen account and net. A SEPA file the run
    /// cannot be carried in (not euros, an IBAN, the company's account missing) is refused with the reason.
    pub async fn payroll_bank_file(&self, id: i64, format: BankFileFormat) -> CoreResult<BankFile> {
        let (query, accept) = format.query();
        let path = format!("/api/v1/payroll-runs/{id}/bank-file?format={query}");
        let answer = self.account()?.client.get_text(&path, accept).await.map_err(refusal_of_write)?;
        let file_name = attachment_name(&answer.headers).unwrap_or_else(|| format!("salaries-run-{id}.{query}"));
        Ok(BankFile { file_name, content: answer.body })
    }

    /// Every payslip of a locked run as one ZIP of PDFs (HR), online only: its file name and bytes.
    pub async fn payroll_payslips_zip(&self, id: i64) -> CoreResult<(String, Vec<u8>)> {
        let path = format!("/api/v1/payroll-runs/{id}/payslips.zip");
        let (headers, bytes) =
            self.account()?.client.get_bytes(&path, "application/zip").await.map_err(refusal_of_write)?;
        let file_name = attachment_name(&headers).unwrap_or_else(|| format!("payslips-run-{id}.zip"));
        Ok((file_name, bytes))
    }

    /// Holds, excludes or includes again one person of a draft (HR), online only; holding and excluding
    /// need a reason. Answers the line as reviewed now.
    pub async fn decide_payroll_line(
        &self,
        line_id: &str,
        decision: LineDecision,
        reason: Option<&str>,
    ) -> CoreResult<Resource<PayrollLineAttributes>> {
        let path = format!("/api/v1/payroll-lines/{}/{}", checked_id(line_id, "payroll line")?, decision.operation());
        let body = match reason {
            Some(reason) => json!({ "reason": reason }),
            None => json!({}),
        };
        self.change_payroll_line(&path, &body).await
    }

    /// Pays `amount` instead of what component `code` computes on one person's draft payslip, printed with
    /// `reason` (HR), online only; the lines after it follow the new amount.
    pub async fn override_payroll_line(
        &self,
        line_id: &str,
        code: &str,
        amount: Decimal,
        reason: &str,
    ) -> CoreResult<Resource<PayrollLineAttributes>> {
        let path = format!("/api/v1/payroll-lines/{}/overrides", checked_id(line_id, "payroll line")?);
        self.change_payroll_line(&path, &json!({ "code": code, "amount": amount, "reason": reason })).await
    }

    /// Takes an override off, so component `code` is computed by its rule again (HR), online only.
    pub async fn clear_payroll_line_override(
        &self,
        line_id: &str,
        code: &str,
    ) -> CoreResult<Resource<PayrollLineAttributes>> {
        let path = format!("/api/v1/payroll-lines/{}/overrides", checked_id(line_id, "payroll line")?);
        self.change_payroll_line(&path, &json!({ "code": code, "amount": null })).await
    }

    async fn change_payroll_line(&self, path: &str, body: &Value) -> CoreResult<Resource<PayrollLineAttributes>> {
        let client = &self.account()?.client;
        let changed: Document<Resource<PayrollLineAttributes>> =
            client.post(path, body, Some(&idempotency_key())).await.map_err(refusal_of_write)?.body;
        let run_id = changed.data.related_id("payroll_run").and_then(|id| id.parse().ok());
        self.after_runs_changed(run_id).await;
        Ok(changed.data)
    }

    /// Fetches again the runs and the run a change touched, so the kept copies (the app's Payroll screen,
    /// `--offline`) show it. The change is made either way; a failed fetch only leaves the copies older.
    async fn after_runs_changed(&self, run_id: Option<i64>) {
        let documents = std::iter::once(CachedDocument::PayrollRuns).chain(run_id.map(CachedDocument::PayrollRun));
        for document in documents {
            if let Err(error) = self.fetch_document::<Value>(document).await {
                tracing::warn!(%error, "could not fetch the payroll runs after a change");
            }
        }
    }
}
