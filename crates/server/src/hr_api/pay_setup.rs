//! Pay setup (extension, HR only): the company's pay components and salary structures. Every structure is
//! checked with payroll's own rules (`SalaryStructure::prepare`), so what HR saves is what runs compute, and
//! its problems come back as Laravel 422s keyed by field (`components.2.rule.expression`).

use crate::AppState;
use crate::auth::AuthUser;
use crate::db::Change;
use crate::error::{ApiError, ApiResult};
use crate::http::PathId;
use crate::http::idempotency::{self, Outcome};
use crate::http::input::PostInput;
use crate::http::jsonapi::{JsonApi, ListQuery};
use crate::store::audit;
use crate::store::pay_setup::{self, ComponentRef, PayComponentAttributes, SalaryStructureAttributes};
use axum::extract::State;
use axum::http::StatusCode;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::validation::{ValidationErrors, Validator, attribute};
use okta_hr_domain::wire::Role;
use okta_hr_payroll::Decimal;
use okta_hr_payroll::component::{AmountRule, Component, ComponentKind, MAX_PLACES, Rounding};
use okta_hr_payroll::structure::{MAX_CODE_CHARS, MAX_COMPONENTS};
use serde::Deserialize;
use serde_json::{Map, Value, json};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

const NAME_MAX: usize = 100;
/// Far beyond any formula payroll accepts (it refuses more than 500 characters with its own words).
const FORMULA_MAX: usize = 2_000;
const KINDS: [&str; 3] = ["earning", "deduction", "employer_contribution"];
const RULE_TYPES: [&str; 4] = ["fixed", "percent_of", "percent_of_gross", "expression"];
const MODES: [&str; 4] = ["half_up", "half_even", "down", "up"];

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_components, create_component))
        .routes(routes!(update_component))
        .routes(routes!(list_structures, create_structure))
        .routes(routes!(update_structure))
}

/// How a component's amount is found, as sent.
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct RuleInput {
    /// `fixed`, `percent_of` (another component), `percent_of_gross` or `expression`.
    #[serde(rename = "type")]
    #[schema(example = "fixed")]
    kind: String,
    /// `fixed`: the amount, a decimal (`"3000.00"`), at least 0.
    #[schema(example = "3000.00")]
    amount: Option<String>,
    /// `percent_of`, `percent_of_gross`: the percentage, a decimal, at least 0.
    percent: Option<String>,
    /// `percent_of`: the code of the component it is a percentage of.
    component: Option<String>,
    /// `expression`: a formula over `base`, `working_days`, `paid_days`, `unpaid_days`, `overtime_hours`,
    /// `gross` (not in an earning) and other components' codes, with `min`, `max`, `round`, `floor`, `ceil`.
    #[schema(example = "min(gross, 5000) * 0.073")]
    expression: Option<String>,
}

/// How an amount is rounded, as sent.
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct RoundingInput {
    /// 0 to 10 decimals; 2 by default.
    places: Option<u32>,
    /// `half_up` (default), `half_even`, `down` or `up`.
    mode: Option<String>,
}

/// A component's fields as sent; every one optional, so the same body serves a creation and a change.
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct PayComponentInput {
    /// Required to create. A letter, then letters, digits and `_`, at most 40; unique in the company. Fixed
    /// once a structure or another component uses it.
    #[schema(example = "BASIC")]
    code: Option<String>,
    /// Required to create. Must not be greater than 100 characters.
    #[schema(example = "Basic pay")]
    name: Option<String>,
    /// Required to create. `earning`, `deduction` or `employer_contribution`.
    #[schema(example = "earning")]
    kind: Option<String>,
    /// Required to create; a change replaces the whole rule.
    rule: Option<RuleInput>,
    /// Scaled by paid days over working days; false by default.
    prorated: Option<bool>,
    /// Left off the printed payslip when zero; false by default.
    hidden_when_zero: Option<bool>,
    rounding: Option<RoundingInput>,
    /// Changes only: true retires the component (no current structure may hold it), false brings it back.
    retired: Option<bool>,
}

/// A structure's fields as sent.
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct SalaryStructureInput {
    /// Required to create. Must not be greater than 100 characters; unique in the company.
    #[schema(example = "Staff")]
    name: Option<String>,
    /// Required to create: the components in the order payslips show them, each by id or by code; a change
    /// replaces the list. At most 100.
    #[schema(value_type = Option<Vec<String>>, example = json!(["BASIC", "TRANSPORT", "PENSION_EE"]))]
    components: Option<Vec<Value>>,
    /// Changes only: true retires the structure, false brings it back.
    retired: Option<bool>,
}

/// Moves a nested object's errors under `prefix` (`type` → `rule.type`), in Laravel's dotted words.
pub(crate) fn nest(errors: ValidationErrors, prefix: &str, into: &mut Validator) {
    for (field, messages) in errors.0 {
        let nested = format!("{prefix}.{field}");
        for message in messages {
            into.fail(&nested, message.replacen(&format!(" {} ", attribute(&field)), &format!(" {nested} "), 1));
        }
    }
}

/// An object field, when sent.
pub(crate) fn object<'a>(
    v: &mut Validator,
    input: &'a Map<String, Value>,
    field: &str,
) -> Option<&'a Map<String, Value>> {
    match input.get(field) {
        None | Some(Value::Null) => None,
        Some(Value::Object(map)) => Some(map),
        Some(_) => {
            v.fail(field, format!("The {field} field must be an object."));
            None
        }
    }
}

/// A decimal sent as a string (`"3000.00"`) or a number.
pub(crate) fn decimal(v: &mut Validator, input: &Map<String, Value>, field: &str) -> Option<Decimal> {
    let parsed = match input.get(field) {
        None | Some(Value::Null) => {
            v.fail(field, format!("The {field} field is required."));
            return None;
        }
        Some(Value::String(text)) if text.trim().is_empty() => {
            v.fail(field, format!("The {field} field is required."));
            return None;
        }
        Some(Value::String(text)) => text.trim().parse::<Decimal>().ok(),
        Some(Value::Number(number)) => number.to_string().parse::<Decimal>().ok(),
        Some(_) => None,
    };
    if parsed.is_none() {
        v.fail(field, format!("The {field} field must be a number."));
    }
    parsed
}

fn rule(input: &Map<String, Value>) -> Result<Option<AmountRule>, ValidationErrors> {
    let mut v = Validator::new(input);
    let rule = match v.required_one_of("type", &RULE_TYPES).as_deref() {
        Some("fixed") => decimal(&mut v, input, "amount").map(|amount| AmountRule::Fixed { amount }),
        Some("percent_of") => {
            let component = v.required_string("component", Some(MAX_CODE_CHARS));
            let percent = decimal(&mut v, input, "percent");
            component.zip(percent).map(|(component, percent)| AmountRule::PercentOf { component, percent })
        }
        Some("percent_of_gross") => {
            decimal(&mut v, input, "percent").map(|percent| AmountRule::PercentOfGross { percent })
        }
        Some("expression") => {
            v.required_string("expression", Some(FORMULA_MAX)).map(|expression| AmountRule::Expression { expression })
        }
        _ => None,
    };
    v.finish().map(|()| rule)
}

pub(crate) fn rounding(input: &Map<String, Value>, current: Rounding) -> Result<Rounding, ValidationErrors> {
    let mut v = Validator::new(input);
    let places = v.optional_integer("places");
    if let Some(places) = places
        && !(0..=i64::from(MAX_PLACES)).contains(&places)
    {
        v.fail("places", format!("The places field must be between 0 and {MAX_PLACES}."));
    }
    let mode = v.optional_one_of("mode", &MODES);
    v.finish()?;
    Ok(Rounding {
        places: places.and_then(|places| u32::try_from(places).ok()).unwrap_or(current.places),
        mode: mode.as_deref().and_then(pay_setup::mode_from).unwrap_or(current.mode),
    })
}

/// The component the body describes, over `current` for a change; and whether it retires or brings it back.
fn component_input(
    input: &PostInput,
    current: Option<&PayComponentAttributes>,
) -> ApiResult<(Component, Option<bool>)> {
    let fields = &input.fields;
    let mut v = Validator::new(fields);
    let creating = current.is_none();
    let code = if creating {
        v.required_string("code", Some(MAX_CODE_CHARS))
    } else {
        v.optional_string("code", Some(MAX_CODE_CHARS))
    };
    let name =
        if creating { v.required_string("name", Some(NAME_MAX)) } else { v.optional_string("name", Some(NAME_MAX)) };
    let kind = if creating { v.required_one_of("kind", &KINDS) } else { v.optional_one_of("kind", &KINDS) };
    let kind = kind.map(|kind| match kind.as_str() {
        "deduction" => ComponentKind::Deduction,
        "employer_contribution" => ComponentKind::EmployerContribution,
        _ => ComponentKind::Earning,
    });
    let rule = match object(&mut v, fields, "rule") {
        Some(map) => rule(map).unwrap_or_else(|errors| {
            nest(errors, "rule", &mut v);
            None
        }),
        None => {
            if creating && !v.has_error("rule") {
                v.fail("rule", "The rule field is required.");
            }
            None
        }
    };
    let prorated = v.optional_bool("prorated");
    let hidden_when_zero = v.optional_bool("hidden_when_zero");
    let current_rounding = current.map_or_else(Rounding::default, |c| c.rounding);
    let rounding = match object(&mut v, fields, "rounding") {
        Some(map) => rounding(map, current_rounding).unwrap_or_else(|errors| {
            nest(errors, "rounding", &mut v);
            current_rounding
        }),
        None => current_rounding,
    };
    let retired = v.optional_bool("retired");
    if creating && v.is_present("retired") {
        v.fail("retired", "A new pay component cannot be retired.");
    }
    v.finish()?;
    let missing = || ApiError::internal(anyhow::anyhow!("validated fields missing"));
    let component = Component {
        code: code.or_else(|| current.map(|c| c.code.clone())).ok_or_else(missing)?,
        name: name.or_else(|| current.map(|c| c.name.clone())).ok_or_else(missing)?,
        kind: kind.or(current.map(|c| c.kind)).ok_or_else(missing)?,
        rule: rule.or_else(|| current.map(|c| c.rule.clone())).ok_or_else(missing)?,
        prorated: prorated.or(current.map(|c| c.prorated)).unwrap_or(false),
        hidden_when_zero: hidden_when_zero.or(current.map(|c| c.hidden_when_zero)).unwrap_or(false),
        rounding,
    };
    Ok((component, retired))
}

/// The company's pay components in the order they were made (HR, extension).
///
/// Retired components are listed with `retired: true`.
#[utoipa::path(get, path = "/api/v1/pay-components", tag = "Pay setup", security(("bearer" = [])),
    params(("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses(
        (status = 200, description = "Pay components", body = Document<Vec<Resource<PayComponentAttributes>>>),
        (status = 403, description = "HR only"),
    ))]
async fn list_components(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<PayComponentAttributes>>>>> {
    user.require(&[Role::Hr])?;
    let page = (query.offset(), query.limit());
    let (components, total) =
        state.db.read(move |conn| pay_setup::list_components(conn, user.company_id, page)).await?;
    Ok(query.page(components, total))
}

/// Create a pay component (HR, extension).
///
/// It is checked as payroll computes it, with every component it reads: a formula that does not parse (with
/// the character where it fails), an unknown name, a cycle or an earning that depends on gross is a 422.
#[utoipa::path(post, path = "/api/v1/pay-components", tag = "Pay setup", security(("bearer" = [])),
    request_body = PayComponentInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Created", body = Document<Resource<PayComponentAttributes>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Invalid fields, a code taken, or a rule payroll could not compute"),
    ))]
async fn create_component(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    let (component, _) = component_input(&input, None)?;
    state
        .db
        .write(Change::by(user.actor(), "pay_component.create"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let created = pay_setup::create_component(conn, user.company_id, &component)?;
                let details = json!({ "before": null, "after": pay_setup::audited(&created) });
                tx.audit("pay_component", &created.id, &details)?;
                idempotency::document(StatusCode::CREATED, created)
            })
        })
        .await
}

/// Change or retire a pay component (HR, extension).
///
/// Only the fields sent change (a rule sent replaces the rule). The code is fixed once a structure or another
/// component uses it; a component is retired, never deleted, and not while a current structure holds it; a
/// change that would break a structure holding it is refused with that structure's problem.
#[utoipa::path(patch, path = "/api/v1/pay-components/{payComponent_id}", tag = "Pay setup", security(("bearer" = [])),
    request_body = PayComponentInput,
    params(("payComponent_id" = i64, Path, description = "The ID of the pay component"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 200, description = "The component as changed", body = Document<Resource<PayComponentAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such pay component in the company"),
        (status = 422, description = "Invalid fields, a code fixed or taken, or a rule payroll could not compute"),
    ))]
async fn update_component(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(component_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "pay_component.update"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let current = pay_setup::get_component(conn, user.company_id, component_id)?
                    .ok_or_else(|| ApiError::not_found("Pay component"))?;
                let (component, retired) = component_input(&input, Some(&current.attributes))?;
                let (before, after) =
                    pay_setup::update_component(conn, user.company_id, component_id, &component, retired)?;
                let details = audit::changes(&pay_setup::audited(&before), &pay_setup::audited(&after));
                if details.as_object().is_some_and(|changed| changed.is_empty()) {
                    tx.unchanged();
                } else {
                    tx.audit("pay_component", &after.id, &details)?;
                }
                idempotency::document(StatusCode::OK, after)
            })
        })
        .await
}

/// The structure's fields as sent: its name, its components by id or code, whether it retires.
struct StructureChange {
    name: Option<String>,
    components: Option<Vec<ComponentRef>>,
    retired: Option<bool>,
}

fn structure_input(input: &PostInput, creating: bool) -> ApiResult<StructureChange> {
    let mut v = Validator::new(&input.fields);
    let name =
        if creating { v.required_string("name", Some(NAME_MAX)) } else { v.optional_string("name", Some(NAME_MAX)) };
    let components = match input.fields.get("components") {
        None | Some(Value::Null) => {
            if creating {
                v.fail("components", "The components field is required.");
            }
            None
        }
        Some(Value::Array(items)) if items.is_empty() => {
            v.fail("components", "The components field is required.");
            None
        }
        Some(Value::Array(items)) if items.len() > MAX_COMPONENTS => {
            v.fail("components", format!("The components field must not have more than {MAX_COMPONENTS} items."));
            None
        }
        Some(Value::Array(items)) => {
            let mut refs = Vec::with_capacity(items.len());
            for (index, item) in items.iter().enumerate() {
                let reference = match item {
                    Value::Number(number) => number.as_i64().map(ComponentRef::Id),
                    Value::String(text) if !text.is_empty() && text.chars().all(|c| c.is_ascii_digit()) => {
                        text.parse().ok().map(ComponentRef::Id)
                    }
                    Value::String(text) if !text.trim().is_empty() => Some(ComponentRef::Code(text.trim().to_owned())),
                    _ => None,
                };
                match reference {
                    Some(reference) => refs.push(reference),
                    None => v.fail(
                        &format!("components.{index}"),
                        format!("The components.{index} field must be a component's id or code."),
                    ),
                }
            }
            (refs.len() == items.len()).then_some(refs)
        }
        Some(_) => {
            v.fail("components", "The components field must be an array.");
            None
        }
    };
    let retired = v.optional_bool("retired");
    if creating && v.is_present("retired") {
        v.fail("retired", "A new salary structure cannot be retired.");
    }
    v.finish()?;
    Ok(StructureChange { name, components, retired })
}

/// The company's salary structures by name, each with its components in order (HR, extension).
#[utoipa::path(get, path = "/api/v1/salary-structures", tag = "Pay setup", security(("bearer" = [])),
    params(("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses(
        (status = 200, description = "Salary structures", body = Document<Vec<Resource<SalaryStructureAttributes>>>),
        (status = 403, description = "HR only"),
    ))]
async fn list_structures(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<SalaryStructureAttributes>>>>> {
    user.require(&[Role::Hr])?;
    let page = (query.offset(), query.limit());
    let (structures, total) =
        state.db.read(move |conn| pay_setup::list_structures(conn, user.company_id, page)).await?;
    Ok(query.page(structures, total))
}

/// Create a salary structure (HR, extension).
///
/// Its components, by id or code, in the order payslips show them. It is checked as payroll computes it: an
/// unknown or retired component, a component missing that another reads, components that depend on each
/// other and an earning that depends on gross are 422s keyed by position (`components.2.rule`).
#[utoipa::path(post, path = "/api/v1/salary-structures", tag = "Pay setup", security(("bearer" = [])),
    request_body = SalaryStructureInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Created", body = Document<Resource<SalaryStructureAttributes>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Invalid fields, a name taken, or a structure payroll could not compute"),
    ))]
async fn create_structure(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    let change = structure_input(&input, true)?;
    let (Some(name), Some(components)) = (change.name, change.components) else {
        return Err(ApiError::internal(anyhow::anyhow!("validated fields missing")));
    };
    state
        .db
        .write(Change::by(user.actor(), "salary_structure.create"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let created = pay_setup::create_structure(conn, user.company_id, &name, &components)?;
                let details = json!({ "before": null, "after": pay_setup::audited(&created) });
                tx.audit("salary_structure", &created.id, &details)?;
                idempotency::document(StatusCode::CREATED, created)
            })
        })
        .await
}

/// Change, reorder or retire a salary structure (HR, extension).
///
/// Only the fields sent change (a list of components sent replaces the list); the result is checked again as
/// a whole, as on creation.
#[utoipa::path(patch, path = "/api/v1/salary-structures/{salaryStructure_id}", tag = "Pay setup",
    security(("bearer" = [])),
    request_body = SalaryStructureInput,
    params(("salaryStructure_id" = i64, Path, description = "The ID of the salary structure"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 200, description = "The structure as changed", body = Document<Resource<SalaryStructureAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such salary structure in the company"),
        (status = 422, description = "Invalid fields, a name taken, or a structure payroll could not compute"),
    ))]
async fn update_structure(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(structure_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "salary_structure.update"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                pay_setup::get_structure(conn, user.company_id, structure_id)?
                    .ok_or_else(|| ApiError::not_found("Salary structure"))?;
                let change = structure_input(&input, false)?;
                let (before, after) = pay_setup::update_structure(
                    conn,
                    user.company_id,
                    structure_id,
                    change.name.as_deref(),
                    change.components.as_deref(),
                    change.retired,
                )?;
                let details = audit::changes(&pay_setup::audited(&before), &pay_setup::audited(&after));
                if details.as_object().is_some_and(|changed| changed.is_empty()) {
                    tx.unchanged();
                } else {
                    tx.audit("salary_structure", &after.id, &details)?;
                }
                idempotency::document(StatusCode::OK, after)
            })
        })
        .await
}
