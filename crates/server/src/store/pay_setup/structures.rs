//! The company's structures as payroll computes them, read at once for a run.

use super::{COMPONENT_COLUMNS, component_row_at};
use crate::db::Connection;
use crate::store::StoreResult;
use okta_hr_payroll::structure::SalaryStructure;
use std::collections::HashMap;

/// Every structure of the company as payroll computes it, by id, in one read: a run looks each person's up.
pub fn salary_structures(conn: &Connection, company_id: i64) -> StoreResult<HashMap<i64, SalaryStructure>> {
    let mut structures: HashMap<i64, SalaryStructure> = conn
        .prepare_cached("SELECT id, name FROM salary_structures WHERE company_id = ?1")?
        .query_map([company_id], |r| {
            Ok((r.get::<_, i64>(0)?, SalaryStructure { name: r.get(1)?, components: Vec::new() }))
        })?
        .collect::<crate::db::Result<_>>()?;
    let rows = conn
        .prepare_cached(&format!(
            "SELECT sc.salary_structure_id, {COMPONENT_COLUMNS} FROM salary_structure_components sc
             JOIN pay_components c ON c.id = sc.pay_component_id
             WHERE sc.company_id = ?1 ORDER BY sc.salary_structure_id, sc.sequence"
        ))?
        .query_map([company_id], |r| {
            let structure: i64 = r.get(0)?;
            let (_, attributes) = component_row_at(r, 1)?;
            Ok((structure, attributes.component()))
        })?
        .collect::<crate::db::Result<Vec<_>>>()?;
    for (structure, component) in rows {
        if let Some(found) = structures.get_mut(&structure) {
            found.components.push(component);
        }
    }
    Ok(structures)
}
