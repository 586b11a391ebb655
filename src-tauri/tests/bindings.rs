//! The UI is typed against `ui/src/lib/bindings.ts`; it must match the Rust commands exactly.

use std::path::Path;

#[test]
fn the_checked_in_typescript_bindings_match_the_rust_commands() {
    let generated = okta_hr_app_lib::typescript_bindings().expect("bindings generate");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings.ts");
    if std::env::var_os("OKTA_HR_WRITE_BINDINGS").is_some() {
        std::fs::write(&path, &generated).expect("write bindings");
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        checked_in == generated,
        "ui/src/lib/bindings.ts is out of date: run OKTA_HR_WRITE_BINDINGS=1 cargo test -p okta-hr-app --test bindings"
    );
    for command in ["startDemo", "checkIn", "submitLeave", "actOnLeave", "syncStatus"] {
        assert!(generated.contains(&format!("{command}: (")), "{command} is missing from the bindings");
    }
}
