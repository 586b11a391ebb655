//! `--demo`: two small companies to try Okta HR with and to test against. Not for production data.

use crate::db::Db;
use crate::db::{Actor, Change};
use crate::db::{Connection, params};
use crate::error::ApiResult;
use crate::secrets::hash_password;
use crate::store::notifications::{Notice, days_value, notify};
use crate::store::organisation::directory as organizations;
use crate::store::people::{self, NewEmployee};
use crate::store::provisioning;
use crate::store::{groups, holidays};

use chrono::{Datelike, Duration, NaiveDate, Utc, Weekday};
use okta_hr_domain::geofence::Geofence;
use okta_hr_domain::lifecycle::UserStatus;
use okta_hr_domain::wire::Role;
use serde_json::json;

mod history;

use history::{Past, record_history, seed_history};

pub const DEMO_PASSWORD: &str = "password";
pub const ACME_SERVICE_KEY: &str = "acme-demo-service-key";
pub const GLOBEX_SERVICE_KEY: &str = "globex-demo-service-key";
/// `Authorization: SSWS …` for the management APIs, acting as Acme's HR lead.
pub const ACME_API_TOKEN: &str = "00acme-demo-api-token-for-trying-the-admin-apis";
pub const GLOBEX_API_TOKEN: &str = "00globex-demo-api-token-for-trying-the-admin-apis";
pub const HQ: Geofence = Geofence { latitude: 52.520008, longitude: 13.404954, radius_m: 100.0 };

const FIRST_NAMES: &[&str] = &[
    "Liam", "Olivia", "Noah", "Amelia", "Lukas", "Mia", "Ben", "Lea", "Jonas", "Sofia", "Elias", "Hannah", "Paul",
    "Lina", "Leon", "Clara", "Finn", "Ida", "Theo", "Marie", "Anton", "Nora",
];
const LAST_NAMES: &[&str] = &[
    "Becker",
    "Hoffmann",
    "Schulz",
    "Koch",
    "Richter",
    "Klein",
    "Wolf",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Werner",
    "Krause",
    "Lehmann",
    "Köhler",
    "Maier",
];

/// How many people Acme Demo has unless asked for more.
pub const ACME_HEADCOUNT: usize = 49;

/// Seeds the demo companies into an empty database; leaves a database with data untouched.
/// Answers whether it seeded.
pub fn seed(db: &Db) -> anyhow::Result<bool> {
    seed_with_headcount(db, ACME_HEADCOUNT)
}

/// [`seed`], with Acme Demo grown to `acme_headcount` people (never fewer than [`ACME_HEADCOUNT`]), to try
/// the apps at the scale of a large company. Everyone signs in with the demo password.
pub fn seed_with_headcount(db: &Db, acme_headcount: usize) -> anyhow::Result<bool> {
    let password_hash = hash_password(DEMO_PASSWORD)?;
    let history = db.write_blocking(Change::routine(Actor::Server, "demo.seed"), move |conn| -> ApiResult<_> {
        let companies: i64 = conn.query_row("SELECT COUNT(*) FROM companies", [], |r| r.get(0))?;
        if companies > 0 {
            return Ok(None);
        }
        let history = seed_acme(conn, &password_hash, acme_headcount.max(ACME_HEADCOUNT))?;
        seed_globex(conn, &password_hash)?;
        Ok(Some(history))
    })?;
    let Some(history) = history else {
        return Ok(false);
    };
    record_history(db, history)?;
    Ok(true)
}

struct Person<'a> {
    email: &'a str,
    first: &'a str,
    last: &'a str,
    role: Role,
    title: &'a str,
    department: i64,
    branch: i64,
    manager: Option<i64>,
}

fn hire(conn: &Connection, company_id: i64, password_hash: &str, p: Person) -> ApiResult<i64> {
    Ok(people::hire(
        conn,
        &NewEmployee {
            company_id,
            email: p.email,
            first_name: p.first,
            last_name: p.last,
            role: p.role,
            password_hash: Some(password_hash),
            job_title: Some(p.title),
            department_id: Some(p.department),
            branch_id: Some(p.branch),
            manager_id: p.manager,
            hire_date: NaiveDate::from_ymd_opt(2021 + (p.email.len() % 4) as i32, 1 + (p.email.len() % 12) as u32, 1),
        },
    )?)
}

/// Seeds Acme Demo; answers the history its audit trail shows, for [`record_history`].
fn seed_acme(conn: &Connection, password_hash: &str, headcount: usize) -> ApiResult<Vec<Past>> {
    let acme = provisioning::create_company(conn, "Acme Demo", "UTC", "EUR")?;
    let hq = provisioning::create_branch(conn, acme, "HQ", Some("Alexanderplatz 1, 10178 Berlin"), Some(HQ))?;
    let field = provisioning::create_branch(conn, acme, "Field", None, None)?;
    let engineering = groups::department_named(conn, acme, "Engineering")?;
    let people = groups::department_named(conn, acme, "People")?;
    let sales = groups::department_named(conn, acme, "Sales")?;

    let person = |email, first, last, role, title, department, branch, manager| Person {
        email,
        first,
        last,
        role,
        title,
        department,
        branch,
        manager,
    };
    let hr = hire(
        conn,
        acme,
        password_hash,
        person("hr@acme.test", "Hanna", "Richter", Role::Hr, "HR Lead", people, hq, None),
    )?;
    let manager = hire(
        conn,
        acme,
        password_hash,
        person("manager@acme.test", "Max", "Weber", Role::Manager, "Engineering Manager", engineering, hq, None),
    )?;
    let employee = hire(
        conn,
        acme,
        password_hash,
        person(
            "employee@acme.test",
            "Emma",
            "Fischer",
            Role::Employee,
            "Software Engineer",
            engineering,
            hq,
            Some(manager),
        ),
    )?;
    let field_worker = hire(
        conn,
        acme,
        password_hash,
        person(
            "field@acme.test",
            "Felix",
            "Wagner",
            Role::Employee,
            "Field Technician",
            engineering,
            field,
            Some(manager),
        ),
    )?;
    let sales_manager = hire(
        conn,
        acme,
        password_hash,
        person("sales.manager@acme.test", "Sara", "Braun", Role::Manager, "Head of Sales", sales, hq, None),
    )?;

    let mut staff = vec![hr, manager, employee, field_worker, sales_manager];
    // The People team, who report to Hanna: the leave she has decided is the audit trail's history.
    let mut people_team = Vec::new();
    for n in 0..headcount - staff.len() {
        let first = FIRST_NAMES[n % FIRST_NAMES.len()];
        let last = LAST_NAMES[(n * 7 + 3) % LAST_NAMES.len()];
        let email = format!("{}.{}{}@acme.test", first.to_lowercase(), ascii(last), n + 1);
        let (department, manager_id, title) = match n % 4 {
            0 | 1 => (engineering, manager, "Software Engineer"),
            2 => (sales, sales_manager, "Account Executive"),
            _ => (people, hr, "People Partner"),
        };
        let branch = if n % 5 == 4 { field } else { hq };
        let role = Role::Employee;
        let id = hire(
            conn,
            acme,
            password_hash,
            Person { email: &email, first, last, role, title, department, branch, manager: Some(manager_id) },
        )?;
        staff.push(id);
        if manager_id == hr {
            people_team.push(id);
        }
    }

    seed_attendance(conn, acme, hq)?;
    seed_lifecycle_states(conn, acme, &staff[staff.len() - 3..])?;
    holidays::seed_berlin(conn, acme, hq, Utc::now().year())?;
    seed_pending_leave(conn, acme, staff[5], manager)?;
    let history = seed_history(conn, acme, hr, hq, &people_team[..5])?;

    let now = Utc::now();
    let announcements = [
        (
            "Welcome to Okta HR",
            "Check in and out from your phone, request leave and find your payslips here.",
            Some(now - Duration::days(3)),
        ),
        (
            "Office closed on 24 December",
            "HQ is closed on Christmas Eve. Enjoy the holidays!",
            Some(now - Duration::days(1)),
        ),
        ("Draft: 2027 benefits", "Work in progress — not visible to employees until published.", None),
    ];
    for (title, body, published_at) in announcements {
        conn.execute(
            "INSERT INTO announcements (company_id, author_id, title, body, published_at, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![acme, hr, title, body, published_at, now - Duration::days(4)],
        )?;
    }

    let assets = [
        ("ACME-LT-001", "MacBook Pro 14\"", "Laptop", Some("C02XG0FDH7JY"), Some(employee)),
        ("ACME-PH-002", "iPhone 15", "Phone", Some("F17ZK3LMN72Q"), None),
        ("ACME-MN-003", "Dell U2723QE monitor", "Monitor", None, None),
    ];
    for (tag, name, category, serial, holder) in assets {
        conn.execute(
            "INSERT INTO assets (company_id, asset_tag, name, category, serial_number, holder_id, assigned_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![acme, tag, name, category, serial, holder, holder.map(|_| now - Duration::days(90))],
        )?;
    }

    notify(
        conn,
        employee,
        &Notice::new("announcement.published", json!({}), |language| {
            (language.tr("notice-welcome-title"), language.tr("notice-welcome-body"))
        }),
    )?;
    provisioning::create_service_key(conn, acme, "Acme demo integration", Some(ACME_SERVICE_KEY))?;
    provisioning::create_api_token(conn, acme, hr, "Acme demo admin token", Some(ACME_API_TOKEN))?;
    seed_acme_org_admin(conn, acme, hr)?;
    seed_acme_directory(conn, acme, &[employee, manager])?;
    crate::store::announcements::seed_demo(conn, acme, hr, sales)?;
    crate::store::corrections::demo::seed(conn, acme, (hq, field), employee)?;
    crate::store::leave::demo::seed(conn, acme)?;
    crate::store::pay_setup::seed_demo(conn, acme)?;
    crate::store::payroll::seed_demo(conn, acme, hr)?;
    crate::store::people::demo::seed(conn, acme, hr)?;
    crate::store::assets::seed_demo(conn, acme, hr)?;
    Ok(history)
}

/// The app's development origin (Vite's dev server), trusted so the admin APIs answer it from a browser.
pub const DEV_APP_ORIGIN: &str = "http://localhost:5173";

/// Acme's org settings, a trusted origin for the app in development and a custom SMS template, so the
/// org admin APIs show real data.
fn seed_acme_org_admin(conn: &Connection, acme: i64, hr: i64) -> ApiResult<()> {
    use crate::store::organisation::settings as org;
    use crate::store::{sms_templates, trusted_origins};
    let profile = [
        ("website", "https://acme.example"),
        ("phoneNumber", "+49-30-555-0100"),
        ("endUserSupportHelpURL", "https://help.acme.example"),
        ("supportPhoneNumber", "+49-30-555-0199"),
        ("address1", "Alexanderplatz 1"),
        ("city", "Berlin"),
        ("state", "Berlin"),
        ("country", "Germany"),
        ("postalCode", "10178"),
    ];
    let changes: Vec<(usize, Option<String>)> = profile
        .iter()
        .filter_map(|(field, value)| {
            let index = org::PROFILE_FIELDS.iter().position(|(name, _)| name == field)?;
            Some((index, Some((*value).to_owned())))
        })
        .collect();
    org::update(conn, acme, None, &changes)?;
    let app = trusted_origins::OriginChange {
        name: "Okta HR app (development)".to_owned(),
        origin: DEV_APP_ORIGIN.to_owned(),
        allows_cors: true,
        allows_redirect: true,
    };
    trusted_origins::create(conn, acme, hr, &app)?;
    let translations = json!({ "de": "Ihr ${org.name}-Code lautet ${code}." });
    let template = sms_templates::TemplateChange {
        name: "Acme verification code".to_owned(),
        template_type: "SMS_VERIFY_CODE".to_owned(),
        template: "Your ${org.name} code is ${code}.".to_owned(),
        translations: translations.as_object().cloned().unwrap_or_default(),
    };
    sms_templates::create(conn, acme, &template)?;
    Ok(())
}

/// Three of Acme's people are not simply active, so the identity APIs and HR's admin screens have every
/// kind of account to show: one staged (hired, no account yet), one provisioned (invited, no password
/// set) and one suspended.
fn seed_lifecycle_states(conn: &Connection, company_id: i64, people: &[i64]) -> ApiResult<()> {
    let states = [UserStatus::Staged, UserStatus::Provisioned, UserStatus::Suspended];
    for (&employee_id, status) in people.iter().zip(states) {
        people::account::set_status(conn, company_id, employee_id, status)?;
        if status != UserStatus::Suspended {
            conn.execute("UPDATE employees SET password_hash = NULL WHERE id = ?1", [employee_id])?;
        }
    }
    Ok(())
}

/// The app secret of Acme's demo Slack install, to try `POST /api/v1/organization/by-app-secret/slack/signingSecret`.
pub const ACME_SLACK_SIGNING_SECRET: &str = "acme-demo-slack-signing-secret";

/// What the Directory API shows beyond the HR data: Acme's organization profile and alias, an installed
/// app for the by-app lookups, and two groups that are not departments.
fn seed_acme_directory(conn: &Connection, acme: i64, platform_team: &[i64]) -> ApiResult<()> {
    organizations::update(conn, acme, "Acme Demo", Some("acme"), None)?;
    organizations::write_profile(
        conn,
        acme,
        &organizations::Profile {
            logo_url: Some("https://acme.test/logo.png".to_owned()),
            timezone: None,
            location: Some("Berlin, Germany".to_owned()),
            country_code: Some("DE".to_owned()),
            company_size: Some("11-50".to_owned()),
            website: Some("https://acme.test".to_owned()),
            mission: Some("Making everything, for everyone.".to_owned()),
        },
    )?;
    let slack_data = json!({ "workspace": "acme-demo", "plan": "pro" }).as_object().cloned().unwrap_or_default();
    organizations::install_app(
        conn,
        acme,
        "slack",
        "T0ACMEDEMO",
        &slack_data,
        &[("signingSecret", ACME_SLACK_SIGNING_SECRET)],
    )?;

    let platform = groups::create(conn, acme, "Platform Team", "team")?;
    conn.execute(
        "UPDATE groups SET description = 'Builds and runs the internal platform.', icon = 'server' WHERE id = ?1",
        [platform],
    )?;
    for member in platform_team {
        conn.execute(
            "INSERT INTO group_members (group_id, employee_id, added_at) VALUES (?1, ?2, ?3)",
            params![platform, member, Utc::now()],
        )?;
    }
    let book_club = groups::create(conn, acme, "Book Club", "interest")?;
    conn.execute("UPDATE groups SET description = 'One book a month, Fridays at lunch.' WHERE id = ?1", [book_club])?;
    Ok(())
}

fn ascii(name: &str) -> String {
    name.to_lowercase().replace('ü', "ue").replace('ö', "oe").replace('ä', "ae")
}

/// Two working weeks of history before today, so the team views have something to show.
fn seed_attendance(conn: &Connection, company_id: i64, hq: i64) -> ApiResult<()> {
    let today = Utc::now().date_naive();
    let days: Vec<NaiveDate> = (1..=16)
        .map(|back| today - Duration::days(back))
        .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        .take(10)
        .collect();
    let staff = conn
        .prepare("SELECT id, branch_id FROM employees WHERE company_id = ?1 ORDER BY id")?
        .query_map([company_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Option<i64>>(1)?)))?
        .collect::<crate::db::Result<Vec<_>>>()?;
    let mut insert = conn.prepare(
        "INSERT INTO attendance_records (company_id, employee_id, branch_id, work_date, is_late, check_in_at,
             check_in_received_at, check_in_latitude, check_in_longitude, check_in_accuracy, check_in_distance,
             check_out_at, check_out_received_at, check_out_latitude, check_out_longitude, check_out_accuracy,
             check_out_distance)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8, 8.0, ?9, ?10, ?10, ?7, ?8, 10.0, ?9)",
    )?;
    for (index, &(employee, branch)) in staff.iter().enumerate() {
        for (day_index, day) in days.iter().enumerate() {
            let minutes_in = 8 * 60 + ((index * 13 + day_index * 7) % 75) as i64;
            let Some(midnight) = day.and_hms_opt(0, 0, 0) else {
                continue;
            };
            let check_in = midnight.and_utc() + Duration::minutes(minutes_in);
            let check_out = check_in + Duration::minutes(8 * 60 + ((index * 11 + day_index) % 50) as i64);
            let at_hq = branch == Some(hq);
            let (lat, lon, distance) =
                if at_hq { (Some(HQ.latitude + 0.0002), Some(HQ.longitude), Some(22.2)) } else { (None, None, None) };
            let late = minutes_in > 9 * 60 + 15;
            insert
                .execute(params![company_id, employee, branch, day, late, check_in, lat, lon, distance, check_out])?;
        }
    }
    Ok(())
}

/// One request waiting in the manager's inbox, so approvals can be tried at once.
fn seed_pending_leave(conn: &Connection, company_id: i64, employee: i64, manager: i64) -> ApiResult<()> {
    let calendar = holidays::calendar_of(conn, company_id, employee)?;
    let mut start = Utc::now().date_naive() + Duration::days(21);
    while !calendar.is_working_day(start) {
        start += Duration::days(1);
    }
    let end = start + Duration::days(1);
    let end = if calendar.is_working_day(end) { end } else { start };
    let days = calendar.leave_days(&okta_hr_domain::calendar::LeaveSpan::whole_days(start, end));
    let annual: i64 =
        conn.query_row("SELECT id FROM leave_types WHERE company_id = ?1 AND code = 'annual'", [company_id], |r| {
            r.get(0)
        })?;
    let request: i64 = conn.query_row(
        "INSERT INTO leave_requests (company_id, employee_id, leave_type_id, start_date, end_date, days, reason,
             status, submitted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'Family visit', 'pending', ?7) RETURNING id",
        params![company_id, employee, annual, start, end, days, Utc::now() - Duration::hours(20)],
        |r| r.get(0),
    )?;
    conn.execute(
        "INSERT INTO approval_steps (leave_request_id, sequence, role, approver_id, status)
         VALUES (?1, 1, 'manager', ?2, 'pending'), (?1, 2, 'hr', NULL, 'waiting')",
        params![request, manager],
    )?;
    let name: String =
        conn.query_row("SELECT first_name || ' ' || last_name FROM employees WHERE id = ?1", [employee], |r| r.get(0))?;
    notify(
        conn,
        manager,
        &Notice::new("leave.submitted", json!({ "leave_request_id": request.to_string() }), |language| {
            let args = okta_hr_i18n::args![
                "name" => name.clone(),
                "days" => days_value(days),
                "type" => "Annual Leave",
                "start" => start.to_string(),
                "end" => end.to_string(),
            ];
            (
                language.tr_with("notice-leave-submitted-title", &args),
                language.tr_with("notice-leave-submitted-body", &args),
            )
        }),
    )?;
    Ok(())
}

fn seed_globex(conn: &Connection, password_hash: &str) -> ApiResult<()> {
    let globex = provisioning::create_company(conn, "Globex Demo", "UTC", "USD")?;
    let main = provisioning::create_branch(conn, globex, "Main Office", Some("1 Globex Way, Cypress Creek"), None)?;
    let operations = groups::department_named(conn, globex, "Operations")?;
    let hr = hire(
        conn,
        globex,
        password_hash,
        Person {
            email: "hr@globex.test",
            first: "Gina",
            last: "Scorpio",
            role: Role::Hr,
            title: "HR Manager",
            department: operations,
            branch: main,
            manager: None,
        },
    )?;
    hire(
        conn,
        globex,
        password_hash,
        Person {
            email: "employee@globex.test",
            first: "Homer",
            last: "Simpson",
            role: Role::Employee,
            title: "Safety Inspector",
            department: operations,
            branch: main,
            manager: Some(hr),
        },
    )?;
    provisioning::create_service_key(conn, globex, "Globex demo integration", Some(GLOBEX_SERVICE_KEY))?;
    provisioning::create_api_token(conn, globex, hr, "Globex demo admin token", Some(GLOBEX_API_TOKEN))?;
    // A Slack install of its own, so the Directory API's by-app lookups have another tenant to keep apart.
    organizations::update(conn, globex, "Globex Demo", Some("globex"), None)?;
    let slack_data = json!({ "workspace": "globex", "plan": "free" }).as_object().cloned().unwrap_or_default();
    organizations::install_app(conn, globex, "slack", "T0GLOBEX", &slack_data, &[])?;
    Ok(())
}
