//! Payroll at 10,000 people (issue 19): a draft run computed against a plain bulk insert of the same lines,
//! locking and publishing it, and HR's ZIP of every payslip PDF.
//!
//! `cargo bench -p okta-hr-server --bench payroll` builds, in a durable SQLite file (WAL, synchronous=FULL),
//! the demo's Acme grown to `HEADCOUNT` people (`okta_hr_server::demo::seed_with_headcount`: everyone on the
//! Staff structure with their own base pay and an approved bank account, through the store's own
//! functions), so that `PAID` people are paid in each month after the current one (the demo's leaver leaves
//! at the end of this month). Then, through the real router on
//! 127.0.0.1:0 as HR: a sixth component (a fixed meal allowance) is added to the Staff structure; the
//! company's logo is uploaded (`POST /api/v1/org/logo`, a 300 x 100 PNG in flat colours), which every payslip
//! PDF shows; and every
//! tenth person paid asks for two days of unpaid leave in each of the `ROUNDS` months measured, which their
//! manager and HR approve (`POST /api/v1/me/leaves`, `POST /api/v1/leave-requests/{id}/act`), so the leave
//! is booked in the ledger as it is in use.
//!
//! Each round takes the next month and measures:
//! (c) `POST /api/v1/payroll-runs` for the month: `runs::create_run` in one write transaction (reading
//!     everyone, computing and storing 10,000 lines, committed), as HR waits for it;
//! (b) the baseline: the 10,000 lines (c) stored, read back and inserted again as they are, every column
//!     with the same JSON, with one prepared `INSERT` in one write transaction of the same writer, into a
//!     scratch run (deleted afterwards); (c)/(b) is the cost of computing over a plain bulk insert;
//! (d) `POST …/lock` (the run computed again and checked), `POST …/pay`, `POST …/publish` (10,000 payslips
//!     and their notifications in one transaction);
//! (e) `GET …/payslips.zip`: every payslip rendered as a PDF with the logo and zipped, as HR downloads it.
//!
//! Targets: (c) ≤ 5 s and ≤ 3x (b); (e) ≤ 2 min. Each round prints its figures; the summary gives the best
//! and the median of the rounds.

mod support;

use chrono::{Datelike, Months, NaiveDate, Utc, Weekday};
use okta_hr_server::AppState;
use okta_hr_server::db::{Actor, Change, Db, params};
use okta_hr_server::settings::Settings;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use support::{serve, tokens_for, verdict};

/// Acme's headcount: the demo's leaver is not paid after this month, so `PAID` people are.
const HEADCOUNT: usize = 10_001;
const PAID: usize = 10_000;
/// Months measured, one draft run each.
const ROUNDS: usize = 3;
/// Concurrent clients booking the leave.
const CLIENTS: usize = 32;
const CREATE_TARGET_S: f64 = 5.0;
const RATIO_TARGET: f64 = 3.0;
const ZIP_TARGET_S: f64 = 120.0;

/// A line as stored: employee, status, gross, net, earnings, deductions, payslip, inputs, error, note and
/// the bank account's holder, IBAN and BIC.
type Line = (
    i64,
    String,
    i64,
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// Sends a request and answers its JSON body, failing the bench on anything but a success.
async fn send(request: reqwest::RequestBuilder, what: &str) -> Value {
    let response = request.send().await.unwrap_or_else(|error| panic!("{what}: {error}"));
    let status = response.status();
    let body = response.text().await.unwrap_or_else(|error| panic!("{what}: {error}"));
    assert!(status.is_success(), "{what}: {status} {body}");
    if body.is_empty() { Value::Null } else { serde_json::from_str(&body).unwrap_or(Value::Null) }
}

/// Tuesday and Wednesday of the month's second week (from the 9th): two working days in a row.
fn leave_days(month: NaiveDate) -> (NaiveDate, NaiveDate) {
    let mut start = month.with_day(9).expect("date");
    while start.weekday() != Weekday::Tue {
        start = start.succ_opt().expect("date");
    }
    (start, start.succ_opt().expect("date"))
}

/// `person` asks for two days of unpaid leave in `month`, and each step's approver approves it.
async fn book_leave(
    client: &reqwest::Client,
    url: &str,
    tokens: &HashMap<i64, String>,
    hr: i64,
    (person, unpaid): (i64, i64),
    month: NaiveDate,
) {
    let (start, end) = leave_days(month);
    let body =
        json!({ "leave_type_id": unpaid.to_string(), "start_date": start, "end_date": end, "reason": "Moving house" });
    let mut request =
        send(client.post(format!("{url}/api/v1/me/leaves")).bearer_auth(&tokens[&person]).json(&body), "leave request")
            .await;
    for _ in 0..3 {
        let attributes = &request["data"]["attributes"];
        if attributes["status"] == "approved" {
            return;
        }
        let step = attributes["approval_steps"]
            .as_array()
            .and_then(|steps| steps.iter().find(|step| step["status"] == "pending"))
            .unwrap_or_else(|| panic!("no pending step: {request}"));
        let approver = match (step["role"].as_str(), step["approver_id"].as_str()) {
            (Some("manager"), Some(id)) => id.parse().expect("approver id"),
            _ => hr,
        };
        let id = request["data"]["id"].as_str().expect("request id").to_owned();
        request = send(
            client
                .post(format!("{url}/api/v1/leave-requests/{id}/act"))
                .bearer_auth(&tokens[&approver])
                .json(&json!({ "decision": "approve" })),
            "approval",
        )
        .await;
    }
    panic!("leave not approved after three steps: {request}");
}

/// Every tenth person paid asks for two days of unpaid leave in each of `months`, approved.
async fn book_all_leave(
    url: &str,
    tokens: Arc<HashMap<i64, String>>,
    hr: i64,
    takers: Arc<Vec<(i64, i64)>>,
    months: &[NaiveDate],
) {
    let client = reqwest::Client::builder().pool_max_idle_per_host(CLIENTS).build().expect("client");
    let jobs: Arc<Vec<((i64, i64), NaiveDate)>> =
        Arc::new(months.iter().flat_map(|month| takers.iter().map(move |taker| (*taker, *month))).collect());
    let next = Arc::new(AtomicUsize::new(0));
    let workers: Vec<_> = (0..CLIENTS)
        .map(|_| {
            let (client, next, jobs, tokens, url) =
                (client.clone(), next.clone(), jobs.clone(), tokens.clone(), url.to_owned());
            tokio::spawn(async move {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(&(taker, month)) = jobs.get(i) else { break };
                    book_leave(&client, &url, &tokens, hr, taker, month).await;
                }
            })
        })
        .collect();
    for worker in workers {
        worker.await.expect("leave worker");
    }
}

/// A 300 x 100 RGBA PNG in flat colours with a transparent margin, as logos are (the render bench's flat
/// logo), its image data in stored (uncompressed) deflate blocks.
fn png_logo() -> Vec<u8> {
    let (width, height) = (300u32, 100u32);
    let mut raw = Vec::with_capacity(((width * 4 + 1) * height) as usize);
    for y in 0..height {
        raw.push(0); // no filter
        for x in 0..width {
            let inside = (10..290).contains(&x) && (10..90).contains(&y);
            raw.extend(if (x / 30) % 2 == 0 { [200, 30, 40] } else { [20, 40, 120] });
            raw.push(if inside { 255 } else { 0 });
        }
    }
    let mut zlib = vec![0x78, 0x01];
    let blocks: Vec<&[u8]> = raw.chunks(65_535).collect();
    for (n, block) in blocks.iter().enumerate() {
        zlib.push(u8::from(n + 1 == blocks.len()));
        let len = block.len() as u16;
        zlib.extend(len.to_le_bytes());
        zlib.extend((!len).to_le_bytes());
        zlib.extend(*block);
    }
    let (a, b) = raw.iter().fold((1u32, 0u32), |(a, b), &byte| {
        let a = (a + u32::from(byte)) % 65_521;
        (a, (b + a) % 65_521)
    });
    zlib.extend(((b << 16) | a).to_be_bytes());
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = |kind: &[u8], data: &[u8]| {
        png.extend((data.len() as u32).to_be_bytes());
        let mut crc = crc32fast::Hasher::new();
        crc.update(kind);
        crc.update(data);
        png.extend(kind);
        png.extend(data);
        png.extend(crc.finalize().to_be_bytes());
    };
    let mut header = Vec::new();
    header.extend(width.to_be_bytes());
    header.extend(height.to_be_bytes());
    header.extend([8, 6, 0, 0, 0]); // 8 bits, RGBA, deflate, no filter method, not interlaced
    chunk(b"IHDR", &header);
    chunk(b"IDAT", &zlib);
    chunk(b"IEND", &[]);
    png
}

/// Uploads `png` as the company's logo (`POST /api/v1/org/logo`, as its HR lead's API token), which every
/// payslip PDF then shows.
async fn upload_logo(client: &reqwest::Client, url: &str, png: &[u8]) {
    let boundary = "okta-hr-bench-logo";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"logo.png\"\r\n\
         Content-Type: image/png\r\n\r\n"
    )
    .into_bytes();
    body.extend(png);
    body.extend(format!("\r\n--{boundary}--\r\n").into_bytes());
    let response = client
        .post(format!("{url}/api/v1/org/logo"))
        .header("Authorization", format!("SSWS {}", okta_hr_server::demo::ACME_API_TOKEN))
        .header("Content-Type", format!("multipart/form-data; boundary={boundary}"))
        .body(body)
        .send()
        .await
        .expect("logo upload");
    let status = response.status();
    assert!(status.is_success(), "logo upload: {status} {}", response.text().await.unwrap_or_default());
}

/// The run's lines as stored, in id order.
async fn stored_lines(db: &Db, run: i64) -> Vec<Line> {
    db.read(move |conn| -> okta_hr_server::db::Result<_> {
        conn.prepare(
            "SELECT employee_id, status, gross, net, earnings, deductions, payslip, inputs, error, note, bank_holder,
                 bank_iban, bank_bic FROM payroll_lines WHERE payroll_run_id = ?1 ORDER BY id",
        )?
        .query_map([run], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
                r.get(9)?,
                r.get(10)?,
                r.get(11)?,
                r.get(12)?,
            ))
        })?
        .collect()
    })
    .await
    .expect("lines")
}

/// (b): `lines` inserted as they are into a scratch draft run of the company in one write transaction;
/// answers the time from submitting the write to its durable commit. The scratch run is deleted after.
async fn bulk_insert(db: &Db, company: i64, round: usize, lines: Vec<Line>) -> Duration {
    let scratch: i64 = db
        .write(Change::routine(Actor::Server, "bench.scratch_run"), move |conn| {
            let day = NaiveDate::from_ymd_opt(1900, round as u32, 1).expect("date");
            conn.query_row(
                "INSERT INTO payroll_runs (company_id, period, period_start, period_end, pay_date, status, currency,
                     created_at, computed_at)
                 VALUES (?1, ?2, ?3, ?3, ?3, 'draft', 'EUR', ?4, ?4) RETURNING id",
                params![company, format!("bench-baseline-{round}"), day, Utc::now()],
                |r| r.get::<_, i64>(0),
            )
        })
        .await
        .expect("scratch run");
    let started = Instant::now();
    db.write(Change::routine(Actor::Server, "bench.bulk_insert"), move |conn| -> okta_hr_server::db::Result<()> {
        let mut insert = conn.prepare(
            "INSERT INTO payroll_lines (payroll_run_id, employee_id, status, gross, net, earnings, deductions,
                 payslip, inputs, error, note, bank_holder, bank_iban, bank_bic)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        )?;
        for (person, status, gross, net, earnings, deductions, payslip, inputs, error, note, holder, iban, bic) in
            &lines
        {
            insert.execute(params![
                scratch, person, status, gross, net, earnings, deductions, payslip, inputs, error, note, holder, iban,
                bic
            ])?;
        }
        Ok(())
    })
    .await
    .expect("bulk insert");
    let elapsed = started.elapsed();
    db.write(Change::routine(Actor::Server, "bench.scratch_run"), move |conn| -> okta_hr_server::db::Result<()> {
        conn.execute("DELETE FROM payroll_lines WHERE payroll_run_id = ?1", [scratch])?;
        conn.execute("DELETE FROM payroll_runs WHERE id = ?1", [scratch])?;
        Ok(())
    })
    .await
    .expect("scratch run deleted");
    elapsed
}

/// One round's figures, in seconds.
struct Round {
    month: String,
    create: f64,
    baseline: f64,
    lock: f64,
    pay: f64,
    publish: f64,
    zip: f64,
}

impl Round {
    fn ratio(&self) -> f64 {
        self.create / self.baseline
    }
}

fn best(values: impl Iterator<Item = f64>) -> f64 {
    values.fold(f64::INFINITY, f64::min)
}

fn median(values: impl Iterator<Item = f64>) -> f64 {
    let mut values: Vec<f64> = values.collect();
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Db::open(&dir.path().join("bench.sqlite")).expect("database");
        let seeding = Instant::now();
        {
            let db = db.clone();
            tokio::task::spawn_blocking(move || okta_hr_server::demo::seed_with_headcount(&db, HEADCOUNT))
                .await
                .expect("seed")
                .expect("demo seed");
        }
        let seeded = seeding.elapsed();

        let this_month = Utc::now().date_naive().with_day(1).expect("date");
        let months: Vec<NaiveDate> =
            (1..=ROUNDS as u32).map(|n| this_month.checked_add_months(Months::new(n)).expect("month")).collect();
        // Acme, its HR lead, the unpaid leave type, and every tenth of the people paid after this month with
        // their managers.
        let (company, hr, unpaid, paid, takers, managers) = db
            .read(|conn| -> okta_hr_server::db::Result<_> {
                let (company, hr): (i64, i64) =
                    conn.query_row("SELECT company_id, id FROM employees WHERE email = 'hr@acme.test'", [], |r| {
                        Ok((r.get(0)?, r.get(1)?))
                    })?;
                let unpaid: i64 = conn.query_row(
                    "SELECT id FROM leave_types WHERE company_id = ?1 AND code = 'unpaid'",
                    [company],
                    |r| r.get(0),
                )?;
                let paid: Vec<(i64, Option<i64>, bool)> = conn
                    .prepare(
                        "SELECT e.id, e.manager_id, e.lifecycle = 'ACTIVE' FROM employees e WHERE e.company_id = ?1 AND e.status = 'active'
                           AND NOT EXISTS (SELECT 1 FROM offboardings o WHERE o.employee_id = e.id
                                           AND o.cancelled_at IS NULL)
                         ORDER BY e.id",
                    )?
                    .query_map([company], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect::<okta_hr_server::db::Result<_>>()?;
                // Those who can sign in (the demo's suspended account is paid but cannot ask for leave).
                let chosen: Vec<&(i64, Option<i64>, bool)> =
                    paid.iter().filter(|(_, _, active)| *active).skip(5).step_by(10).collect();
                let takers: Vec<(i64, i64)> = chosen.iter().map(|(person, _, _)| (*person, unpaid)).collect();
                let mut managers: Vec<i64> = chosen.iter().filter_map(|(_, manager, _)| *manager).collect();
                managers.sort_unstable();
                managers.dedup();
                Ok((company, hr, unpaid, paid.len(), takers, managers))
            })
            .await
            .expect("company");
        assert_eq!(paid, PAID, "people paid after this month");
        let mut people: Vec<i64> = takers.iter().map(|(person, _)| *person).chain(managers).chain([hr]).collect();
        people.sort_unstable();
        people.dedup();
        let tokens = {
            let db = db.clone();
            Arc::new(tokio::task::spawn_blocking(move || tokens_for(&db, people)).await.expect("tokens"))
        };
        let hr_token = tokens[&hr].clone();

        let state = AppState::new(db.clone(), Settings::default());
        let url = serve(okta_hr_server::router::router(state)).await;
        let client = reqwest::Client::new();

        // The sixth component: a fixed meal allowance, added to the Staff structure after its five.
        let setup = Instant::now();
        let meal = send(
            client.post(format!("{url}/api/v1/pay-components")).bearer_auth(&hr_token).json(&json!({
                "code": "MEAL",
                "name": "Meal allowance",
                "kind": "earning",
                "rule": { "type": "fixed", "amount": "80.00" },
            })),
            "meal allowance",
        )
        .await;
        let meal_id = meal["data"]["id"].as_str().expect("component id").to_owned();
        let structures =
            send(client.get(format!("{url}/api/v1/salary-structures")).bearer_auth(&hr_token), "structures").await;
        let staff = structures["data"]
            .as_array()
            .and_then(|all| all.iter().find(|s| s["attributes"]["name"] == "Staff"))
            .expect("the Staff structure")
            .clone();
        let mut components: Vec<Value> =
            staff["attributes"]["components"].as_array().expect("components").iter().map(|c| c["id"].clone()).collect();
        // After basic pay and the transport allowance: earnings before what is a percentage of gross.
        components.insert(2, Value::String(meal_id));
        let staff_id = staff["id"].as_str().expect("structure id");
        let changed = send(
            client
                .patch(format!("{url}/api/v1/salary-structures/{staff_id}"))
                .bearer_auth(&hr_token)
                .json(&json!({ "components": components })),
            "Staff with the meal allowance",
        )
        .await;
        let codes: Vec<&str> = changed["data"]["attributes"]["components"]
            .as_array()
            .expect("components")
            .iter()
            .filter_map(|c| c["code"].as_str())
            .collect();
        println!("Staff structure: {} components ({})", codes.len(), codes.join(", "));
        assert_eq!(codes.len(), 6, "six components");

        let logo = png_logo();
        upload_logo(&client, &url, &logo).await;
        let leave_takers = takers.len();
        book_all_leave(&url, tokens.clone(), hr, Arc::new(takers), &months).await;
        let first = months[0];
        let booked: i64 = db
            .read(move |conn| {
                conn.query_row(
                    "SELECT COUNT(*) FROM leave_requests r JOIN leave_ledger l ON l.leave_request_id = r.id
                     WHERE r.leave_type_id = ?1 AND r.status = 'approved' AND l.kind = 'taken' AND r.start_date >= ?2",
                    params![unpaid, first],
                    |r| r.get(0),
                )
            })
            .await
            .expect("booked leave");
        println!(
            "okta-hr-server payroll: Acme of {HEADCOUNT} people seeded in {:.1}s; pay setup and {booked} unpaid \
             leave requests ({leave_takers} people x {ROUNDS} months, approved and booked) in {:.1}s; \
             SQLite WAL synchronous=FULL",
            seeded.as_secs_f64(),
            setup.elapsed().as_secs_f64()
        );

        let mut rounds = Vec::new();
        for (round, month) in months.iter().enumerate() {
            let label = month.format("%Y-%m").to_string();
            println!("round {} of {ROUNDS}: {label}", round + 1);
            let started = Instant::now();
            let created = send(
                client
                    .post(format!("{url}/api/v1/payroll-runs"))
                    .bearer_auth(&hr_token)
                    .json(&json!({ "period": label })),
                "create run",
            )
            .await;
            let create = started.elapsed().as_secs_f64();
            let run: i64 = created["data"]["id"].as_str().expect("run id").parse().expect("run id");
            let attributes = &created["data"]["attributes"];
            let lines = stored_lines(&db, run).await;
            let with_leave = lines
                .iter()
                .filter(|line| line.7.as_deref().is_some_and(|inputs| inputs.contains("\"paid_fraction\"")))
                .count();
            let bytes: usize = lines
                .iter()
                .map(|l| {
                    l.4.len() + l.5.len() + l.6.as_ref().map_or(0, String::len) + l.7.as_ref().map_or(0, String::len)
                })
                .sum();
            println!(
                "  (c) create_run {label}: {:>7.3} s   {} ready, {} failed, {} lines, {with_leave} with unpaid leave, \
                 JSON {:.0} KB a line",
                create,
                attributes["employee_count"],
                attributes["failed_count"],
                lines.len(),
                bytes as f64 / lines.len() as f64 / 1024.0
            );
            assert_eq!(lines.len(), PAID, "a line for everyone paid");
            let baseline = bulk_insert(&db, company, round + 1, lines).await.as_secs_f64();
            println!(
                "  (b) plain bulk insert of the same lines: {baseline:>7.3} s   (c)/(b) {:.2}x",
                create / baseline
            );

            let step = |path: &'static str| {
                let (client, url, token) = (client.clone(), url.clone(), hr_token.clone());
                async move {
                    let started = Instant::now();
                    let body = send(
                        client
                            .post(format!("{url}/api/v1/payroll-runs/{run}/{path}"))
                            .bearer_auth(token)
                            .json(&json!({})),
                        path,
                    )
                    .await;
                    (started.elapsed().as_secs_f64(), body)
                }
            };
            let (lock, _) = step("lock").await;
            let (pay, _) = step("pay").await;
            let (publish, published) = step("publish").await;
            let notified: i64 = db
                .read(move |conn| {
                    conn.query_row(
                        "SELECT COUNT(*) FROM notifications WHERE kind = 'payslip.published' AND data LIKE ?1",
                        [format!("%\"payroll_run_id\":\"{run}\"%")],
                        |r| r.get(0),
                    )
                })
                .await
                .expect("notifications");
            println!(
                "  (d) lock {lock:.3} s   pay {pay:.3} s   publish {publish:.3} s ({notified} notifications, run {})",
                published["data"]["attributes"]["status"]
            );

            let started = Instant::now();
            let response = client
                .get(format!("{url}/api/v1/payroll-runs/{run}/payslips.zip"))
                .bearer_auth(&hr_token)
                .send()
                .await
                .and_then(|r| r.error_for_status())
                .expect("payslips.zip");
            let zip_bytes = response.bytes().await.expect("zip body");
            let zip = started.elapsed().as_secs_f64();
            let entries = zip::ZipArchive::new(std::io::Cursor::new(zip_bytes.to_vec())).expect("a ZIP").len();
            println!(
                "  (e) payslips.zip: {zip:>7.1} s   {entries} PDFs with a {} KB logo, {:.1} MB ({:.2} ms a payslip)",
                logo.len() / 1024,
                zip_bytes.len() as f64 / 1e6,
                zip * 1e3 / entries as f64
            );
            rounds.push(Round { month: label, create, baseline, lock, pay, publish, zip });
        }

        println!(
            "summary of {ROUNDS} rounds ({}):",
            rounds.iter().map(|r| r.month.as_str()).collect::<Vec<_>>().join(", ")
        );
        let line = |label: &str, values: &dyn Fn(&Round) -> f64| {
            println!(
                "  {label:<44} best {:>8.3} s   median {:>8.3} s",
                best(rounds.iter().map(values)),
                median(rounds.iter().map(values))
            );
        };
        line("(c) create_run (compute a draft)", &|r| r.create);
        line("(b) plain bulk insert of the same lines", &|r| r.baseline);
        line("(d) lock", &|r| r.lock);
        line("(d) pay", &|r| r.pay);
        line("(d) publish, with the notifications", &|r| r.publish);
        line("(e) GET payslips.zip", &|r| r.zip);
        let create = best(rounds.iter().map(|r| r.create));
        let ratio_of_best = create / best(rounds.iter().map(|r| r.baseline));
        let ratio = median(rounds.iter().map(Round::ratio));
        println!(
            "  (c)/(b): {ratio_of_best:.2}x of the bests, median of the rounds' ratios {ratio:.2}x \
             ({:.2}x to {:.2}x)",
            best(rounds.iter().map(Round::ratio)),
            -best(rounds.iter().map(|r| -r.ratio()))
        );
        let zip = median(rounds.iter().map(|r| r.zip));
        println!("targets:");
        println!(
            "  (c) <= {CREATE_TARGET_S} s: median {:.3} s: {}",
            median(rounds.iter().map(|r| r.create)),
            verdict(median(rounds.iter().map(|r| r.create)) <= CREATE_TARGET_S)
        );
        println!("  (c)/(b) <= {RATIO_TARGET}x: median {ratio:.2}x: {}", verdict(ratio <= RATIO_TARGET));
        println!("  (e) <= {ZIP_TARGET_S} s: median {zip:.1} s: {}", verdict(zip <= ZIP_TARGET_S));
    });
}
