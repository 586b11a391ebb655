"""Okta's published Python SDK (the `okta` package from PyPI) against a real `okta-hr-server serve --demo`.

An existing Okta client must work unchanged: these are the calls an identity script makes, with the
SDK's own models, paging and error handling. Run by scripts/test.sh in its own virtualenv.
"""

import asyncio
import os
import unittest
import urllib.request

os.environ["OKTA_TESTING_TESTINGDISABLEHTTPSCHECK"] = "true"  # the server listens on plain http here

from demo_server import ACME_API_TOKEN, GLOBEX_API_TOKEN, Server  # noqa: E402

from okta.client import Client as OktaClient  # noqa: E402
from okta.models import ChangePasswordRequest, CreateUserRequest, OrgSetting  # noqa: E402
from okta.models import ThreatInsightConfiguration, TrustedOriginWrite  # noqa: E402
from okta.pagination import PaginationHelper  # noqa: E402

server: Server


def setUpModule():
    global server
    server = Server()


def tearDownModule():
    server.stop()


def client(token: str = ACME_API_TOKEN) -> OktaClient:
    return OktaClient({"orgUrl": server.url, "token": token})


async def error_of(call):
    """The SDK's error of a call with no result body: it answers `(response, error)` or `(result, response, error)`."""
    return (await call)[-1]


class UsersThroughTheSdk(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        # The test loop runs in debug mode; a password hash on the server is not a slow callback here.
        asyncio.get_running_loop().slow_callback_duration = 5

    async def test_lists_every_user_a_page_at_a_time(self):
        okta = client()
        users, resp, err = await okta.list_users(limit=10)
        self.assertIsNone(err)
        self.assertEqual(len(users), 10)
        seen = [u.id for u in users]
        while cursor := PaginationHelper.extract_next_cursor(resp.headers):
            page, resp, err = await okta.list_users(limit=10, after=cursor)
            self.assertIsNone(err)
            seen.extend(u.id for u in page)
        self.assertGreater(len(seen), 10)
        self.assertEqual(len(seen), len(set(seen)), "no user twice across pages")
        self.assertTrue(all(i.startswith("00u") for i in seen))

    async def test_searches_and_filters_users(self):
        okta = client()
        found, _, err = await okta.list_users(search='profile.email eq "employee@acme.test"')
        self.assertIsNone(err)
        self.assertEqual([u.profile.login for u in found], ["employee@acme.test"])
        active, _, err = await okta.list_users(filter='status eq "ACTIVE"', limit=200)
        self.assertIsNone(err)
        self.assertTrue(active and all(u.status.value == "ACTIVE" for u in active))
        by_q, _, err = await okta.list_users(q="employee@acme")
        self.assertIsNone(err)
        self.assertIn("employee@acme.test", [u.profile.login for u in by_q])

    async def test_reads_a_user_and_their_groups(self):
        okta = client()
        user, _, err = await okta.get_user("employee@acme.test")
        self.assertIsNone(err)
        self.assertEqual(user.profile.email, "employee@acme.test")
        groups, _, err = await okta.list_user_groups(user.id)
        self.assertIsNone(err)
        self.assertTrue(groups, "the employee's department is one of their groups")
        self.assertTrue(all(g.id.startswith("00g") for g in groups))

    async def test_creates_a_staged_user_and_walks_the_lifecycle(self):
        okta = client()
        body = CreateUserRequest.from_dict(
            {"profile": {"firstName": "Sdk", "lastName": "Person", "email": "sdk.person@acme.test",
                         "login": "sdk.person@acme.test"},
             "credentials": {"password": {"value": "Correct-Horse-9"}}}
        )
        user, _, err = await okta.create_user(body, activate=False)
        self.assertIsNone(err)
        self.assertEqual(user.status.value, "STAGED")

        err = await error_of(okta.activate_user(user.id, send_email=False))
        self.assertIsNone(err)
        self.assertEqual(sign_in("sdk.person@acme.test", "Correct-Horse-9"), 201, "a user with a password is active")
        err = await error_of(okta.suspend_user(user.id))
        self.assertIsNone(err)
        suspended, _, _ = await okta.get_user(user.id)
        self.assertEqual(suspended.status.value, "SUSPENDED")
        self.assertEqual(sign_in("sdk.person@acme.test", "Correct-Horse-9"), 422, "suspended people cannot sign in")
        err = await error_of(okta.suspend_user(user.id))
        self.assertIsNotNone(err, "suspending twice is refused")
        self.assertIn("E0000001", str(err))
        err = await error_of(okta.unsuspend_user(user.id))
        self.assertIsNone(err)
        err = await error_of(okta.deactivate_user(user.id))
        self.assertIsNone(err)
        gone, _, _ = await okta.get_user(user.id)
        self.assertEqual(gone.status.value, "DEPROVISIONED")
        err = await error_of(okta.delete_user(user.id))
        self.assertIsNone(err)
        _, _, err = await okta.get_user(user.id)
        self.assertIn("E0000007", str(err))

    async def test_changes_a_password_the_app_then_signs_in_with(self):
        okta = client()
        user, _, _ = await okta.get_user("field@acme.test")
        request = ChangePasswordRequest.from_dict(
            {"oldPassword": {"value": "password"}, "newPassword": {"value": "sdk-new-password"}}
        )
        err = await error_of(okta.change_password(user.id, request))
        self.assertIsNone(err)
        self.assertEqual(sign_in("field@acme.test", "sdk-new-password"), 201)
        self.assertEqual(sign_in("field@acme.test", "password"), 422)

    async def test_another_companys_token_cannot_see_acme(self):
        acme_user, _, _ = await client().get_user("employee@acme.test")
        _, _, err = await client(GLOBEX_API_TOKEN).get_user(acme_user.id)
        self.assertIn("E0000007", str(err))

    async def test_a_bad_token_gets_okta_s_error(self):
        _, _, err = await client("00not-a-real-token").list_users()
        self.assertIn("E0000011", str(err))


class OrgAdminThroughTheSdk(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        asyncio.get_running_loop().slow_callback_duration = 5

    async def test_reads_and_renames_the_org_the_hr_app_shows(self):
        okta = client()
        org, _, err = await okta.get_org_settings()
        self.assertIsNone(err)
        self.assertEqual(org.company_name, "Acme Demo")
        self.assertTrue(org.id.startswith("00o"))
        renamed, _, err = await okta.update_org_settings(OrgSetting.from_dict({"companyName": "Acme Works"}))
        self.assertIsNone(err)
        self.assertEqual(renamed.company_name, "Acme Works")
        self.assertEqual(renamed.website, org.website, "a partial update keeps the other fields")
        self.assertEqual(hr_company_name(), "Acme Works")
        contacts, _, err = await okta.list_org_contact_types()
        self.assertIsNone(err)
        self.assertEqual(sorted(c.actual_instance.contact_type.value for c in contacts), ["BILLING", "TECHNICAL"])

    async def test_manages_trusted_origins_that_the_server_then_honours(self):
        okta = client()
        body = TrustedOriginWrite.from_dict(
            {"name": "Admin console", "origin": "https://console.acme.example", "scopes": [{"type": "CORS"}]}
        )
        origin, _, err = await okta.create_trusted_origin(body)
        self.assertIsNone(err)
        self.assertEqual(origin.status.value, "ACTIVE")
        self.assertEqual(cors_origin("https://console.acme.example"), "https://console.acme.example")
        _, _, err = await okta.deactivate_trusted_origin(origin.id)
        self.assertIsNone(err)
        self.assertIsNone(cors_origin("https://console.acme.example"), "an inactive origin is not trusted")
        listed, _, err = await okta.list_trusted_origins()
        self.assertIsNone(err)
        self.assertIn(origin.id, [o.id for o in listed])

    async def test_switches_threat_insight_to_audit(self):
        okta = client()
        configuration = ThreatInsightConfiguration.from_dict({"action": "audit", "excludeZones": []})
        saved, _, err = await okta.update_configuration(configuration)
        self.assertIsNone(err)
        self.assertEqual(saved.action, "audit")
        current, _, _ = await okta.get_current_configuration()
        self.assertEqual(current.action, "audit")

    async def test_lists_sms_templates(self):
        templates, _, err = await client().list_sms_templates()
        self.assertIsNone(err)
        self.assertTrue(all("${code}" in t.template for t in templates))


def hr_company_name() -> str:
    """The company name the HR app shows to its HR lead."""
    token = server.sign_in("hr@acme.test")
    _, document = server.call("GET", "/api/v1/me?include=company", f"Bearer {token}")
    companies = [r for r in document.get("included", []) if r["type"] == "companies"]
    return companies[0]["attributes"]["name"]


def cors_origin(origin: str):
    """What a browser on `origin` is allowed by the preflight of an admin API call."""
    request = urllib.request.Request(
        f"{server.url}/api/v1/org",
        method="OPTIONS",
        headers={"Origin": origin, "Access-Control-Request-Method": "GET"},
    )
    with urllib.request.urlopen(request) as reply:
        return reply.headers.get("Access-Control-Allow-Origin")


def sign_in(email: str, password: str) -> int:
    body = {"email": email, "password": password, "device_name": "sdk test"}
    return server.call("POST", "/api/v1/auth/login", body=body)[0]


if __name__ == "__main__":
    unittest.main()
