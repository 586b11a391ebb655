//! Company assets and who holds them.

use crate::db::{Connection, params};
use crate::store::StoreResult;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::{AssetAttributes, kind};

pub fn list(
    conn: &Connection,
    company_id: i64,
    offset: i64,
    limit: i64,
) -> StoreResult<(Vec<Resource<AssetAttributes>>, u64)> {
    let total: u64 = conn
        .prepare_cached("SELECT COUNT(*) FROM assets WHERE company_id = ?1")?
        .query_row([company_id], |r| r.get(0))?;
    let assets = conn
        .prepare_cached(
            "SELECT a.id, a.asset_tag, a.name, a.category, a.serial_number, a.holder_id, a.assigned_at,
                    h.first_name || ' ' || h.last_name
             FROM assets a LEFT JOIN employees h ON h.id = a.holder_id
             WHERE a.company_id = ?1 ORDER BY a.asset_tag LIMIT ?2 OFFSET ?3",
        )?
        .query_map(params![company_id, limit, offset], |r| {
            let holder: Option<i64> = r.get(5)?;
            let attributes = AssetAttributes {
                asset_tag: r.get(1)?,
                name: r.get(2)?,
                category: r.get(3)?,
                serial_number: r.get(4)?,
                status: if holder.is_some() { "assigned" } else { "available" }.to_owned(),
                assigned_at: r.get(6)?,
                holder_name: r.get(7)?,
            };
            Ok(Resource::new(kind::ASSET, r.get::<_, i64>(0)?, attributes).with_one("holder", kind::EMPLOYEE, holder))
        })?
        .collect::<crate::db::Result<Vec<_>>>()?;
    Ok((assets, total))
}
