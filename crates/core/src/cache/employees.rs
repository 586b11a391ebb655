//! The directory, kept locally so search works offline.

use super::Cache;
use crate::error::CoreResult;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::EmployeeAttributes;
use rusqlite::params;

fn related(resource: &Resource<EmployeeAttributes>, name: &str) -> Option<i64> {
    resource.related_id(name).and_then(|id| id.parse().ok())
}

impl Cache {
    /// Replaces the directory with `employees` in one transaction.
    pub fn replace_employees(&mut self, employees: &[Resource<EmployeeAttributes>]) -> CoreResult<()> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM employees", [])?;
        {
            let mut insert = tx.prepare(
                "INSERT INTO employees (id, name, email, employee_number, department_id, branch_id, manager_id, status,
                     attributes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            for e in employees {
                let a = &e.attributes;
                insert.execute(params![
                    e.id.parse::<i64>().unwrap_or_default(),
                    a.name,
                    a.email,
                    a.employee_number,
                    related(e, "department"),
                    related(e, "branch"),
                    related(e, "manager"),
                    a.status,
                    serde_json::to_string(e)?
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Employees whose name, email or number contains `search`, by name.
    pub fn employees(&self, search: Option<&str>, limit: i64) -> CoreResult<Vec<Resource<EmployeeAttributes>>> {
        let pattern = format!("%{}%", search.unwrap_or_default());
        let mut statement = self.conn.prepare_cached(
            "SELECT attributes FROM employees WHERE name LIKE ?1 OR email LIKE ?1 OR employee_number LIKE ?1
             ORDER BY name LIMIT ?2",
        )?;
        let rows = statement.query_map(params![pattern, limit], |r| r.get::<_, String>(0))?;
        rows.map(|row| Ok(serde_json::from_str(&row?)?)).collect()
    }
}
