//! The Users API's paging and search, measured against the HR employees page over the same people.
//!
//! `cargo bench -p okta-hr-server --bench users_api` builds the 10,000-employee company of the `api`
//! bench, makes its first employee HR with an SSWS API token, serves the real router on 127.0.0.1:0 and,
//! in one run, from 64 concurrent clients, walks every page of:
//! (a) `GET /api/v1/employees?page[size]=100` (the HR API's largest page) as HR's bearer token, through
//!     `links.next`, once served from the rendered-page cache and once with every page a cache miss;
//! (b) `GET /api/v1/users?limit=200` through the `Link: rel="next"` cursors, as the API token;
//! (c) `GET /api/v1/users?q=…&limit=200` for a spread of name and email prefixes, likewise.

mod support;

use okta_hr_server::AppState;
use okta_hr_server::db::{Actor, Change, Db};
use okta_hr_server::provisioning;
use okta_hr_server::settings::Settings;
use reqwest::header::{AUTHORIZATION, HeaderMap, LINK};
use serde::Deserialize;
use serde::de::IgnoredAny;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use support::{CLIENTS, EMPLOYEES, Run, build_company, serve, verdict};

/// The HR API's largest page (`MAX_PAGE_SIZE` of its JSON:API lists).
const HR_PAGE_SIZE: usize = 100;
/// The Users API's largest page.
const USERS_LIMIT: usize = 200;
/// Okta's `q`: a prefix of first name, last name or email. From a tenth of the company to nobody.
const SEARCHES: [&str; 8] = ["First7", "last9", "Person12", "First123", "Last042", "person9999@", "LAST5", "nobody"];
/// Each search prefix is walked this many times, spread over the clients.
const SEARCH_ROUNDS: usize = 16;
/// The goal: a users page within 1.5 times the HR page's time.
const GOAL: f64 = 1.5;

/// The page after this one, and how many people this one lists.
#[derive(Clone, Copy)]
enum Paging {
    /// A JSON:API document: people in `data`, the next page in `links.next`.
    JsonApi,
    /// Okta's: a JSON array of users, the next page in a `Link: <…>; rel="next"` header.
    LinkHeader,
}

#[derive(Deserialize)]
struct JsonApiPage {
    data: Vec<IgnoredAny>,
    links: JsonApiLinks,
}

#[derive(Deserialize)]
struct JsonApiLinks {
    next: Option<String>,
}

impl Paging {
    fn read(self, headers: &HeaderMap, body: &[u8]) -> Option<(usize, Option<String>)> {
        match self {
            Paging::JsonApi => {
                let page: JsonApiPage = serde_json::from_slice(body).ok()?;
                Some((page.data.len(), page.links.next))
            }
            Paging::LinkHeader => {
                let users: Vec<IgnoredAny> = serde_json::from_slice(body).ok()?;
                let next = headers.get_all(LINK).iter().filter_map(|v| v.to_str().ok()).find_map(|link| {
                    link.strip_suffix("; rel=\"next\"")?.strip_prefix('<')?.strip_suffix('>').map(str::to_owned)
                });
                Some((users.len(), next))
            }
        }
    }
}

/// Walks followed from their first page to their last.
struct Walks {
    run: Run,
    /// The people each walk listed, in the order of `starts`.
    people: Vec<usize>,
    /// The bytes of every page's body.
    bytes: usize,
}

impl Walks {
    fn people_per_second(&self) -> f64 {
        self.people.iter().sum::<usize>() as f64 / self.run.elapsed.as_secs_f64()
    }
}

/// Follows every walk in `starts` to its last page, `CLIENTS` walks at a time; a page's latency is from
/// sending the request to its last byte read.
async fn walk(label: &'static str, starts: Vec<String>, authorization: String, paging: Paging) -> Walks {
    let client = reqwest::Client::builder().pool_max_idle_per_host(CLIENTS).build().expect("client");
    let (starts, next, authorization) = (Arc::new(starts), Arc::new(AtomicUsize::new(0)), Arc::new(authorization));
    let started = Instant::now();
    let workers: Vec<_> = (0..CLIENTS)
        .map(|_| {
            let (client, starts, next, authorization) =
                (client.clone(), starts.clone(), next.clone(), authorization.clone());
            tokio::spawn(async move {
                let (mut latencies, mut errors, mut people, mut bytes) = (Vec::new(), 0, Vec::new(), 0);
                loop {
                    let walk = next.fetch_add(1, Ordering::Relaxed);
                    let Some(first) = starts.get(walk) else { break };
                    let (mut url, mut listed) = (first.clone(), 0);
                    loop {
                        let sent = Instant::now();
                        let page = match client.get(&url).header(AUTHORIZATION, authorization.as_str()).send().await {
                            Ok(response) if response.status().is_success() => {
                                let headers = response.headers().clone();
                                response.bytes().await.ok().map(|body| (headers, body))
                            }
                            _ => None,
                        };
                        latencies.push(sent.elapsed());
                        bytes += page.as_ref().map_or(0, |(_, body)| body.len());
                        match page.and_then(|(headers, body)| paging.read(&headers, &body)) {
                            Some((count, following)) => {
                                listed += count;
                                match following {
                                    Some(following) => url = following,
                                    None => break,
                                }
                            }
                            None => {
                                errors += 1;
                                break;
                            }
                        }
                    }
                    people.push((walk, listed));
                }
                (latencies, errors, people, bytes)
            })
        })
        .collect();
    let mut run = Run { label, elapsed: Duration::ZERO, latencies: Vec::new(), errors: 0 };
    let (mut people, mut bytes) = (vec![0; starts.len()], 0);
    for worker in workers {
        let (latencies, errors, listed, worker_bytes) = worker.await.expect("worker");
        bytes += worker_bytes;
        run.latencies.extend(latencies);
        run.errors += errors;
        for (walk, count) in listed {
            people[walk] = count;
        }
    }
    run.elapsed = started.elapsed();
    Walks { run, people, bytes }
}

/// How many of the company `q` should find: Okta's `q` is a case-insensitive prefix of first name, last
/// name or email (the names `build_company` gives).
fn expected_matches(q: &str) -> usize {
    let q = q.to_lowercase();
    (0..EMPLOYEES)
        .filter(|n| {
            [format!("first{n}"), format!("last{:05}", (n * 7919) % EMPLOYEES), format!("person{n}@rush.test")]
                .iter()
                .any(|field| field.starts_with(&q))
        })
        .count()
}

fn print_walks(walks: &Walks) {
    walks.run.print();
    let kilobytes_per_page = walks.bytes as f64 / walks.run.latencies.len() as f64 / 1e3;
    println!("{:<34} {:>8.0} people/s, {kilobytes_per_page:.0} KB a page", "", walks.people_per_second());
}

/// Time per page and per person listed, each relative to the HR page's.
fn ratios(label: &str, measured: &Walks, baseline: &Walks) -> f64 {
    let per_page = baseline.run.per_second() / measured.run.per_second();
    let per_person = baseline.people_per_second() / measured.people_per_second();
    println!("{label:<34} {per_page:.2}x the time per page, {per_person:.2}x the time per person");
    per_page
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Db::open(&dir.path().join("bench.sqlite")).expect("database");
        let seeder = db.clone();
        let (hr_bearer, api_token) = tokio::task::spawn_blocking(move || {
            let (company, tokens) = build_company(&seeder);
            let hr = tokens[0].split('|').next().and_then(|id| id.parse::<i64>().ok()).expect("token id");
            let api_token = seeder
                .write_blocking(Change::routine(Actor::Server, "bench.api_token"), move |conn| {
                    // The token id is the personal access token's; its owner becomes HR.
                    let employee: i64 =
                        conn.query_row("SELECT employee_id FROM personal_access_tokens WHERE id = ?1", [hr], |r| {
                            r.get(0)
                        })?;
                    conn.execute("UPDATE employees SET role = 'hr' WHERE id = ?1", [employee])?;
                    provisioning::create_api_token(conn, company, employee, "bench", None)
                })
                .expect("API token");
            (tokens[0].clone(), api_token)
        })
        .await
        .expect("seed");
        let url = serve(okta_hr_server::router::router(AppState::new(db, Settings::default()))).await;
        let (bearer, ssws) = (format!("Bearer {hr_bearer}"), format!("SSWS {api_token}"));

        println!(
            "okta-hr-server users API benchmark: {EMPLOYEES} employees, {CLIENTS} concurrent clients, each walking \
             every page"
        );
        let hr_first = format!("{url}/api/v1/employees?page[size]={HR_PAGE_SIZE}");
        let warm_up =
            walk("  warm-up: renders each page once", vec![hr_first.clone()], bearer.clone(), Paging::JsonApi).await;
        let hr_cached =
            walk("(a) HR employees, page cache", vec![hr_first.clone(); CLIENTS], bearer.clone(), Paging::JsonApi)
                .await;
        // A query parameter the server ignores but carries into links.next: every walk's pages are new.
        let uncached_starts = (0..CLIENTS).map(|walk| format!("{hr_first}&uncached={walk}")).collect();
        let hr_uncached = walk("(a) HR employees, uncached", uncached_starts, bearer.clone(), Paging::JsonApi).await;
        let users_first = format!("{url}/api/v1/users?limit={USERS_LIMIT}");
        let users = walk("(b) users?limit=200", vec![users_first; CLIENTS], ssws.clone(), Paging::LinkHeader).await;
        let search_starts: Vec<String> = (0..SEARCH_ROUNDS)
            .flat_map(|_| SEARCHES.iter().map(|q| format!("{url}/api/v1/users?q={q}&limit={USERS_LIMIT}")))
            .collect();
        let search = walk("(c) users?q=…&limit=200", search_starts, ssws, Paging::LinkHeader).await;

        warm_up.run.print();
        print_walks(&hr_cached);
        print_walks(&hr_uncached);
        print_walks(&users);
        print_walks(&search);
        let users_vs_cached = ratios("(b) paging vs (a) cached", &users, &hr_cached);
        let users_vs_uncached = ratios("(b) paging vs (a) uncached", &users, &hr_uncached);
        let search_vs_cached = ratios("(c) search vs (a) cached", &search, &hr_cached);
        let search_vs_uncached = ratios("(c) search vs (a) uncached", &search, &hr_uncached);

        let everyone_listed =
            [&hr_cached, &hr_uncached, &users].iter().all(|w| w.people.iter().all(|&n| n == EMPLOYEES));
        let searches_right = search.people.iter().zip(SEARCHES.iter().cycle()).all(|(&n, q)| n == expected_matches(q));
        let errors = [&hr_cached, &hr_uncached, &users, &search].iter().map(|w| w.run.errors).sum::<usize>();
        println!(
            "every walk listed all {EMPLOYEES} and every search its matches, 0 errors: {}",
            verdict(everyone_listed && searches_right && errors == 0)
        );
        println!(
            "goal: users paging within {GOAL}x of the HR page (uncached {users_vs_uncached:.2}x, cached \
             {users_vs_cached:.2}x): {}",
            verdict(users_vs_uncached <= GOAL)
        );
        println!(
            "goal: users search within {GOAL}x of the HR page (uncached {search_vs_uncached:.2}x, cached \
             {search_vs_cached:.2}x): {}",
            verdict(search_vs_uncached <= GOAL)
        );
    });
}
