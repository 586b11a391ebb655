fn main() {
    // Capabilities live at the top of the repository, beside the app and the UI they govern.
    println!("cargo:rerun-if-changed=../capabilities");
    let attributes = tauri_build::Attributes::new().capabilities_path_pattern("../capabilities/**/*");
    tauri_build::try_build(attributes).expect("tauri-build failed");
}
