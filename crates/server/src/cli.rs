//! `okta-hr-server`: serve the API, or set up a company from the command line.

use crate::db::{Actor, Change};
use crate::db::{DEFAULT_CONNECTIONS, Database, Db};
use crate::secrets::hash_password;
use crate::settings::{MockLocationPolicy, Settings};
use crate::store::groups;
use crate::store::people::{self, NewEmployee};
use crate::store::provisioning;
use crate::store::{StoreError, audit};
use crate::{AppState, demo};
use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use okta_hr_domain::geofence::Geofence;
use okta_hr_domain::wire::Role;
use serde_json::{Value, json};
use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(name = "okta-hr-server", version, about = "The self-hosted Okta HR API server")]
struct Cli {
    /// The database: `sqlite://okta-hr.sqlite` (relative to the working directory), `sqlite:///abs/path`, or
    /// `postgres://user:password@host:port/database` for several instances on one database.
    #[arg(
        long,
        global = true,
        env = "OKTA_HR_DATABASE_URL",
        default_value = "sqlite://okta-hr.sqlite",
        hide_env_values = true
    )]
    database: Database,
    /// Connections each instance keeps open at most: PostgreSQL connections (the instances on one
    /// database together must stay under its `max_connections`), or SQLite's readers.
    #[arg(long, global = true, env = "OKTA_HR_DATABASE_CONNECTIONS", default_value_t = DEFAULT_CONNECTIONS)]
    database_connections: u32,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API (migrations run first).
    Serve(ServeArgs),
    /// Companies.
    #[command(subcommand)]
    Company(CompanyCommand),
    /// Branches and their geofences.
    #[command(subcommand)]
    Branch(BranchCommand),
    /// Users (every user is an employee of one company).
    #[command(subcommand)]
    User(UserCommand),
    /// Keys for `/api/internal/*`.
    #[command(subcommand, name = "service-key")]
    ServiceKey(ServiceKeyCommand),
    /// `SSWS` API tokens for the identity, directory and org APIs; each acts as one HR user (an org admin).
    #[command(subcommand, name = "api-token")]
    ApiToken(ApiTokenCommand),
}

#[derive(Args)]
struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "OKTA_HR_BIND", default_value = "127.0.0.1:8080")]
    bind: String,
    /// Seed the demo companies into an empty database (for trying and testing only).
    #[arg(long)]
    demo: bool,
    /// With --demo: how many people Acme Demo has, to try the apps at the scale of a large company.
    #[arg(long, requires = "demo", default_value_t = demo::ACME_HEADCOUNT)]
    demo_headcount: usize,
    /// The URL clients reach this server at, for links in responses. Needed when --bind is not a loopback
    /// address: a request's Host header is never trusted for links.
    #[arg(long, env = "OKTA_HR_PUBLIC_URL")]
    public_url: Option<String>,
    /// How many hours after the fact an offline check-in or check-out may still be sent.
    #[arg(long, env = "OKTA_HR_OFFLINE_WINDOW_HOURS", default_value_t = 72)]
    offline_window_hours: u32,
    /// What to do with positions from a mock-location provider.
    #[arg(long, env = "OKTA_HR_MOCK_LOCATION", value_enum, default_value = "flag")]
    mock_location: MockLocationPolicy,
    /// A proxy in front of this server whose X-Forwarded-For header names the client (repeat, or
    /// comma-separate in the variable); sign-in throttling then counts per client, not per proxy.
    #[arg(long = "trusted-proxy", env = "OKTA_HR_TRUSTED_PROXIES", value_delimiter = ',')]
    trusted_proxies: Vec<std::net::IpAddr>,
}

#[derive(Subcommand)]
enum CompanyCommand {
    /// Create a company (with the default leave types: annual 21 days, sick 10 days).
    Create {
        #[arg(long)]
        name: String,
        /// IANA time zone, e.g. Europe/Berlin.
        #[arg(long, default_value = "UTC")]
        timezone: String,
        #[arg(long, default_value = "EUR")]
        currency: String,
    },
}

#[derive(Subcommand)]
enum BranchCommand {
    /// Create a branch, with a geofence when latitude, longitude and radius are given.
    Create {
        #[arg(long)]
        company: i64,
        #[arg(long)]
        name: String,
        #[arg(long)]
        address: Option<String>,
        #[arg(long, requires_all = ["longitude", "radius"], allow_hyphen_values = true)]
        latitude: Option<f64>,
        #[arg(long, requires_all = ["latitude", "radius"], allow_hyphen_values = true)]
        longitude: Option<f64>,
        /// Geofence radius in metres.
        #[arg(long, requires_all = ["latitude", "longitude"])]
        radius: Option<f64>,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a user and their employee record.
    Create {
        #[arg(long)]
        company: i64,
        #[arg(long)]
        email: String,
        #[arg(long)]
        first_name: String,
        #[arg(long)]
        last_name: String,
        /// employee, manager or hr.
        #[arg(long, default_value = "employee", value_parser = ["employee", "manager", "hr"])]
        role: String,
        /// The password; read from OKTA_HR_PASSWORD, or a line of standard input, when omitted.
        #[arg(long, env = "OKTA_HR_PASSWORD", hide_env_values = true)]
        password: Option<String>,
        #[arg(long)]
        job_title: Option<String>,
        /// Department name (created if new) or id.
        #[arg(long)]
        department: Option<String>,
        /// Branch name or id.
        #[arg(long)]
        branch: Option<String>,
        /// The manager's employee id.
        #[arg(long)]
        manager: Option<i64>,
    },
}

#[derive(Subcommand)]
enum ServiceKeyCommand {
    /// Create a key; it is printed once and only its hash is stored.
    Create {
        #[arg(long)]
        company: i64,
        #[arg(long)]
        name: String,
    },
}

#[derive(Subcommand)]
enum ApiTokenCommand {
    /// Create a token acting as an HR user; it is printed once and only its hash is stored.
    Create {
        #[arg(long)]
        company: i64,
        /// The HR user the token acts as: their login (usually the email) or Okta id (`00u…`).
        #[arg(long)]
        user: String,
        #[arg(long)]
        name: String,
    },
}

pub fn main() -> ExitCode {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,tower_http=info"))
        // PostgreSQL's client logs every statement's parameters at debug level: emails and password hashes.
        .add_directive("tokio_postgres=info".parse().expect("a valid directive"));
    tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).init();
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let db = Db::connect_with(&cli.database, cli.database_connections)?;
    match cli.command {
        Command::Serve(args) => serve(db, &cli.database, args),
        Command::Company(CompanyCommand::Create { name, timezone, currency }) => {
            let id = db.write_blocking(Change::by(Actor::Server, "company.create"), move |tx| {
                let id = provisioning::create_company(tx, &name, &timezone, &currency)?;
                let after = json!({ "name": name, "timezone": timezone, "currency": currency });
                tx.audit("company", &id.to_string(), &audit::changes(&Value::Null, &after))?;
                Ok::<_, StoreError>(id)
            })?;
            println!("Created company {id}.");
            Ok(())
        }
        Command::Branch(BranchCommand::Create { company, name, address, latitude, longitude, radius }) => {
            let fence = match (latitude, longitude, radius) {
                (Some(latitude), Some(longitude), Some(radius_m)) => Some(Geofence { latitude, longitude, radius_m }),
                _ => None,
            };
            let id = db.write_blocking(Change::by(Actor::Server, "branch.create"), move |tx| {
                let id = provisioning::create_branch(tx, company, &name, address.as_deref(), fence)?;
                let after = json!({
                    "company_id": company,
                    "name": name,
                    "address": address,
                    "latitude": fence.map(|f| f.latitude),
                    "longitude": fence.map(|f| f.longitude),
                    "geofence_radius": fence.map(|f| f.radius_m),
                });
                tx.audit("branch", &id.to_string(), &audit::changes(&Value::Null, &after))?;
                Ok::<_, StoreError>(id)
            })?;
            println!("Created branch {id}.");
            Ok(())
        }
        Command::User(UserCommand::Create {
            company,
            email,
            first_name,
            last_name,
            role,
            password,
            job_title,
            department,
            branch,
            manager,
        }) => {
            let password = match password {
                Some(password) => password,
                None => {
                    eprintln!("Password for {email}:");
                    let mut line = String::new();
                    std::io::stdin().read_line(&mut line).context("reading the password")?;
                    line.trim_end_matches(['\r', '\n']).to_owned()
                }
            };
            anyhow::ensure!(password.chars().count() >= 8, "the password must be at least 8 characters");
            let hash = hash_password(&password)?;
            let role = Role::parse(&role).unwrap_or(Role::Employee);
            let id = db.write_blocking(Change::by(Actor::Server, "user.create"), move |tx| {
                let department_id = department
                    .as_deref()
                    .map(|d| {
                        provisioning::find_by_id_or_name(tx, "departments", company, d)
                            .or_else(|_| groups::department_named(tx, company, d))
                    })
                    .transpose()?;
                let branch_id = branch
                    .as_deref()
                    .map(|b| provisioning::find_by_id_or_name(tx, "branches", company, b))
                    .transpose()?;
                let hire_date = chrono::Utc::now().date_naive();
                let id = people::hire(
                    tx,
                    &NewEmployee {
                        company_id: company,
                        email: &email,
                        first_name: &first_name,
                        last_name: &last_name,
                        role,
                        password_hash: Some(&hash),
                        job_title: job_title.as_deref(),
                        department_id,
                        branch_id,
                        manager_id: manager,
                        hire_date: Some(hire_date),
                    },
                )?;
                let after = json!({
                    "company_id": company,
                    "email": email,
                    "first_name": first_name,
                    "last_name": last_name,
                    "role": role.as_str(),
                    "job_title": job_title,
                    "department_id": department_id,
                    "branch_id": branch_id,
                    "manager_id": manager,
                    "hire_date": hire_date,
                });
                // That a password was set is recorded, never the password or its hash.
                let mut details = audit::changes(&Value::Null, &after);
                details["password_set"] = json!(true);
                tx.audit("user", &id.to_string(), &details)?;
                Ok::<_, StoreError>(id)
            })?;
            println!("Created user {id}.");
            Ok(())
        }
        Command::ServiceKey(ServiceKeyCommand::Create { company, name }) => {
            let key = db.write_blocking(Change::by(Actor::Server, "service_key.create"), move |tx| {
                let key = provisioning::create_service_key(tx, company, &name, None)?;
                // The key's id and name, never the key or its hash.
                let id = provisioning::service_key_id(tx, &key)?;
                let after = json!({ "company_id": company, "name": name });
                tx.audit("service_key", &id.to_string(), &audit::changes(&Value::Null, &after))?;
                Ok::<_, StoreError>(key)
            })?;
            println!("{key}");
            eprintln!("Store this key now: it is shown only once.");
            Ok(())
        }
        Command::ApiToken(ApiTokenCommand::Create { company, user, name }) => {
            let token = db.write_blocking(Change::by(Actor::Server, "api_token.create"), move |tx| {
                let employee_id = crate::store::people::account::resolve(tx, company, &user)?
                    .ok_or_else(|| StoreError::invalid("user", "No such user in this company."))?;
                let token = provisioning::create_api_token(tx, company, employee_id, &name, None)?;
                // The token's Okta id, name and owner, never the token or its hash.
                let id = provisioning::api_token_id(tx, &token)?;
                let after = json!({ "company_id": company, "name": name, "employee_id": employee_id });
                tx.audit("api_token", &id, &audit::changes(&Value::Null, &after))?;
                Ok::<_, StoreError>(token)
            })?;
            println!("{token}");
            eprintln!("Store this token now: it is shown only once. Send it as `Authorization: SSWS {{token}}`.");
            Ok(())
        }
    }
}

fn serve(db: Db, database: &Database, args: ServeArgs) -> anyhow::Result<()> {
    if args.demo {
        if demo::seed_with_headcount(&db, args.demo_headcount)? {
            tracing::info!("seeded the demo companies (sign in as employee@acme.test / password)");
            tracing::info!(
                "Acme's demo API token for the identity, directory and org APIs: Authorization: SSWS {}",
                demo::ACME_API_TOKEN
            );
        } else {
            tracing::info!("the database already has data; demo seed skipped");
        }
    }
    let mut settings = Settings {
        public_url: args.public_url,
        offline_window: chrono::Duration::hours(i64::from(args.offline_window_hours)),
        mock_location: args.mock_location,
        trusted_proxies: args.trusted_proxies,
        ..Settings::default()
    };
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async move {
        let listener =
            tokio::net::TcpListener::bind(&args.bind).await.with_context(|| format!("binding {}", args.bind))?;
        settings.check_listener(listener.local_addr()?).map_err(anyhow::Error::msg)?;
        if settings.public_url.is_none() {
            tracing::warn!(
                "no --public-url: links in answers name this machine; behind a proxy, set --public-url to the \
                 address clients use"
            );
        }
        tracing::info!(address = %listener.local_addr()?, %database, "okta-hr-server listening");
        crate::serve(listener, AppState::new(db, settings), shutdown_signal()).await?;
        tracing::info!("stopped");
        Ok(())
    })
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::warn!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down; finishing requests in flight");
}
