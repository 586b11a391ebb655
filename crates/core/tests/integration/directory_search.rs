//! The directory as people search it: any word of a name in any order, a department or a job title,
//! without the accents, and the people listed in the order of their language rather than of bytes.

use crate::common;

use common::{Server, open_cache};
use okta_hr_core::Core;

async fn manager_with_directory(server: &Server, dir: &std::path::Path) -> Core {
    let mut core = Core::open(dir).unwrap();
    core.login(&server.url(), "manager@acme.test", "password", "desk").await.unwrap();
    core.refresh_team().await.unwrap();
    core
}

fn names(core: &Core, search: &str) -> Vec<String> {
    core.employees(Some(search), 200).unwrap().into_iter().map(|e| e.attributes.name).collect()
}

/// The server's Acme people a condition picks, sorted, to compare with what the device found.
fn acme_names(server: &Server, condition: &str) -> Vec<String> {
    let sql = format!(
        "SELECT e.first_name || ' ' || e.last_name FROM employees e LEFT JOIN departments d ON d.id = e.department_id
         WHERE e.company_id = (SELECT company_id FROM employees WHERE email = 'manager@acme.test') AND {condition}"
    );
    let mut names = server.rows(&sql, (), |r| r.get::<_, String>(0));
    names.sort();
    names
}

fn sorted(mut names: Vec<String>) -> Vec<String> {
    names.sort();
    names
}

#[tokio::test]
async fn a_search_finds_people_by_any_word_of_their_name_department_or_job_title_offline_too() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let core = manager_with_directory(&server, dir.path()).await;
    let engineering = acme_names(&server, "d.name = 'Engineering'");
    let account_executives = acme_names(&server, "e.job_title = 'Account Executive'");
    let kohlers = acme_names(&server, "e.last_name = 'Köhler'");
    assert!(engineering.len() > 10 && account_executives.len() > 5 && !kohlers.is_empty());
    server.stop().await;

    assert_eq!(names(&core, "Fischer Emma"), ["Emma Fischer"], "the name in the other order");
    assert_eq!(names(&core, "  emma   FISCHER "), ["Emma Fischer"]);
    assert_eq!(sorted(names(&core, "engineering")), engineering, "everyone in the Engineering department");
    assert_eq!(sorted(names(&core, "Account Executive")), account_executives);
    assert_eq!(sorted(names(&core, "kohler")), kohlers, "no umlaut typed, Köhler found");
    assert_eq!(names(&core, "köhler"), names(&core, "KOHLER"));
    assert!(names(&core, "emma sales").is_empty(), "every word must match: Emma is in Engineering");
    assert!(names(&core, "%").is_empty() && names(&core, "_").is_empty(), "wildcards are taken literally");
    assert_eq!(core.employees(Some("   "), 200).unwrap().len(), 49, "blank: everyone");
}

#[tokio::test]
async fn people_are_listed_in_alphabetical_order_with_accented_letters_among_their_own() {
    let server = Server::start().await;
    for (email, first, last) in [
        ("hr@acme.test", "Zoë", "Krüger"),
        ("field@acme.test", "Zoë", "Köhler"),
        ("sales.manager@acme.test", "Zoë", "Kraus"),
        ("employee@acme.test", "Åsa", "Berg"),
    ] {
        server.execute("UPDATE employees SET first_name = ?1, last_name = ?2 WHERE email = ?3", [first, last, email]);
    }
    let dir = tempfile::tempdir().unwrap();
    let core = manager_with_directory(&server, dir.path()).await;

    assert_eq!(names(&core, "zoe"), ["Zoë Köhler", "Zoë Kraus", "Zoë Krüger"], "Köhler before Kraus before Krüger");
    let everyone = names(&core, "");
    let asa = everyone.iter().position(|n| n == "Åsa Berg").unwrap();
    assert!(
        everyone[..asa].iter().all(|n| n.starts_with('A')) && everyone[asa + 1].starts_with('B'),
        "Åsa among the A's, not after the Z's: {everyone:?}"
    );
    assert_eq!(everyone.last().map(String::as_str), Some("Zoë Krüger"));
}

#[tokio::test]
async fn a_renamed_department_is_found_by_its_new_name_after_a_refresh() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let core = manager_with_directory(&server, dir.path()).await;
    let sales = sorted(names(&core, "sales"));
    assert!(sales.contains(&"Sara Braun".to_owned()));

    server.execute("UPDATE departments SET name = 'Vertrieb' WHERE name = 'Sales'", ());
    core.refresh().await.unwrap();
    assert_eq!(sorted(names(&core, "vertrieb")), sales);
}

#[tokio::test]
async fn a_directory_cached_by_an_earlier_version_is_searchable_at_once() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let core = manager_with_directory(&server, dir.path()).await;
    let cache = open_cache(dir.path());
    cache.execute("UPDATE employees SET search_text = NULL, sort_key = NULL", []).unwrap();

    assert_eq!(names(&core, "fischer emma"), ["Emma Fischer"]);
    let unindexed: i64 =
        cache.query_row("SELECT COUNT(*) FROM employees WHERE sort_key IS NULL", [], |r| r.get(0)).unwrap();
    assert_eq!(unindexed, 0);
}
