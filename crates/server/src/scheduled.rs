//! What the server's scheduled jobs share: each item due is applied in a write of its own, so one that
//! fails holds back no other, and what it did goes into its company's audit trail as the server's.

use crate::db::{Actor, Change, Db, Scope, Tx};
use crate::store::{StoreError, StoreResult};
use serde_json::Value;

/// What one scheduled write did, for its company's audit trail.
pub struct Applied {
    pub company_id: i64,
    pub entity: &'static str,
    pub entity_id: String,
    pub details: Value,
}

/// Applies every item of `due`, each in a write of its own in `scope_of(item)` as the server's `action`;
/// `apply` answers what it did, or `None` when there was nothing left to do (another instance's job got
/// there first). Answers how many it applied.
pub async fn apply_each<T, A>(
    db: &Db,
    action: &'static str,
    due: Vec<T>,
    scope_of: impl Fn(&T) -> Scope,
    apply: A,
) -> StoreResult<usize>
where
    T: Send + 'static,
    A: Fn(&Tx, T) -> StoreResult<Option<Applied>> + Clone + Send + 'static,
{
    let mut applied = 0;
    for item in due {
        let (change, apply) = (Change::by(Actor::Server, action).within(scope_of(&item)), apply.clone());
        let done = db
            .write(change, move |tx| -> Result<bool, StoreError> {
                let Some(done) = apply(tx, item)? else {
                    tx.unchanged();
                    return Ok(false);
                };
                tx.audit_in(done.company_id, done.entity, &done.entity_id, &done.details)?;
                Ok(true)
            })
            .await?;
        applied += usize::from(done);
    }
    Ok(applied)
}
