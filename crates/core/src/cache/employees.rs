//! The directory, kept locally so search works offline, searched and ordered as people expect: every
//! word of a search must be found in the person's name, email, number, job title or department, in any
//! order, whatever the case and accents; the list is in the order of an ICU collator ("Köhler" before
//! "Krüger"), not of bytes.

use super::{Cache, CachedDocument};
use crate::error::{CoreError, CoreResult};
use crate::search::fold;
use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed, CollatorPreferences};
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::wire::{DepartmentAttributes, EmployeeAttributes};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter};

/// Each word is one condition of the query, and SQLite limits how deep an expression may nest: words
/// beyond these are ignored rather than the search failing. No one's name, email, number, job title and
/// department come to this many words.
const MAX_WORDS: usize = 32;

/// Separates the fields of `search_text`: a search word never holds whitespace, so it cannot match
/// across the end of one field and the start of the next.
const FIELD_SEPARATOR: &str = "\n";

fn related(resource: &Resource<EmployeeAttributes>, name: &str) -> Option<i64> {
    resource.related_id(name).and_then(|id| id.parse().ok())
}

fn search_text(attributes: &EmployeeAttributes) -> String {
    let fields = [&attributes.name, &attributes.email, &attributes.employee_number];
    let mut text = fields.map(|field| fold(field)).join(FIELD_SEPARATOR);
    if let Some(title) = &attributes.job_title {
        text.push_str(FIELD_SEPARATOR);
        text.push_str(&fold(title));
    }
    text
}

/// The root collation (CLDR's order for most languages written in Latin script): the core is not told
/// the device's language. Tertiary strength, so names differing only in case or accents still have one
/// order.
fn collator() -> CoreResult<CollatorBorrowed<'static>> {
    Collator::try_new(CollatorPreferences::default(), CollatorOptions::default())
        .map_err(|error| CoreError::Storage(format!("no collation data: {error}")))
}

fn sort_key(collator: &CollatorBorrowed, name: &str) -> Vec<u8> {
    let mut key = Vec::new();
    let Ok(()) = collator.write_sort_key_to(name, &mut key);
    key
}

impl Cache {
    /// Replaces the directory with `employees` in one transaction.
    pub fn replace_employees(&mut self, employees: &[Resource<EmployeeAttributes>]) -> CoreResult<()> {
        let collator = collator()?;
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM employees", [])?;
        {
            let mut insert = tx.prepare(
                "INSERT INTO employees (id, name, email, employee_number, department_id, branch_id, manager_id, status,
                     attributes, search_text, sort_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
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
                    serde_json::to_string(e)?,
                    search_text(a),
                    sort_key(&collator, &a.name)
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Up to `limit` people matching every word of `search` (everyone without one), in collation order.
    pub fn employees(&self, search: Option<&str>, limit: i64) -> CoreResult<Vec<Resource<EmployeeAttributes>>> {
        self.index_earlier_directory()?;
        let folded = fold(search.unwrap_or_default());
        let mut words: Vec<&str> = Vec::new();
        for word in folded.split_whitespace() {
            if !words.contains(&word) && words.len() < MAX_WORDS {
                words.push(word);
            }
        }
        let departments = self.folded_departments()?;
        let mut conditions = Vec::new();
        let mut args: Vec<Value> = Vec::new();
        for word in words {
            let matching: Vec<i64> =
                departments.iter().filter(|(_, name)| name.contains(word)).map(|(id, _)| *id).collect();
            conditions
                .push("(instr(search_text, ?) > 0 OR department_id IN (SELECT value FROM json_each(?)))".to_owned());
            args.extend([Value::Text(word.to_owned()), Value::Text(serde_json::to_string(&matching)?)]);
        }
        let filter = if conditions.is_empty() { String::new() } else { format!("WHERE {}", conditions.join(" AND ")) };
        args.push(Value::Integer(limit));
        let mut statement = self
            .conn
            .prepare_cached(&format!("SELECT attributes FROM employees {filter} ORDER BY sort_key, id LIMIT ?"))?;
        let rows = statement.query_map(params_from_iter(args), |r| r.get::<_, String>(0))?;
        rows.map(|row| Ok(serde_json::from_str(&row?)?)).collect()
    }

    /// The cached departments' ids and folded names: the directory's pages name only a department's id,
    /// and reading the names here, rather than copying them into every person's row, keeps a renamed
    /// department findable by its new name as soon as the departments are fetched again.
    fn folded_departments(&self) -> CoreResult<Vec<(i64, String)>> {
        let path = CachedDocument::Departments.path();
        let Some((document, _)) = self.document::<Document<Vec<Resource<DepartmentAttributes>>>>(&path)? else {
            return Ok(Vec::new());
        };
        Ok(document.data.iter().filter_map(|d| Some((d.id.parse().ok()?, fold(&d.attributes.name)))).collect())
    }

    /// A directory cached before search text and sort keys were kept has neither until the server's
    /// pages change; they are worked out from the cached rows instead, so search works offline at once.
    fn index_earlier_directory(&self) -> CoreResult<()> {
        let unindexed: bool =
            self.conn.query_row("SELECT EXISTS (SELECT 1 FROM employees WHERE sort_key IS NULL)", [], |r| r.get(0))?;
        if !unindexed {
            return Ok(());
        }
        let tx = self.conn.unchecked_transaction()?;
        let rows: Vec<(i64, String)> = tx
            .prepare("SELECT id, attributes FROM employees WHERE sort_key IS NULL")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let collator = collator()?;
        {
            let mut update = tx.prepare("UPDATE employees SET search_text = ?2, sort_key = ?3 WHERE id = ?1")?;
            for (id, json) in rows {
                let a = serde_json::from_str::<Resource<EmployeeAttributes>>(&json)?.attributes;
                update.execute(params![id, search_text(&a), sort_key(&collator, &a.name)])?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}
