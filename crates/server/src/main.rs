fn main() -> std::process::ExitCode {
    okta_hr_server::cli::main()
}
