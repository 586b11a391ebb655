//! The Okta HR app: a Tauri shell over `okta_hr_core`, with the server embedded for the demo.

mod commands;
mod demo;
mod error;
mod events;
mod location;
mod state;
mod views;
mod webview;

use commands::pay_setup;
use commands::{
    admin, announcements_admin, assets, attendance, company, corrections, files, hr, leave, leave_policy, links,
    payroll_admin, people, session, shifts, team,
};
use okta_hr_core::Core;
use state::AppState;
use std::sync::Arc;
use std::time::Duration;
use tauri::Manager;
use tauri_specta::{Builder, collect_commands, collect_events};
use tokio::sync::{Mutex, RwLock};

/// When the process started, for the start-up time the UI reports.
static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// How often the background sync refreshes the cache while the app is open.
const REFRESH_EVERY: Duration = Duration::from_secs(120);

/// Every command and event the UI may use; also what the TypeScript bindings are generated from.
pub fn specta_builder() -> Builder<tauri::Wry> {
    Builder::<tauri::Wry>::new()
        .commands(collect_commands![
            session::app_info,
            session::start_demo,
            session::sign_in,
            session::sign_out,
            session::set_demo_server_running,
            session::profile,
            session::refresh,
            session::sync_status,
            session::sync_now,
            session::dismiss_refusals,
            session::report_ready,
            attendance::position,
            attendance::set_desk_location,
            attendance::geofence_check,
            attendance::today,
            attendance::check_in,
            attendance::check_out,
            attendance::attendance,
            leave::balances,
            leave::leaves,
            leave::leave_preview,
            leave::submit_leave,
            leave::cancel_leave,
            company::payslips,
            company::payslip_details,
            company::save_payslip_pdf,
            company::open_saved_payslip,
            company::notifications,
            company::mark_read,
            company::announcements,
            company::company_logo,
            team::approvals,
            team::act_on_leave,
            team::team_attendance,
            team::team_day,
            team::employees,
            team::departments,
            team::branches,
            team::assets,
            files::save_export,
            links::open_link,
            admin::admin_people,
            admin::admin_lifecycle,
            admin::admin_groups,
            admin::admin_org,
            admin::admin_trusted_origins,
            admin::admin_add_trusted_origin,
            admin::admin_set_trusted_origin_active,
            admin::admin_remove_trusted_origin,
            hr::holidays,
            hr::add_holiday,
            hr::delete_holiday,
            hr::import_holidays,
            hr::working_weeks,
            hr::set_working_week,
            hr::leave_year,
            hr::set_leave_year,
            hr::audit_events,
            hr::cached_audit_events,
            hr::export_audit_events,
            announcements_admin::managed_announcements,
            announcements_admin::create_announcement,
            announcements_admin::update_announcement,
            announcements_admin::publish_announcement,
            announcements_admin::expire_announcement,
            announcements_admin::delete_announcement,
            corrections::my_corrections,
            corrections::correction_inbox,
            corrections::corrections_waiting,
            corrections::correction_warning,
            corrections::request_correction,
            corrections::decide_correction,
            shifts::my_shift_on,
            shifts::shifts,
            shifts::create_shift,
            shifts::update_shift,
            shifts::assign_shift,
            shifts::shift_assignments,
            people::hire,
            people::change_employment,
            people::employment_history,
            people::offboard,
            people::offboarding,
            people::cancel_offboarding,
            people::manage_departments,
            people::save_department,
            people::manage_branches,
            people::save_branch,
            people::geofence_distance,
            people::bank_detail_requests,
            people::decide_bank_detail_request,
            people::update_my_contact_details,
            company::set_my_language,
            company::use_language,
            people::my_emergency_contacts,
            people::set_my_emergency_contacts,
            people::my_bank_details,
            people::request_bank_details,
            people::activate_account,
            assets::asset_catalogue,
            assets::add_asset,
            assets::edit_asset,
            assets::assign_asset,
            assets::return_asset,
            assets::asset_history,
            assets::asset_requests,
            assets::decide_asset_request,
            assets::asset_problems,
            assets::resolve_asset_problem,
            assets::my_assets,
            assets::request_asset,
            assets::report_asset_problem,
            leave_policy::leave_types,
            leave_policy::create_leave_type,
            leave_policy::update_leave_type,
            leave_policy::leave_ledger,
            leave_policy::adjust_leave,
            leave_policy::leave_job_runs,
            leave_policy::leave_job,
            payroll_admin::payroll_admin_runs,
            payroll_admin::payroll_review,
            payroll_admin::create_payroll_run,
            payroll_admin::advance_payroll_run,
            payroll_admin::save_payroll_bank_file,
            payroll_admin::save_payroll_payslips,
            payroll_admin::correct_payroll_run,
            payroll_admin::decide_payroll_line,
            payroll_admin::override_payroll_line,
            payroll_admin::clear_payroll_line_override,
            pay_setup::pay_components,
            pay_setup::save_pay_component,
            pay_setup::salary_structures,
            pay_setup::save_salary_structure,
            pay_setup::person_pay,
            pay_setup::assign_pay,
            pay_setup::remove_pay_assignment,
            pay_setup::add_pay_adjustment,
            pay_setup::end_pay_adjustment,
            pay_setup::remove_pay_adjustment,
            pay_setup::payroll_settings,
            pay_setup::update_payroll_settings,
        ])
        .events(collect_events![events::CoreChanged])
}

/// The TypeScript the UI is typed against, exactly as it is checked in at `ui/src/lib/bindings.ts`.
pub fn typescript_bindings() -> Result<String, String> {
    let path = std::env::temp_dir().join(format!("okta-hr-bindings-{}.ts", std::process::id()));
    specta_builder()
        .export(
            specta_typescript::Typescript::default().header("// Generated from the Rust commands by tauri-specta: do not edit. Regenerate with\n// OKTA_HR_WRITE_BINDINGS=1 cargo test -p okta-hr-app --test bindings\n"),
            &path,
        )
        .map_err(|e| e.to_string())?;
    let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
    let _ = std::fs::remove_file(&path);
    Ok(text)
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    STARTED.get_or_init(std::time::Instant::now);
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .try_init();
    let builder = specta_builder();
    tauri::Builder::default()
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_geolocation::init())
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            builder.mount_events(app);
            webview::tune(app);
            let data_dir = match std::env::var_os("OKTA_HR_DATA_DIR") {
                Some(dir) => dir.into(),
                None => app.path().app_data_dir()?,
            };
            let core = Arc::new(RwLock::new(Core::open(&data_dir)?));
            let demo = demo::DemoServer::new(&data_dir);
            app.manage(AppState {
                core: core.clone(),
                demo: Mutex::new(demo),
                desk_location: std::sync::Mutex::new(location::from_environment()),
                team_fill: std::sync::Mutex::default(),
            });
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                resume_demo(&handle).await;
                let shutdown = std::future::pending::<()>();
                tokio::join!(
                    events::forward(handle.clone(), core.clone()),
                    okta_hr_core::background::run(core, REFRESH_EVERY, shutdown),
                );
            });
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("error while running Okta HR");
}

/// A demo account signed in last time needs its embedded server again; with `OKTA_HR_DEMO_ROLE`
/// (employee, manager or hr) a first start opens straight into the demo.
async fn resume_demo(app: &tauri::AppHandle) {
    let state = app.state::<AppState>();
    let server_url = state.core.read().await.status().ok().map(|s| s.server_url);
    let mut demo = state.demo.lock().await;
    if server_url.as_deref().is_some_and(|url| demo.serves(url))
        && let Err(error) = demo.start().await
    {
        tracing::warn!(%error, "could not restart the demo server");
    }
    drop(demo);
    let signed_in = state.core.read().await.is_signed_in();
    if let (false, Ok(role)) = (signed_in, std::env::var("OKTA_HR_DEMO_ROLE"))
        && let Err(error) = session::begin_demo(&state, &role).await
    {
        tracing::warn!(%error, "could not open the demo");
    }
}
