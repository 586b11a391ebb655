"""A real `okta-hr-server serve --demo` on a free loopback port, in a throwaway directory.

Shared by the Python drivers of the server (Okta's SDK, schemathesis): each starts the debug build that
scripts/test.sh has just built, or the binary named by OKTA_HR_SERVER. Its database is a SQLite file, or,
when OKTA_HR_TEST_POSTGRES names a PostgreSQL server, a new database there (made with psql).
"""

import json
import os
import socket
import subprocess
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
SERVER = os.environ.get("OKTA_HR_SERVER", str(ROOT / "target/debug/okta-hr-server"))
ACME_API_TOKEN = "00acme-demo-api-token-for-trying-the-admin-apis"
GLOBEX_API_TOKEN = "00globex-demo-api-token-for-trying-the-admin-apis"
DEMO_PASSWORD = "password"


def new_database(directory: str) -> str:
    """A new database for one server: on the test PostgreSQL server if there is one."""
    postgres = os.environ.get("OKTA_HR_TEST_POSTGRES")
    if not postgres:
        return f"sqlite://{directory}/okta-hr.sqlite"
    name = f"okta_hr_{uuid.uuid4().hex}"
    subprocess.run(["psql", postgres, "--quiet", "--command", f"CREATE DATABASE {name}"], check=True)
    server, mark, options = postgres.partition("?")
    return f"{server.rsplit('/', 1)[0]}/{name}{mark}{options}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self):
        self.dir = tempfile.TemporaryDirectory()
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        database = new_database(self.dir.name)
        self.process = subprocess.Popen(
            [SERVER, "--database", database, "serve", "--bind", f"127.0.0.1:{port}", "--demo"],
            stdout=subprocess.DEVNULL,
            env={**os.environ, "RUST_LOG": "warn"},
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/up") as reply:
                    if reply.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("okta-hr-server did not start")

    def call(self, method: str, path: str, authorization: str | None = None, body=None):
        """The status and JSON body of one request."""
        headers = {"Accept": "application/json", "Content-Type": "application/json"}
        if authorization:
            headers["Authorization"] = authorization
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"{self.url}{path}", data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request) as reply:
                raw = reply.read()
                return reply.status, json.loads(raw) if raw else None
        except urllib.error.HTTPError as error:
            raw = error.read()
            return error.code, json.loads(raw) if raw else None

    def sign_in(self, email: str) -> str:
        """A demo person's bearer token for the HR API, from the app's own sign-in."""
        status, body = self.call(
            "POST", "/api/v1/auth/login", body={"email": email, "password": DEMO_PASSWORD, "device_name": "python"}
        )
        if status != 201:
            raise RuntimeError(f"signing in {email} answered {status}: {body}")
        return body["data"]["attributes"]["token"]

    def stop(self):
        self.process.terminate()
        self.process.wait(10)
        self.dir.cleanup()
