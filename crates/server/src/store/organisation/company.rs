//! The HR API's company and its branches (its departments are groups: `store::groups`).

use crate::db::{Connection, OptionalExtension, Row};
use crate::store::StoreResult;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::{BranchAttributes, CompanyAttributes, ContactAttributes, kind};

/// The company with the help its org settings give employees. The technical contact is the one chosen
/// through the Org API, or else the first HR administrator, as `settings::contact` answers.
pub fn company(conn: &Connection, company_id: i64) -> StoreResult<Option<Resource<CompanyAttributes>>> {
    Ok(conn
        .prepare_cached(
            "SELECT c.id, c.name, c.timezone, (SELECT COUNT(*) FROM employees e WHERE e.company_id = c.id),
                    s.end_user_support_help_url, s.support_phone_number, t.first_name || ' ' || t.last_name, t.email,
                    l.file_id
             FROM companies c
             LEFT JOIN org_settings s ON s.company_id = c.id
             LEFT JOIN org_logos l ON l.company_id = c.id
             LEFT JOIN employees t ON t.id = coalesce(
                 (SELECT oc.employee_id FROM org_contacts oc WHERE oc.company_id = c.id AND oc.contact_type = 'TECHNICAL'),
                 (SELECT h.id FROM employees h WHERE h.company_id = c.id AND h.role = 'hr' ORDER BY h.id LIMIT 1))
             WHERE c.id = ?1",
        )?
        .query_row([company_id], |r| {
            let contact = match (r.get::<_, Option<String>>(6)?, r.get::<_, Option<String>>(7)?) {
                (Some(name), Some(email)) => Some(ContactAttributes { name, email }),
                _ => None,
            };
            Ok(Resource::new(
                kind::COMPANY,
                r.get::<_, i64>(0)?,
                CompanyAttributes {
                    name: r.get(1)?,
                    timezone: r.get(2)?,
                    employee_count: r.get(3)?,
                    support_url: r.get(4)?,
                    support_phone: r.get(5)?,
                    technical_contact: contact,
                    logo_path: r.get::<_, Option<String>>(8)?.as_deref().map(super::settings::logo_path),
                },
            ))
        })
        .optional()?)
}

fn branch_from_row(r: &Row) -> crate::db::Result<Resource<BranchAttributes>> {
    Ok(Resource::new(
        kind::BRANCH,
        r.get::<_, i64>(0)?,
        BranchAttributes {
            name: r.get(1)?,
            address: r.get(2)?,
            latitude: r.get(3)?,
            longitude: r.get(4)?,
            geofence_radius: r.get(5)?,
            retired: r.get::<_, Option<String>>(6)?.is_some(),
        },
    ))
}

pub fn branches(conn: &Connection, company_id: i64) -> StoreResult<Vec<Resource<BranchAttributes>>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, name, address, latitude, longitude, geofence_radius, retired_at FROM branches
             WHERE company_id = ?1 ORDER BY name",
        )?
        .query_map([company_id], branch_from_row)?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

pub fn branch(conn: &Connection, company_id: i64, id: i64) -> StoreResult<Option<Resource<BranchAttributes>>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, name, address, latitude, longitude, geofence_radius, retired_at FROM branches
             WHERE id = ?1 AND company_id = ?2",
        )?
        .query_row([id, company_id], branch_from_row)
        .optional()?)
}
