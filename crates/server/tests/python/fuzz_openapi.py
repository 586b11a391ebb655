"""schemathesis (from PyPI) against the server's `/api/openapi.json`: every operation of every document.

One `serve --demo`, fuzzed anonymously, as an employee and as HR, in that order (the HR run changes the
most). Generated requests, valid and invalid, go to every route; most path parameters name real records of
Acme (a person, their directory account, a group, a leave request, …) three times in four, so requests
reach past the 404 into the handlers. A run passes with no 5xx answer and no response that breaks the
schema its operation documents. Run by scripts/test.sh in its own virtualenv.

`OKTA_HR_FUZZ_EXAMPLES` (default 20) bounds the cases per operation and phase; `OKTA_HR_FUZZ_SEED`
(default fixed) makes a run repeatable, and a failure prints the seed and the request to replay.
"""

import os
import subprocess
import sys
from pathlib import Path

from demo_server import ACME_API_TOKEN, Server

EXAMPLES = os.environ.get("OKTA_HR_FUZZ_EXAMPLES", "20")
SEED = os.environ.get("OKTA_HR_FUZZ_SEED", "20261204")
SCHEMATHESIS = Path(sys.executable).with_name("st")
CHECKS = "not_a_server_error,response_schema_conformance,content_type_conformance"
# Logging out would end the run's own session; the other sign-in routes are fuzzed.
EXCLUDED_PATH = "/api/v1/auth/logout"
# Three cases in four use a real id; the rest keep schemathesis's own values (unknown, malformed, huge).
REAL_ID_SHARE = 0.75


def first_id(server: Server, path: str, authorization: str, pick=lambda item: True) -> str:
    """The id of the first record a listing answers that `pick` accepts."""
    status, body = server.call("GET", path, authorization)
    if status != 200:
        raise RuntimeError(f"GET {path} answered {status}: {body}")
    items = body["data"] if isinstance(body, dict) else body
    return next(item["id"] for item in items if pick(item))


def first_included_id(server: Server, path: str, authorization: str) -> str:
    """The id of the first resource a document includes (a run's lines)."""
    status, body = server.call("GET", path, authorization)
    if status != 200:
        raise RuntimeError(f"GET {path} answered {status}: {body}")
    return body["included"][0]["id"]


def real_ids(server: Server, hr: str, employee: str) -> dict[str, list]:
    """Path parameter values that name Acme's records, by parameter name.

    The person HR's requests act on is neither of the two callers, so a generated suspension or
    deactivation cannot end the run's own sessions.
    """
    api = f"SSWS {ACME_API_TOKEN}"
    callers = ("hr@acme.test", "employee@acme.test")
    user = first_id(server, "/api/v1/users?limit=20", api, lambda u: u["profile"]["login"] not in callers)
    _, target = server.call("GET", f"/api/v1/users/{user}", api)
    email = target["profile"]["email"]
    account = first_id(server, "/api/v1/account?limit=200", api, lambda a: a["email"] == email)
    manager = first_id(server, "/api/v1/account?limit=200", api, lambda a: a["email"] == "manager@acme.test")
    group = first_id(server, "/api/v1/group?limit=20", api)
    organization = first_id(server, "/api/v1/organization", api)
    leave_request = first_id(server, "/api/v1/leave-requests", f"Bearer {hr}")
    hr_employee = first_id(server, f"/api/v1/employees?filter[search]={email}", f"Bearer {hr}")
    return {
        "userId": [user],
        "associatedUserId": [user],
        "primaryUserId": [user],
        "accountId": [account],
        "accountIdOrEmail": [account, email],
        "employee": [account],
        "manager": [manager],
        "managerId": [manager],
        "entity": [account],
        "group": [group],
        "groupId": [group],
        "organization": [organization],
        "trustedOriginId": [first_id(server, "/api/v1/trustedOrigins", api)],
        "templateId": [first_id(server, "/api/v1/templates/sms", api)],
        "leaveRequest_id": [leave_request],
        "leave_id": [leave_request],
        "payrollRun_id": [first_id(server, "/api/v1/payroll-runs", f"Bearer {hr}")],
        "payslip_id": [first_id(server, "/api/v1/me/payslips", f"Bearer {employee}")],
        "payComponent_id": [first_id(server, "/api/v1/pay-components", f"Bearer {hr}")],
        "salaryStructure_id": [first_id(server, "/api/v1/salary-structures", f"Bearer {hr}")],
        "payAssignment_id": [first_id(server, "/api/v1/pay-assignments", f"Bearer {hr}")],
        "payAdjustment_id": [first_id(server, "/api/v1/pay-adjustments", f"Bearer {hr}")],
        "payrollLine_id": [
            first_included_id(
                server, "/api/v1/payroll-runs/" + first_id(server, "/api/v1/payroll-runs", f"Bearer {hr}"), f"Bearer {hr}"
            )
        ],
        "contactType": ["BILLING", "TECHNICAL"],
        "roleTypeOrRoleId": ["SUPER_ADMIN", "ORG_ADMIN"],
        "notificationType": ["USER_LOCKED_OUT", "REPORT_SUSPICIOUS_ACTIVITY"],
        "clientId": ["okta-hr-app"],
        "alias": ["acme"],
        # `id` is an HR employee's number on one route and a directory group's UUID on the others.
        "/api/v1/employees/{id}": [int(hr_employee)],
        "/api/v1/group/{id}": [group],
    }


def toml_value(value) -> str:
    return str(value) if isinstance(value, int) else '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def config(ids: dict[str, list]) -> str:
    """A schemathesis.toml binding each path parameter to its real values."""
    lines = []
    for name, values in ids.items():
        lines.append(f'[dictionaries."{name}"]')
        lines.append(f"values = [{', '.join(toml_value(v) for v in values)}]")
    binding = lambda name: f'{{ dictionary = "{name}", probability = {REAL_ID_SHARE} }}'  # noqa: E731
    lines.append("[parameters]")
    lines.extend(f'"path.{name}" = {binding(name)}' for name in ids if not name.startswith("/"))
    for path in (name for name in ids if name.startswith("/")):
        lines.append("[[operations]]")
        lines.append(f"include-path = {toml_value(path)}")
        lines.append(f'parameters = {{ "path.id" = {binding(path)} }}')
    return "\n".join(lines) + "\n"


def fuzz(server: Server, config_file: Path, role: str, authorization: str | None) -> bool:
    print(f"== schemathesis as {role}: {EXAMPLES} examples an operation, seed {SEED}", flush=True)
    command = [
        str(SCHEMATHESIS), "--no-color", "--config-file", str(config_file), "run", f"{server.url}/api/openapi.json",
        "--checks", CHECKS, "--phases", "examples,coverage,fuzzing", "--max-examples", EXAMPLES,
        "--seed", SEED, "--workers", "1", "--exclude-path", EXCLUDED_PATH, "--warnings", "off",
        "--request-timeout", "30",
    ]  # fmt: skip
    # One worker: with two, Hypothesis parses source from two threads, and CPython 3.11's `ast` is not
    # thread-safe ("AST constructor recursion depth mismatch"), which failed a run on an operation whose
    # requests and answers were all right.
    if authorization:
        command += ["--header", f"Authorization: {authorization}"]
    # Run in the server's scratch directory, so schemathesis's cache does not land in the checkout.
    finished = subprocess.run(
        command, cwd=config_file.parent, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    lines = finished.stdout.splitlines()
    summary = lines[lines.index(next((l for l in lines if "SUMMARY" in l), lines[-1])):]
    print("\n".join(lines if finished.returncode else summary), flush=True)
    return finished.returncode == 0


def main() -> int:
    server = Server()
    try:
        hr, employee = server.sign_in("hr@acme.test"), server.sign_in("employee@acme.test")
        config_file = Path(server.dir.name) / "schemathesis.toml"
        config_file.write_text(config(real_ids(server, hr, employee)))
        roles = [("anonymous", None), ("an employee", f"Bearer {employee}"), ("HR", f"Bearer {hr}")]
        failed = [role for role, authorization in roles if not fuzz(server, config_file, role, authorization)]
        _, up = server.call("GET", "/up")
        if up != {"status": "up"}:
            failed.append("the server's health afterwards")
    finally:
        server.stop()
    if failed:
        print(f"schemathesis found failures as {', '.join(failed)}", file=sys.stderr)
        return 1
    print("schemathesis: no server error and no response outside its schema, for every role")
    return 0


if __name__ == "__main__":
    sys.exit(main())
