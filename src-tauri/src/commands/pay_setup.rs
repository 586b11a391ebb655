//! Pay setup (HR): the company's pay components and salary structures, who is paid with which structure and
//! base from when, their bonuses, advances and deductions, and the payroll settings (net rounding, the review
//! threshold, the account salaries are paid from). Everything is read fresh and every change is online-only
//! (see `okta_hr_core::admin::payroll`): what HR sets up here is what the next run computes, so HR sees the
//! server's verdict, each of its problems keyed by field (`rule.expression`, `components.2`, `base_amount`).

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::views::{
    PayComponentList, PersonPayView, SalaryStructureList, SavedPayAdjustment, SavedPayAssignment, SavedPayComponent,
    SavedSalaryStructure,
};
use chrono::NaiveDate;
use okta_hr_core::admin::payroll::{
    NewPayAdjustment, NewPayAssignment, PayComponentChanges, PayrollSettingsChanges, SalaryStructureChanges,
};
use okta_hr_domain::validation::ValidationErrors;
use okta_hr_payroll::Decimal;
use okta_hr_payroll::component::AmountRule;
use okta_hr_payroll::compute::{AdjustmentKind, Recurrence};
use okta_hr_payroll::wire::PayrollSettingsAttributes;
use serde::Deserialize;
use tauri::State;

/// Every pay component of the company, retired ones too, read fresh.
#[tauri::command]
#[specta::specta]
pub async fn pay_components(state: State<'_, AppState>) -> AppResult<PayComponentList> {
    Ok(PayComponentList { items: state.core.read().await.pay_components().await? })
}

/// Creates a pay component (`id` null) or changes one, retires it or brings it back (`retired`); fields left
/// out stay as they are, a rule sent replaces the rule. The server checks it as payroll computes it.
#[tauri::command]
#[specta::specta]
pub async fn save_pay_component(
    state: State<'_, AppState>,
    id: Option<String>,
    changes: PayComponentChanges,
) -> AppResult<SavedPayComponent> {
    let changes = trimmed_component(changes);
    let component = state.core.read().await.save_pay_component(id.as_deref(), &changes).await?;
    Ok(SavedPayComponent { component })
}

/// Every salary structure of the company with its components in payslip order, read fresh.
#[tauri::command]
#[specta::specta]
pub async fn salary_structures(state: State<'_, AppState>) -> AppResult<SalaryStructureList> {
    Ok(SalaryStructureList { items: state.core.read().await.salary_structures().await? })
}

/// Creates a salary structure (`id` null) or renames, reorders, retires or brings one back; a list of
/// components sent replaces the list, each named by id or code.
#[tauri::command]
#[specta::specta]
pub async fn save_salary_structure(
    state: State<'_, AppState>,
    id: Option<String>,
    changes: SalaryStructureChanges,
) -> AppResult<SavedSalaryStructure> {
    let changes = SalaryStructureChanges {
        name: changes.name.map(|name| name.trim().to_owned()),
        components: changes.components.map(|list| list.into_iter().map(|c| c.trim().to_owned()).collect()),
        ..changes
    };
    let structure = state.core.read().await.save_salary_structure(id.as_deref(), &changes).await?;
    Ok(SavedSalaryStructure { structure })
}

/// One person's pay: their assignments (structure and base from a day on) and their adjustments, read fresh.
#[tauri::command]
#[specta::specta]
pub async fn person_pay(state: State<'_, AppState>, employee_id: String) -> AppResult<PersonPayView> {
    let employee = person(&employee_id)?;
    let core = state.core.read().await;
    let (assignments, adjustments) =
        tokio::try_join!(core.pay_assignments(Some(employee)), core.pay_adjustments(Some(employee)))?;
    Ok(PersonPayView { assignments, adjustments })
}

/// Pays someone with a structure and a base amount from a day on; a day inside locked pay is settled as back
/// pay in the next run.
#[tauri::command]
#[specta::specta]
pub async fn assign_pay(state: State<'_, AppState>, assignment: PayAssignmentInput) -> AppResult<SavedPayAssignment> {
    let assignment = assignment.checked()?;
    Ok(SavedPayAssignment { assignment: state.core.read().await.assign_pay(&assignment).await? })
}

/// Removes an assignment no locked run has paid from.
#[tauri::command]
#[specta::specta]
pub async fn remove_pay_assignment(state: State<'_, AppState>, id: String) -> AppResult<()> {
    Ok(state.core.read().await.remove_pay_assignment(&id).await?)
}

/// Adds a bonus, an advance or a deduction, one-off or recurring.
#[tauri::command]
#[specta::specta]
pub async fn add_pay_adjustment(
    state: State<'_, AppState>,
    adjustment: PayAdjustmentInput,
) -> AppResult<SavedPayAdjustment> {
    let adjustment = adjustment.checked()?;
    Ok(SavedPayAdjustment { adjustment: state.core.read().await.add_pay_adjustment(&adjustment).await? })
}

/// Ends a recurring adjustment on `ends_on`, its last day.
#[tauri::command]
#[specta::specta]
pub async fn end_pay_adjustment(
    state: State<'_, AppState>,
    id: String,
    ends_on: NaiveDate,
) -> AppResult<SavedPayAdjustment> {
    Ok(SavedPayAdjustment { adjustment: state.core.read().await.end_pay_adjustment(&id, ends_on).await? })
}

/// Removes an adjustment no locked run has paid.
#[tauri::command]
#[specta::specta]
pub async fn remove_pay_adjustment(state: State<'_, AppState>, id: String) -> AppResult<()> {
    Ok(state.core.read().await.remove_pay_adjustment(&id).await?)
}

/// The payroll settings, read fresh.
#[tauri::command]
#[specta::specta]
pub async fn payroll_settings(state: State<'_, AppState>) -> AppResult<PayrollSettingsAttributes> {
    Ok(state.core.read().await.payroll_settings().await?)
}

/// Changes the payroll settings; fields left out stay as they are. The server checks the IBAN and the BIC.
#[tauri::command]
#[specta::specta]
pub async fn update_payroll_settings(
    state: State<'_, AppState>,
    changes: PayrollSettingsChanges,
) -> AppResult<PayrollSettingsAttributes> {
    let trim = |text: Option<String>| text.map(|text| text.trim().to_owned());
    let changes = PayrollSettingsChanges {
        debtor_name: trim(changes.debtor_name),
        debtor_iban: trim(changes.debtor_iban),
        debtor_bic: trim(changes.debtor_bic),
        ..changes
    };
    Ok(state.core.read().await.update_payroll_settings(&changes).await?)
}

/// A pay assignment as the form sends it: ids as the directory and the lists write them, the base as typed.
#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct PayAssignmentInput {
    pub employee_id: String,
    /// `None` while the form's date is empty or not a day.
    pub effective_from: Option<NaiveDate>,
    pub salary_structure_id: String,
    /// A decimal, `"3000.00"`: the `base` the structure's formulas read.
    pub base_amount: String,
}

impl PayAssignmentInput {
    /// The assignment to send, or what the form must fix first, keyed as the server keys it.
    fn checked(self) -> AppResult<NewPayAssignment> {
        let mut errors = ValidationErrors::default();
        let employee_id = id_of(&mut errors, "employee_id", &self.employee_id);
        let effective_from = required_day(&mut errors, "effective_from", self.effective_from);
        let salary_structure_id = id_of(&mut errors, "salary_structure_id", &self.salary_structure_id);
        let base_amount = amount(&mut errors, "base_amount", &self.base_amount);
        match (employee_id, effective_from, salary_structure_id, base_amount) {
            (Some(employee_id), Some(effective_from), Some(salary_structure_id), Some(base_amount))
                if errors.is_empty() =>
            {
                Ok(NewPayAssignment { employee_id, effective_from, salary_structure_id, base_amount })
            }
            _ => Err(refused(errors)),
        }
    }
}

/// A bonus, an advance or a deduction as the form sends it.
#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct PayAdjustmentInput {
    pub employee_id: String,
    pub kind: AdjustmentKind,
    pub recurrence: Recurrence,
    /// Printed on the payslip.
    pub name: String,
    /// A decimal greater than 0, as typed.
    pub amount: String,
    /// A one-off is paid in the run whose period holds this day; a recurring one from this day on.
    pub starts_on: Option<NaiveDate>,
    /// A recurring adjustment's last day; none: until HR ends it.
    pub ends_on: Option<NaiveDate>,
    pub reason: Option<String>,
}

impl PayAdjustmentInput {
    fn checked(self) -> AppResult<NewPayAdjustment> {
        let mut errors = ValidationErrors::default();
        let employee_id = id_of(&mut errors, "employee_id", &self.employee_id);
        let amount = amount(&mut errors, "amount", &self.amount);
        let starts_on = required_day(&mut errors, "starts_on", self.starts_on);
        match (employee_id, amount, starts_on) {
            (Some(employee_id), Some(amount), Some(starts_on)) if errors.is_empty() => Ok(NewPayAdjustment {
                employee_id,
                kind: self.kind,
                recurrence: self.recurrence,
                name: self.name.trim().to_owned(),
                amount,
                starts_on,
                ends_on: self.ends_on,
                reason: self.reason.map(|reason| reason.trim().to_owned()).filter(|reason| !reason.is_empty()),
            }),
            _ => Err(refused(errors)),
        }
    }
}

/// `field` in the server's words: `base_amount` → "base amount".
fn words(field: &str) -> String {
    field.replace('_', " ")
}

fn id_of(errors: &mut ValidationErrors, field: &str, id: &str) -> Option<i64> {
    let id = id.trim();
    if id.is_empty() {
        errors.add(field, format!("The {} field is required.", words(field)));
        return None;
    }
    let parsed = id.parse().ok();
    if parsed.is_none() {
        errors.add(field, format!("The selected {} is invalid.", words(field)));
    }
    parsed
}

fn required_day(errors: &mut ValidationErrors, field: &str, day: Option<NaiveDate>) -> Option<NaiveDate> {
    if day.is_none() {
        errors.add(field, format!("The {} field must be a valid date.", words(field)));
    }
    day
}

/// A decimal as typed (`"3000"`, `"3000.50"`); the server checks its bounds.
fn amount(errors: &mut ValidationErrors, field: &str, text: &str) -> Option<Decimal> {
    let text = text.trim();
    if text.is_empty() {
        errors.add(field, format!("The {} field is required.", words(field)));
        return None;
    }
    let parsed = text.parse::<Decimal>().ok();
    if parsed.is_none() {
        errors.add(field, format!("The {} field must be a number.", words(field)));
    }
    parsed
}

/// The form's problems as the server's refusals read, so the UI shows each beside its field.
fn refused(errors: ValidationErrors) -> AppError {
    AppError::Rejected { message: errors.message(), errors: errors.0.into_iter().collect() }
}

/// An employee id as the directory writes it.
fn person(id: &str) -> AppResult<i64> {
    id.trim().parse().map_err(|_| AppError::invalid(format!("{id:?} is not someone in the directory")))
}

/// The code, the name and a rule's words without the spaces a form leaves around them.
fn trimmed_component(changes: PayComponentChanges) -> PayComponentChanges {
    let rule = changes.rule.map(|rule| match rule {
        AmountRule::PercentOf { component, percent } => {
            AmountRule::PercentOf { component: component.trim().to_owned(), percent }
        }
        AmountRule::Expression { expression } => AmountRule::Expression { expression: expression.trim().to_owned() },
        other => other,
    });
    PayComponentChanges {
        code: changes.code.map(|code| code.trim().to_owned()),
        name: changes.name.map(|name| name.trim().to_owned()),
        rule,
        ..changes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_is_a_directory_id_and_a_components_words_are_trimmed() {
        assert_eq!(person(" 12 ").ok(), Some(12));
        assert!(person("twelve").is_err());
        let changes = trimmed_component(PayComponentChanges {
            code: Some(" PENSION ".into()),
            rule: Some(AmountRule::Expression { expression: " min(gross, 5000) * 0.073\n".into() }),
            ..PayComponentChanges::default()
        });
        assert_eq!(changes.code.as_deref(), Some("PENSION"));
        assert_eq!(changes.rule, Some(AmountRule::Expression { expression: "min(gross, 5000) * 0.073".into() }));
    }

    #[test]
    fn a_forms_ids_days_and_amounts_are_checked_and_keyed_as_the_server_keys_them() {
        let form = PayAssignmentInput {
            employee_id: "12".into(),
            effective_from: NaiveDate::from_ymd_opt(2026, 12, 1),
            salary_structure_id: " 3 ".into(),
            base_amount: " 3000.50 ".into(),
        };
        let assignment = form.clone().checked().ok().unwrap();
        assert_eq!((assignment.employee_id, assignment.salary_structure_id), (12, 3));
        assert_eq!(assignment.base_amount, Decimal::new(300_050, 2));

        let refused = PayAssignmentInput { base_amount: "3,000".into(), effective_from: None, ..form }.checked();
        let Err(AppError::Rejected { errors, .. }) = refused else { panic!("expected a refusal") };
        assert_eq!(errors["base_amount"], ["The base amount field must be a number."]);
        assert_eq!(errors["effective_from"], ["The effective from field must be a valid date."]);

        let adjustment = PayAdjustmentInput {
            employee_id: "12".into(),
            kind: AdjustmentKind::Bonus,
            recurrence: Recurrence::OneOff,
            name: " Year-end bonus ".into(),
            amount: "500".into(),
            starts_on: NaiveDate::from_ymd_opt(2026, 12, 15),
            ends_on: None,
            reason: Some("  ".into()),
        };
        let checked = adjustment.clone().checked().ok().unwrap();
        assert_eq!((checked.name.as_str(), checked.reason), ("Year-end bonus", None));
        let Err(AppError::Rejected { errors, .. }) =
            PayAdjustmentInput { amount: String::new(), ..adjustment }.checked()
        else {
            panic!("expected a refusal")
        };
        assert_eq!(errors["amount"], ["The amount field is required."]);
    }
}
