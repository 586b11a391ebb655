//! Pay setup: the company's pay components and the salary structures that order them. Every rule a
//! structure must keep is payroll's own (`SalaryStructure::prepare`), checked here whenever a structure or a
//! component it uses changes, so a stored structure always computes. Components are retired, never deleted.

use crate::db::{Connection, OptionalExtension, Row, params};
use crate::store::{Listing, StoreError, StoreResult};
use chrono::Utc;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::validation::ValidationErrors;
use okta_hr_payroll::component::{AmountRule, Component, GROSS, INPUT_NAMES, Rounding};
use okta_hr_payroll::expression::Expression;
use okta_hr_payroll::structure::{MAX_COMPONENTS, SalaryStructure};
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::{BTreeSet, HashMap};

mod columns;
mod demo;
mod structures;

use columns::{conversion, decimal, kind_from};
pub use columns::{kind_name, mode_from, mode_name};
pub use demo::seed_demo;
pub use structures::salary_structures;

pub use okta_hr_payroll::wire::{
    PAY_COMPONENT, PayComponentAttributes, SALARY_STRUCTURE, SalaryStructureAttributes, StructureComponent,
};

const COMPONENT_COLUMNS: &str = "c.id, c.code, c.name, c.kind, c.rule_type, c.amount, c.percent, c.of_component,
    c.expression, c.prorated, c.hidden_when_zero, c.rounding_places, c.rounding_mode, c.retired_at IS NOT NULL";

/// The component's id and attributes from [`COMPONENT_COLUMNS`].
fn component_row(r: &Row) -> crate::db::Result<(i64, PayComponentAttributes)> {
    component_row_at(r, 0)
}

/// The same, with [`COMPONENT_COLUMNS`] starting at column `at`.
fn component_row_at(r: &Row, at: usize) -> crate::db::Result<(i64, PayComponentAttributes)> {
    let kind: String = r.get(at + 3)?;
    let rule_type: String = r.get(at + 4)?;
    let rule = match rule_type.as_str() {
        "fixed" => AmountRule::Fixed { amount: decimal(r, at + 5)? },
        "percent_of" => AmountRule::PercentOf { component: r.get(at + 7)?, percent: decimal(r, at + 6)? },
        "percent_of_gross" => AmountRule::PercentOfGross { percent: decimal(r, at + 6)? },
        "expression" => AmountRule::Expression { expression: r.get(at + 8)? },
        other => return Err(conversion(at + 4, format!("unknown rule type {other}"))),
    };
    let mode: String = r.get(at + 12)?;
    let attributes = PayComponentAttributes {
        code: r.get(at + 1)?,
        name: r.get(at + 2)?,
        kind: kind_from(&kind).ok_or_else(|| conversion(at + 3, format!("unknown kind {kind}")))?,
        rule,
        prorated: r.get(at + 9)?,
        hidden_when_zero: r.get(at + 10)?,
        rounding: Rounding {
            places: r.get(at + 11)?,
            mode: mode_from(&mode).ok_or_else(|| conversion(at + 12, format!("unknown rounding {mode}")))?,
        },
        retired: r.get(at + 13)?,
    };
    Ok((r.get(at)?, attributes))
}

fn component_resource(r: &Row) -> crate::db::Result<Resource<PayComponentAttributes>> {
    let (id, attributes) = component_row(r)?;
    Ok(Resource::new(PAY_COMPONENT, id, attributes))
}

/// What the audit trail records of a component or a structure.
pub fn audited<A: Serialize>(resource: &Resource<A>) -> Value {
    json!(resource.attributes)
}

pub fn get_component(
    conn: &Connection,
    company_id: i64,
    id: i64,
) -> StoreResult<Option<Resource<PayComponentAttributes>>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COMPONENT_COLUMNS} FROM pay_components c WHERE c.id = ?1 AND c.company_id = ?2"
        ))?
        .query_row([id, company_id], component_resource)
        .optional()?)
}

/// The company's components in the order they were made, retired ones included (each says so).
pub fn list_components(
    conn: &Connection,
    company_id: i64,
    (offset, limit): (i64, i64),
) -> StoreResult<(Vec<Resource<PayComponentAttributes>>, u64)> {
    Listing::new("c.company_id", company_id).fetch(
        conn,
        "FROM pay_components c",
        &format!("SELECT {COMPONENT_COLUMNS} FROM pay_components c"),
        "c.id",
        (offset, limit),
        component_resource,
    )
}

/// Every component of the company, retired ones included, by id.
fn all_components(conn: &Connection, company_id: i64) -> StoreResult<Vec<(i64, PayComponentAttributes)>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COMPONENT_COLUMNS} FROM pay_components c WHERE c.company_id = ?1 ORDER BY c.id"
        ))?
        .query_map([company_id], component_row)?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

/// The names a rule reads besides the inputs and gross: other components' codes.
fn names_read(rule: &AmountRule) -> Vec<String> {
    match rule {
        AmountRule::PercentOf { component, .. } => vec![component.clone()],
        AmountRule::Expression { expression } => Expression::parse(expression)
            .map(|parsed| {
                parsed
                    .names()
                    .into_iter()
                    .filter(|name| *name != GROSS && !INPUT_NAMES.contains(name))
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default(),
        AmountRule::Fixed { .. } | AmountRule::PercentOfGross { .. } => Vec::new(),
    }
}

/// Checks a component as payroll would in any structure: with every component it reads, directly or
/// through others, among the company's current ones (a structure must hold them all). Errors are keyed by
/// the component's own fields (`rule.expression`).
fn check_component(conn: &Connection, company_id: i64, id: Option<i64>, component: &Component) -> StoreResult<()> {
    let current: HashMap<String, Component> = all_components(conn, company_id)?
        .into_iter()
        .filter(|(other, attributes)| Some(*other) != id && !attributes.retired)
        .map(|(_, attributes)| (attributes.code.clone(), attributes.component()))
        .collect();
    let mut closure = vec![component.clone()];
    let mut seen: BTreeSet<String> = BTreeSet::from([component.code.clone()]);
    let mut next = 0;
    while next < closure.len() && closure.len() < MAX_COMPONENTS {
        for name in names_read(&closure[next].rule) {
            if let Some(found) = current.get(&name)
                && seen.insert(name)
            {
                closure.push(found.clone());
            }
        }
        next += 1;
    }
    closure.truncate(MAX_COMPONENTS);
    let structure = SalaryStructure { name: component.name.clone(), components: closure.clone() };
    let Err(errors) = structure.prepare() else {
        return Ok(());
    };
    let mut keyed = ValidationErrors::default();
    for (field, messages) in errors.0 {
        let own = field.strip_prefix("components.0.");
        let index: Option<usize> =
            field.strip_prefix("components.").and_then(|rest| rest.split('.').next()?.parse().ok());
        for message in messages {
            match (own, index) {
                (Some(own), _) => keyed.add(own, message.replace("components.0.", "")),
                (None, Some(index)) => {
                    let code = closure.get(index).map_or("", |c| c.code.as_str());
                    keyed.add("rule", message.replace(&format!("components.{index}."), &format!("{code}'s ")));
                }
                // The name is checked with the other fields.
                (None, None) if field == "name" => {}
                (None, None) => keyed.add("rule", message),
            }
        }
    }
    if keyed.is_empty() { Ok(()) } else { Err(keyed.into()) }
}

fn code_taken(conn: &Connection, company_id: i64, code: &str, other_than: Option<i64>) -> StoreResult<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM pay_components WHERE company_id = ?1 AND code = ?2 AND id <> COALESCE(?3, 0))",
        )?
        .query_row(params![company_id, code, other_than], |r| r.get(0))?)
}

/// The rule's columns: type, amount, percent, the component it reads, the formula.
type RuleColumns = (&'static str, Option<String>, Option<String>, Option<String>, Option<String>);

fn rule_columns(rule: &AmountRule) -> RuleColumns {
    match rule {
        AmountRule::Fixed { amount } => ("fixed", Some(amount.to_string()), None, None, None),
        AmountRule::PercentOf { component, percent } => {
            ("percent_of", None, Some(percent.to_string()), Some(component.clone()), None)
        }
        AmountRule::PercentOfGross { percent } => ("percent_of_gross", None, Some(percent.to_string()), None, None),
        AmountRule::Expression { expression } => ("expression", None, None, None, Some(expression.clone())),
    }
}

/// Adds a component to the company's pay setup, checked as payroll would check it.
pub fn create_component(
    conn: &Connection,
    company_id: i64,
    component: &Component,
) -> StoreResult<Resource<PayComponentAttributes>> {
    if code_taken(conn, company_id, &component.code, None)? {
        return Err(StoreError::invalid("code", "The code has already been taken."));
    }
    check_component(conn, company_id, None, component)?;
    let (rule_type, amount, percent, of_component, expression) = rule_columns(&component.rule);
    let now = Utc::now();
    let id: i64 = conn
        .prepare_cached(
            "INSERT INTO pay_components (company_id, code, name, kind, rule_type, amount, percent, of_component,
                 expression, prorated, hidden_when_zero, rounding_places, rounding_mode, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14) RETURNING id",
        )?
        .query_row(
            params![
                company_id,
                component.code,
                component.name,
                kind_name(component.kind),
                rule_type,
                amount,
                percent,
                of_component,
                expression,
                i64::from(component.prorated),
                i64::from(component.hidden_when_zero),
                i64::from(component.rounding.places),
                mode_name(component.rounding.mode),
                now
            ],
            |r| r.get(0),
        )?;
    get_component(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Pay component"))
}

/// The structures that hold a component: id, name, whether retired.
fn structures_using(conn: &Connection, component_id: i64) -> StoreResult<Vec<(i64, String, bool)>> {
    Ok(conn
        .prepare_cached(
            "SELECT s.id, s.name, s.retired_at IS NOT NULL FROM salary_structures s
             WHERE s.id IN (SELECT salary_structure_id FROM salary_structure_components WHERE pay_component_id = ?1)
             ORDER BY s.id",
        )?
        .query_map([component_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

/// Changes a component to `component` (retiring it or bringing it back when `retired` says so); answers it
/// before and after. Its code is fixed once a structure or another current component reads it, it is retired
/// only when no current structure holds it, and a change that would break a structure holding it is refused.
pub fn update_component(
    conn: &Connection,
    company_id: i64,
    id: i64,
    component: &Component,
    retired: Option<bool>,
) -> StoreResult<(Resource<PayComponentAttributes>, Resource<PayComponentAttributes>)> {
    let before = get_component(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Pay component"))?;
    let using = structures_using(conn, id)?;
    let mut errors = ValidationErrors::default();
    if component.code != before.attributes.code {
        let read_by_another = all_components(conn, company_id)?.iter().any(|(other, attributes)| {
            *other != id && !attributes.retired && names_read(&attributes.rule).contains(&before.attributes.code)
        });
        if !using.is_empty() || read_by_another {
            errors.add("code", "The code cannot change while a salary structure or another component uses it.");
        } else if code_taken(conn, company_id, &component.code, Some(id))? {
            errors.add("code", "The code has already been taken.");
        }
    }
    if retired == Some(true)
        && let Some((_, name, _)) = using.iter().find(|(_, _, structure_retired)| !structure_retired)
    {
        errors.add("retired", format!("The component cannot be retired while the salary structure {name} uses it."));
    }
    if !errors.is_empty() {
        return Err(errors.into());
    }
    check_component(conn, company_id, Some(id), component)?;
    for (structure_id, name, _) in &using {
        let mut components: Vec<Component> = structure_components(conn, *structure_id)?
            .into_iter()
            .map(|(other, attributes)| if other == id { component.clone() } else { attributes.component() })
            .collect();
        components.truncate(MAX_COMPONENTS);
        if let Err(problems) = (SalaryStructure { name: name.clone(), components }).prepare() {
            for message in problems.0.into_values().flatten() {
                errors.add("rule", format!("The salary structure {name} would no longer be valid: {message}"));
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let (rule_type, amount, percent, of_component, expression) = rule_columns(&component.rule);
    let now = Utc::now();
    let retired_at = retired.map(|retired| retired.then_some(now));
    conn.prepare_cached(
        "UPDATE pay_components SET code = ?1, name = ?2, kind = ?3, rule_type = ?4, amount = ?5, percent = ?6,
             of_component = ?7, expression = ?8, prorated = ?9, hidden_when_zero = ?10, rounding_places = ?11,
             rounding_mode = ?12, updated_at = ?13,
             retired_at = CASE WHEN ?14 = 1 THEN COALESCE(retired_at, ?15) WHEN ?14 = 0 THEN NULL ELSE retired_at END
         WHERE id = ?16 AND company_id = ?17",
    )?
    .execute(params![
        component.code,
        component.name,
        kind_name(component.kind),
        rule_type,
        amount,
        percent,
        of_component,
        expression,
        i64::from(component.prorated),
        i64::from(component.hidden_when_zero),
        i64::from(component.rounding.places),
        mode_name(component.rounding.mode),
        now,
        retired.map(i64::from),
        retired_at.flatten(),
        id,
        company_id
    ])?;
    let after = get_component(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Pay component"))?;
    Ok((before, after))
}

/// A structure's components in its order, by id.
fn structure_components(conn: &Connection, structure_id: i64) -> StoreResult<Vec<(i64, PayComponentAttributes)>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COMPONENT_COLUMNS} FROM salary_structure_components sc
             JOIN pay_components c ON c.id = sc.pay_component_id
             WHERE sc.salary_structure_id = ?1 ORDER BY sc.sequence"
        ))?
        .query_map([structure_id], component_row)?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

/// The structure's resource with its components.
fn structure_resource(
    conn: &Connection,
    (id, name, retired): (i64, String, bool),
) -> StoreResult<Resource<SalaryStructureAttributes>> {
    let components = structure_components(conn, id)?
        .into_iter()
        .map(|(component_id, c)| StructureComponent {
            id: component_id.to_string(),
            code: c.code,
            name: c.name,
            kind: c.kind,
        })
        .collect();
    Ok(Resource::new(SALARY_STRUCTURE, id, SalaryStructureAttributes { name, components, retired }))
}

fn structure_row(r: &Row) -> crate::db::Result<(i64, String, bool)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
}

pub fn get_structure(
    conn: &Connection,
    company_id: i64,
    id: i64,
) -> StoreResult<Option<Resource<SalaryStructureAttributes>>> {
    let row = conn
        .prepare_cached(
            "SELECT s.id, s.name, s.retired_at IS NOT NULL FROM salary_structures s WHERE s.id = ?1 AND s.company_id = ?2",
        )?
        .query_row([id, company_id], structure_row)
        .optional()?;
    row.map(|row| structure_resource(conn, row)).transpose()
}

/// The company's structures by name, retired ones included.
pub fn list_structures(
    conn: &Connection,
    company_id: i64,
    page: (i64, i64),
) -> StoreResult<(Vec<Resource<SalaryStructureAttributes>>, u64)> {
    let (rows, total) = Listing::new("s.company_id", company_id).fetch(
        conn,
        "FROM salary_structures s",
        "SELECT s.id, s.name, s.retired_at IS NOT NULL FROM salary_structures s",
        "s.name, s.id",
        page,
        structure_row,
    )?;
    let structures = rows.into_iter().map(|row| structure_resource(conn, row)).collect::<StoreResult<Vec<_>>>()?;
    Ok((structures, total))
}

/// A component of a structure as sent: its id, or its code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ComponentRef {
    Id(i64),
    Code(String),
}

/// Finds each of `refs` among the company's components, keyed `components.N` when one is not there (or is
/// retired, for a current structure) or is listed twice.
fn resolve(
    conn: &Connection,
    company_id: i64,
    refs: &[ComponentRef],
    for_current: bool,
) -> StoreResult<Vec<(i64, PayComponentAttributes)>> {
    let all = all_components(conn, company_id)?;
    let mut errors = ValidationErrors::default();
    let mut found = Vec::with_capacity(refs.len());
    for (index, reference) in refs.iter().enumerate() {
        let field = format!("components.{index}");
        let hit = all.iter().find(|(id, attributes)| match reference {
            ComponentRef::Id(wanted) => id == wanted,
            ComponentRef::Code(code) => &attributes.code == code,
        });
        match hit {
            None => errors.add(&field, format!("The selected {field} is invalid.")),
            Some((_, attributes)) if attributes.retired && for_current => {
                errors.add(&field, format!("The {field} is the retired component {}.", attributes.code))
            }
            Some((id, _)) if found.iter().any(|(other, _)| other == id) => {
                errors.add(&field, format!("The {field} field has a duplicate value."))
            }
            Some(hit) => found.push(hit.clone()),
        }
    }
    if errors.is_empty() { Ok(found) } else { Err(errors.into()) }
}

/// Checks a structure with payroll's rules: errors keyed `components.N.rule…` by its position.
fn check_structure(name: &str, components: &[(i64, PayComponentAttributes)]) -> StoreResult<()> {
    let structure = SalaryStructure {
        name: name.to_owned(),
        components: components.iter().map(|(_, attributes)| attributes.component()).collect(),
    };
    structure.prepare().map(|_| ()).map_err(StoreError::from)
}

fn name_taken(conn: &Connection, company_id: i64, name: &str, other_than: Option<i64>) -> StoreResult<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM salary_structures WHERE company_id = ?1 AND name = ?2 AND id <> COALESCE(?3, 0))",
        )?
        .query_row(params![company_id, name, other_than], |r| r.get(0))?)
}

fn write_components(
    conn: &Connection,
    company_id: i64,
    structure_id: i64,
    components: &[(i64, PayComponentAttributes)],
) -> StoreResult<()> {
    conn.execute("DELETE FROM salary_structure_components WHERE salary_structure_id = ?1", [structure_id])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO salary_structure_components (company_id, salary_structure_id, sequence, pay_component_id)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (sequence, (component_id, _)) in components.iter().enumerate() {
        insert.execute(params![company_id, structure_id, sequence as i64, component_id])?;
    }
    Ok(())
}

/// Adds a structure of the company's current components, checked as payroll will compute it.
pub fn create_structure(
    conn: &Connection,
    company_id: i64,
    name: &str,
    refs: &[ComponentRef],
) -> StoreResult<Resource<SalaryStructureAttributes>> {
    if name_taken(conn, company_id, name, None)? {
        return Err(StoreError::invalid("name", "The name has already been taken."));
    }
    let components = resolve(conn, company_id, refs, true)?;
    check_structure(name, &components)?;
    let now = Utc::now();
    let id: i64 = conn
        .prepare_cached(
            "INSERT INTO salary_structures (company_id, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)
             RETURNING id",
        )?
        .query_row(params![company_id, name, now], |r| r.get(0))?;
    write_components(conn, company_id, id, &components)?;
    get_structure(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Salary structure"))
}

/// Renames, reorders or recomposes a structure, or retires it or brings it back; answers it before and
/// after. The result is checked again as a whole.
pub fn update_structure(
    conn: &Connection,
    company_id: i64,
    id: i64,
    name: Option<&str>,
    refs: Option<&[ComponentRef]>,
    retired: Option<bool>,
) -> StoreResult<(Resource<SalaryStructureAttributes>, Resource<SalaryStructureAttributes>)> {
    let before = get_structure(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Salary structure"))?;
    if let Some(name) = name
        && name_taken(conn, company_id, name, Some(id))?
    {
        return Err(StoreError::invalid("name", "The name has already been taken."));
    }
    let current = !retired.unwrap_or(before.attributes.retired);
    let refs: Vec<ComponentRef> = match refs {
        Some(refs) => refs.to_vec(),
        None => structure_components(conn, id)?.into_iter().map(|(id, _)| ComponentRef::Id(id)).collect(),
    };
    let components = resolve(conn, company_id, &refs, current)?;
    let name = name.unwrap_or(&before.attributes.name);
    check_structure(name, &components)?;
    let now = Utc::now();
    let retired_at = retired.map(|retired| retired.then_some(now));
    conn.prepare_cached(
        "UPDATE salary_structures SET name = ?1, updated_at = ?2,
             retired_at = CASE WHEN ?3 = 1 THEN COALESCE(retired_at, ?4) WHEN ?3 = 0 THEN NULL ELSE retired_at END
         WHERE id = ?5 AND company_id = ?6",
    )?
    .execute(params![name, now, retired.map(i64::from), retired_at.flatten(), id, company_id])?;
    write_components(conn, company_id, id, &components)?;
    let after = get_structure(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Salary structure"))?;
    Ok((before, after))
}
