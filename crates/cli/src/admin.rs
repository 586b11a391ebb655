//! `okta-hr admin …`: HR's admin area. Reads fall back to the last snapshot; changes are online-only.

use crate::args::{AdminCommand, OriginAction};
use crate::language::lang;
use crate::table::{Table, ago, json, or_dash, stale_note};
use okta_hr_core::admin::{AdminAction, AdminUser, LifecycleOutcome, NewTrustedOrigin, TrustedOrigin};
use okta_hr_core::{Core, CoreError};
use okta_hr_i18n::args;
use std::process::ExitCode;

pub async fn run(core: &Core, command: AdminCommand, as_json: bool, offline: bool) -> Result<ExitCode, CoreError> {
    match command {
        AdminCommand::People { search } => {
            let people = if offline { core.cached_admin_people()? } else { core.admin_people().await? };
            let matching: Vec<&AdminUser> =
                people.data.iter().filter(|p| search.as_deref().is_none_or(|q| p.matches(q))).collect();
            if as_json {
                json(&matching);
            } else {
                let mut table = Table::new(&[
                    "cli-col-id",
                    "cli-col-login",
                    "cli-col-name",
                    "cli-col-status",
                    "cli-col-department",
                    "cli-col-title",
                    "cli-col-last-sign-in",
                ]);
                for person in matching {
                    table.row(vec![
                        person.id.clone(),
                        person.login.clone(),
                        format!("{} {}", person.first_name, person.last_name),
                        person.status.as_str().to_owned(),
                        or_dash(person.department.as_deref()),
                        or_dash(person.title.as_deref()),
                        ago(person.last_login),
                    ]);
                }
                table.print();
                stale_note(&people);
            }
        }
        AdminCommand::Activate { user } => lifecycle(core, &user, AdminAction::Activate, as_json).await?,
        AdminCommand::Reactivate { user } => lifecycle(core, &user, AdminAction::Reactivate, as_json).await?,
        AdminCommand::Suspend { user } => lifecycle(core, &user, AdminAction::Suspend, as_json).await?,
        AdminCommand::Unsuspend { user } => lifecycle(core, &user, AdminAction::Unsuspend, as_json).await?,
        AdminCommand::Deactivate { user } => lifecycle(core, &user, AdminAction::Deactivate, as_json).await?,
        AdminCommand::Unlock { user } => lifecycle(core, &user, AdminAction::Unlock, as_json).await?,
        AdminCommand::ResetPassword { user } => lifecycle(core, &user, AdminAction::ResetPassword, as_json).await?,
        AdminCommand::Groups => {
            let groups = if offline { core.cached_admin_groups()? } else { core.admin_groups().await? };
            if as_json {
                json(&groups);
            } else {
                let mut table = Table::new(&[
                    "cli-col-id",
                    "cli-col-name",
                    "cli-col-type",
                    "cli-col-members",
                    "cli-col-description",
                ]);
                for group in &groups.data {
                    table.row(vec![
                        group.id.clone(),
                        group.name.clone(),
                        group.group_type.clone(),
                        group.members.len().to_string(),
                        or_dash(group.description.as_deref()),
                    ]);
                }
                table.print();
                stale_note(&groups);
            }
        }
        AdminCommand::Org => {
            let org = if offline {
                let cached = core.cached_admin_org()?;
                let data = cached.data.ok_or_else(|| CoreError::Invalid(lang().tr("cli-org-never-read")))?;
                okta_hr_core::Fresh { data, fetched_at: cached.fetched_at }
            } else {
                core.admin_org().await?
            };
            if as_json {
                json(&org);
            } else {
                let o = &org.data;
                let address = [&o.address1, &o.address2, &o.city, &o.state, &o.postal_code, &o.country]
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ");
                let fields = [
                    ("cli-org-company", Some(o.company_name.clone())),
                    ("cli-org-subdomain", Some(o.subdomain.clone())),
                    ("cli-org-website", o.website.clone()),
                    ("cli-org-phone", o.phone_number.clone()),
                    ("cli-org-support-phone", o.support_phone_number.clone()),
                    ("cli-org-support-help", o.end_user_support_help_url.clone()),
                    ("cli-org-address", Some(address).filter(|a| !a.is_empty())),
                ]
                .map(|(id, value)| (lang().tr(id), value));
                // One space past the longest label, whatever the language's words.
                let width = fields.iter().map(|(label, _)| label.chars().count()).max().unwrap_or(0) + 1;
                for (label, value) in fields {
                    println!("{label:<width$} {}", or_dash(value));
                }
                println!();
                let mut table = Table::new(&["cli-col-contact", "cli-col-user"]);
                for contact in &o.contacts {
                    table.row(vec![
                        contact.contact_type.clone(),
                        or_dash(contact.login.clone().or(contact.user_id.clone())),
                    ]);
                }
                table.print();
                stale_note(&org);
            }
        }
        AdminCommand::Origins { action: None } => {
            let origins =
                if offline { core.cached_admin_trusted_origins()? } else { core.admin_trusted_origins().await? };
            if as_json {
                json(&origins);
            } else {
                origin_table(&origins.data);
                stale_note(&origins);
            }
        }
        AdminCommand::Origins { action: Some(action) } => origin_change(core, action, as_json).await?,
    }
    Ok(ExitCode::SUCCESS)
}

async fn lifecycle(core: &Core, user: &str, action: AdminAction, as_json: bool) -> Result<(), CoreError> {
    let outcome: LifecycleOutcome = core.admin_lifecycle(user, action).await?;
    if as_json {
        json(&outcome);
        return Ok(());
    }
    match &outcome.user {
        Some(person) => println!(
            "{}",
            lang().tr_with("cli-account-now", &args!["login" => &person.login, "status" => person.status.as_str()])
        ),
        None => println!("{}", lang().tr("cli-done")),
    }
    if let Some(link) = &outcome.link {
        println!("{}", lang().tr_with("cli-one-time-link", &args!["link" => link.to_string()]));
    }
    Ok(())
}

async fn origin_change(core: &Core, action: OriginAction, as_json: bool) -> Result<(), CoreError> {
    let changed = match action {
        OriginAction::Add { name, origin, cors, redirect } => {
            Some(core.admin_add_trusted_origin(&NewTrustedOrigin { name, origin, cors, redirect }).await?)
        }
        OriginAction::Activate { id } => Some(core.admin_set_trusted_origin_active(&id, true).await?),
        OriginAction::Deactivate { id } => Some(core.admin_set_trusted_origin_active(&id, false).await?),
        OriginAction::Remove { id } => {
            core.admin_remove_trusted_origin(&id).await?;
            None
        }
    };
    match (changed, as_json) {
        (Some(origin), true) => json(&origin),
        (Some(origin), false) => origin_table(&[origin]),
        (None, true) => json(&serde_json::json!({ "removed": true })),
        (None, false) => println!("{}", lang().tr("cli-removed")),
    }
    Ok(())
}

fn origin_table(origins: &[TrustedOrigin]) {
    let mut table = Table::new(&["cli-col-id", "cli-col-name", "cli-col-origin", "cli-col-status", "cli-col-scopes"]);
    for origin in origins {
        let scopes: Vec<&str> = [(origin.cors, "CORS"), (origin.redirect, "REDIRECT")]
            .into_iter()
            .filter_map(|(on, name)| on.then_some(name))
            .collect();
        table.row(vec![
            origin.id.clone(),
            origin.name.clone(),
            origin.origin.clone(),
            // Okta's own status words, as the people table prints a person's status.
            if origin.active { "ACTIVE" } else { "INACTIVE" }.to_owned(),
            scopes.join(", "),
        ]);
    }
    table.print();
}
