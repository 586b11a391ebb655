//! A group as Okta's Groups API and the Users API show it.

use crate::okta::links::BaseUrl;
use crate::store::groups;
use okta_hr_domain::okta::Links;
use okta_hr_domain::okta::user_resources::{Group, GroupProfile};

/// Every group is an `OKTA_GROUP`: its members are managed here, not by an app or by Okta itself.
const OKTA_GROUP: &str = "OKTA_GROUP";

/// A group as Okta shows it.
pub fn group_json(base: &BaseUrl, group: groups::Group) -> Group {
    let path = format!("/api/v1/groups/{}", group.okta_id);
    Group {
        links: Links::from([("users".to_owned(), base.href(&format!("{path}/users")))]),
        id: group.okta_id,
        created: group.created,
        last_updated: group.updated,
        last_membership_updated: group.updated,
        object_class: vec!["okta:user_group".to_owned()],
        group_type: OKTA_GROUP.to_owned(),
        profile: GroupProfile { name: group.name, description: group.description },
    }
}
