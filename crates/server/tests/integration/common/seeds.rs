//! The operations of the API documents in `shared/seeds/`, read from the documents themselves, so a test
//! can check that the server describes every one of them.

use std::path::PathBuf;

/// `shared/seeds/` beside the repository (CI lays it there), or `OKTA_HR_SEEDS`.
fn folder() -> PathBuf {
    if let Ok(dir) = std::env::var("OKTA_HR_SEEDS") {
        return PathBuf::from(dir);
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds")
}

fn document(prefix: &str) -> String {
    let dir = folder();
    let entry = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e} (set OKTA_HR_SEEDS)", dir.display()))
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix}_… in {}", dir.display()));
    std::fs::read_to_string(entry.path()).expect("seed text")
}

/// `(method, path)` of every operation of seeds 001–004, methods lower-case, `${x}` written `{x}` and
/// query strings dropped.
pub fn operations() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let directory = document("001");
    let lines: Vec<&str> = directory.lines().map(str::trim).collect();
    for pair in lines.windows(2) {
        if ["get", "post", "put", "patch", "delete"].contains(&pair[0]) && pair[1].starts_with("/api/") {
            out.push((pair[0].to_owned(), pair[1].to_owned()));
        }
    }
    for prefix in ["002", "003"] {
        for line in document(prefix).lines() {
            let mut words = line.split_whitespace();
            if let (Some(method), Some(path), None) = (words.next(), words.next(), words.next())
                && ["GET", "POST", "PUT", "PATCH", "DELETE"].contains(&method)
                && path.starts_with("/api/")
            {
                let path = path.split('?').next().unwrap_or(path).replace("${", "{");
                out.push((method.to_lowercase(), path));
            }
        }
    }
    let users = document("004");
    let spec: serde_json::Value =
        serde_json::from_str(&users[users.find('{').expect("a JSON document")..=users.rfind('}').unwrap()])
            .expect("OpenAPI JSON");
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for method in item.as_object().unwrap().keys().filter(|m| *m != "parameters") {
            out.push((method.clone(), path.clone()));
        }
    }
    out.sort();
    out.dedup();
    out
}
