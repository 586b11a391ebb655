"""Okta's published Python SDK (the `okta` package from PyPI) against a real `okta-hr-server serve --demo`.

An existing Okta client must work unchanged: these are the calls an identity script makes, with the
SDK's own models, paging and error handling. Run by scripts/test.sh in its own virtualenv.
"""

import asyncio
import json
import os
import unittest
import urllib.parse
import urllib.request

os.environ["OKTA_TESTING_TESTINGDISABLEHTTPSCHECK"] = "true"  # the server listens on plain http here

from demo_server import ACME_API_TOKEN, GLOBEX_API_TOKEN, Server  # noqa: E402

from okta.client import Client as OktaClient  # noqa: E402
from okta.errors.okta_api_error import OktaAPIError  # noqa: E402
from okta.models import AddGroupRequest, ChangePasswordRequest, CreateUserRequest, OrgSetting  # noqa: E402
from okta.models import NotificationType, ThreatInsightConfiguration, TrustedOriginWrite  # noqa: E402
from okta.models import UpdateUserRequest  # noqa: E402
from okta.pagination import PaginationHelper  # noqa: E402
from pydantic import ValidationError  # noqa: E402

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


async def new_user(okta: OktaClient, login: str, password: str | None = None, activate: bool = True):
    """A person created through the SDK: active with `password`, or staged when `activate` is false."""
    body = {"profile": {"firstName": "Sdk", "lastName": "Tester", "email": login, "login": login, "title": "Picker"}}
    if password:
        body["credentials"] = {"password": {"value": password}}
    user, _, err = await okta.create_user(CreateUserRequest.from_dict(body), activate=activate)
    if err:
        raise AssertionError(f"creating {login}: {err}")
    return user


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

    async def test_a_login_that_already_exists_is_a_400_validation_error(self):
        okta = client()
        body = CreateUserRequest.from_dict(
            {"profile": {"firstName": "Again", "lastName": "Employee", "email": "employee@acme.test",
                         "login": "employee@acme.test"}}
        )
        user, _, err = await okta.create_user(body)
        self.assertIsNone(user)
        self.assertIsInstance(err, OktaAPIError)
        self.assertEqual((err.status, err.error_code), (400, "E0000001"), str(err))
        self.assertTrue(err.error_summary.startswith("Api validation failed"), err.error_summary)
        causes = " ".join(cause.get("errorSummary", "") for cause in err.error_causes)
        self.assertTrue("login" in causes or "email" in causes, f"the cause names the field: {causes}")
        found, _, _ = await okta.list_users(search='profile.email eq "employee@acme.test"')
        self.assertEqual(len(found), 1, "nobody new was created")

    async def test_replacing_only_the_credentials_sets_them_and_keeps_the_profile(self):
        okta = client()
        user = await new_user(okta, "sdk.credentials@acme.test", "First-secret-1")
        password = UpdateUserRequest.from_dict({"credentials": {"password": {"value": "Second-secret-2"}}})
        replaced, _, err = await okta.replace_user(user.id, password)
        self.assertIsNone(err)
        self.assertEqual(replaced.profile.to_dict(), user.profile.to_dict(), "the profile is as it was")
        self.assertEqual(sign_in("sdk.credentials@acme.test", "Second-secret-2"), 201)
        self.assertEqual(sign_in("sdk.credentials@acme.test", "First-secret-1"), 422)

        question = UpdateUserRequest.from_dict(
            {"credentials": {"recovery_question": {"question": "First pet?", "answer": "Biscuit"}}}
        )
        replaced, _, err = await okta.replace_user(user.id, question)
        self.assertIsNone(err)
        self.assertEqual(replaced.credentials.recovery_question.question, "First pet?")
        self.assertIsNone(replaced.credentials.recovery_question.answer, "the answer is never read back")
        again, _, _ = await okta.get_user(user.id)
        self.assertEqual(again.profile.to_dict(), user.profile.to_dict())
        self.assertEqual(again.profile.title, "Picker")
        self.assertEqual(sign_in("sdk.credentials@acme.test", "Second-secret-2"), 201, "the password is kept")

        _, _, err = await okta.replace_user(user.id, UpdateUserRequest.from_dict({}))
        self.assertEqual((err.status, err.error_code), (400, "E0000001"), "neither profile nor credentials")

    async def test_activation_is_for_staged_and_deactivated_people_and_reactivation_for_provisioned_ones(self):
        okta = client()
        staged = await new_user(okta, "sdk.staged@acme.test", activate=False)
        self.assertEqual(staged.status.value, "STAGED")
        first, _, err = await okta.activate_user(staged.id, send_email=False)
        self.assertIsNone(err)
        self.assertIn(first.activation_token, first.activation_url)
        provisioned, _, _ = await okta.get_user(staged.id)
        self.assertEqual(provisioned.status.value, "PROVISIONED", "no password yet")

        _, _, err = await okta.activate_user(staged.id, send_email=False)
        self.assertIsInstance(err, OktaAPIError)
        self.assertEqual((err.status, err.error_code), (403, "E0000038"), str(err))
        self.assertIn("reactivate", err.error_summary)
        second, _, err = await okta.reactivate_user(staged.id, send_email=False)
        self.assertIsNone(err)
        self.assertNotEqual(second.activation_url, first.activation_url, "a new activation link")
        self.assertEqual(set_password(first.activation_token, "Old-link-secret-1"), 422, "the old link is spent")
        self.assertEqual(set_password(second.activation_token, "Staged-secret-1"), 200)
        self.assertEqual(sign_in("sdk.staged@acme.test", "Staged-secret-1"), 201)

        # Someone who left and comes back is activated again, and chooses a new password.
        returner = await new_user(okta, "sdk.returner@acme.test", "Before-leaving-1")
        err = await error_of(okta.deactivate_user(returner.id))
        self.assertIsNone(err)
        back, _, err = await okta.activate_user(returner.id, send_email=False)
        self.assertIsNone(err)
        self.assertTrue(back.activation_token)
        user, _, _ = await okta.get_user(returner.id)
        self.assertEqual(user.status.value, "PROVISIONED")
        self.assertEqual(sign_in("sdk.returner@acme.test", "Before-leaving-1"), 422, "the old password is gone")
        self.assertEqual(set_password(back.activation_token, "Welcome-back-1"), 200)
        self.assertEqual(sign_in("sdk.returner@acme.test", "Welcome-back-1"), 201)

    async def test_a_temporary_password_expires_the_old_one_and_asks_for_a_new_one(self):
        okta = client()
        user = await new_user(okta, "sdk.temporary@acme.test", "Original-secret-1")
        device = hr_api_token("sdk.temporary@acme.test", "Original-secret-1")
        _, resp, err = await okta.expire_password_with_temp_password(user.id)
        self.assertIsNone(err)
        temporary = json.loads(resp.raw_data)["tempPassword"]
        self.assertTrue(temporary)
        expired, _, _ = await okta.get_user(user.id)
        self.assertEqual(expired.status.value, "PASSWORD_EXPIRED")
        self.assertEqual(server.call("GET", "/api/v1/me", f"Bearer {device}")[0], 200, "devices stay signed in")
        self.assertEqual(sign_in("sdk.temporary@acme.test", "Original-secret-1"), 422)
        status, body = login("sdk.temporary@acme.test", temporary)
        self.assertEqual(status, 422)
        self.assertIn("new_password", body["errors"], "a new password is asked for")

        _, resp, err = await okta.expire_password_with_temp_password(user.id, revoke_sessions=True)
        self.assertIsNone(err)
        newer = json.loads(resp.raw_data)["tempPassword"]
        self.assertNotEqual(newer, temporary)
        self.assertEqual(server.call("GET", "/api/v1/me", f"Bearer {device}")[0], 401, "devices are signed out")
        self.assertEqual(login("sdk.temporary@acme.test", temporary)[0], 422, "the first one is replaced")
        status, _ = login("sdk.temporary@acme.test", newer, new_password="Chosen-secret-1")
        self.assertEqual(status, 201, "signing in with a new password")
        active, _, _ = await okta.get_user(user.id)
        self.assertEqual(active.status.value, "ACTIVE")
        self.assertEqual(sign_in("sdk.temporary@acme.test", "Chosen-secret-1"), 201)

    async def test_deleting_someone_with_hr_history_keeps_the_record_and_frees_the_email(self):
        okta = client()
        # A People Partner whose leave the demo's audit trail shows; no other test here uses them.
        login_name = "amelia.richter4@acme.test"
        person, _, err = await okta.get_user(login_name)
        self.assertIsNone(err)
        err = await error_of(okta.deactivate_user(person.id))
        self.assertIsNone(err)
        err = await error_of(okta.delete_user(person.id))
        self.assertIsNone(err, "deleting a deactivated person with HR history")
        _, _, err = await okta.get_user(person.id)
        self.assertEqual((err.status, err.error_code), (404, "E0000007"), str(err))
        _, _, err = await okta.get_user(login_name)
        self.assertEqual((err.status, err.error_code), (404, "E0000007"), "not found by login either")
        deprovisioned, _, _ = await okta.list_users(search='status eq "DEPROVISIONED"', limit=200)
        self.assertNotIn(person.id, [u.id for u in deprovisioned], "not even among the deactivated")
        self.assertEqual(sign_in(login_name, "password"), 422)

        records = hr_employees("Amelia Richter", "inactive")
        self.assertEqual([r["name"] for r in records], ["Amelia Richter"], "HR still reads the record by name")
        self.assertNotEqual(records[0]["email"], login_name)

        again = await new_user(okta, login_name, "Someone-new-1")
        self.assertNotEqual(again.id, person.id, "a different person")
        self.assertEqual(again.profile.login, login_name)
        self.assertEqual(sign_in(login_name, "Someone-new-1"), 201)


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


class GroupsThroughTheSdk(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        asyncio.get_running_loop().slow_callback_duration = 5

    async def test_lists_finds_and_pages_groups(self):
        okta = client()
        groups, _, err = await okta.list_groups()
        self.assertIsNone(err)
        names = [group_name(g) for g in groups]
        for name in ["Engineering", "Platform Team", "Book Club"]:
            self.assertIn(name, names, "departments and other groups alike")
        self.assertTrue(all(g.type.value == "OKTA_GROUP" and g.id.startswith("00g") for g in groups))

        found, _, err = await okta.list_groups(q="plat")
        self.assertIsNone(err)
        self.assertEqual([group_name(g) for g in found], ["Platform Team"], "q is a prefix of the name, in any case")
        searched, _, err = await okta.list_groups(search='profile.name co "Club"')
        self.assertIsNone(err)
        self.assertEqual([group_name(g) for g in searched], ["Book Club"])

        page, resp, err = await okta.list_groups(limit=2)
        self.assertIsNone(err)
        self.assertEqual(len(page), 2)
        paged = [g.id for g in page]
        while cursor := PaginationHelper.extract_next_cursor(resp.headers):
            page, resp, err = await okta.list_groups(limit=2, after=cursor)
            self.assertIsNone(err)
            paged.extend(g.id for g in page)
        self.assertEqual(paged, [g.id for g in groups], "the pages together are the whole list, in order")

    async def test_creates_renames_and_deletes_a_group(self):
        okta = client()
        body = AddGroupRequest.from_dict({"profile": {"name": "Sdk First Aiders", "description": "Trained this year"}})
        group, _, err = await okta.add_group(body)
        self.assertIsNone(err)
        self.assertTrue(group.id.startswith("00g"))
        self.assertEqual(group.type.value, "OKTA_GROUP")
        self.assertEqual(group.profile.actual_instance.description, "Trained this year")
        read, _, err = await okta.get_group(group.id)
        self.assertIsNone(err)
        self.assertEqual(group_name(read), "Sdk First Aiders")
        _, _, err = await okta.add_group(AddGroupRequest.from_dict({"profile": {"name": "Sdk First Aiders"}}))
        self.assertEqual((err.status, err.error_code), (400, "E0000001"), "the name is taken")

        renamed = AddGroupRequest.from_dict(
            {"profile": {"name": "Sdk First Aid Team", "description": "Trained in 2026"}}
        )
        replaced, _, err = await okta.replace_group(group.id, renamed)
        self.assertIsNone(err)
        self.assertEqual(group_name(replaced), "Sdk First Aid Team")
        self.assertEqual(replaced.profile.actual_instance.description, "Trained in 2026")
        found, _, _ = await okta.list_groups(q="Sdk First Aid")
        self.assertEqual([g.id for g in found], [group.id])

        err = await error_of(okta.delete_group(group.id))
        self.assertIsNone(err)
        _, _, err = await okta.get_group(group.id)
        self.assertIsInstance(err, OktaAPIError)
        self.assertEqual((err.status, err.error_code), (404, "E0000007"), str(err))
        left, _, _ = await okta.list_groups(q="Sdk First Aid")
        self.assertEqual(left, [])

    async def test_a_department_s_group_cannot_be_deleted(self):
        okta = client()
        engineering = (await okta.list_groups(q="Engineering"))[0][0]
        self.assertEqual(group_name(engineering), "Engineering")
        err = await error_of(okta.delete_group(engineering.id))
        self.assertIsInstance(err, OktaAPIError)
        self.assertEqual((err.status, err.error_code), (403, "E0000038"), str(err))
        still, _, err = await okta.get_group(engineering.id)
        self.assertIsNone(err)
        self.assertEqual(group_name(still), "Engineering")

    async def test_an_unknown_group_is_okta_s_not_found(self):
        okta = client()
        _, _, err = await okta.get_group("00gnosuchgroup")
        self.assertIsInstance(err, OktaAPIError)
        self.assertEqual((err.status, err.error_code), (404, "E0000007"), str(err))
        platform = (await okta.list_groups(q="Platform Team"))[0][0]
        _, _, err = await client(GLOBEX_API_TOKEN).get_group(platform.id)
        self.assertEqual((err.status, err.error_code), (404, "E0000007"), "another company's token finds nothing")

    async def test_adds_lists_and_removes_members(self):
        okta = client()
        group, _, err = await okta.add_group(AddGroupRequest.from_dict({"profile": {"name": "Sdk Fire Wardens"}}))
        self.assertIsNone(err)
        manager, _, _ = await okta.get_user("manager@acme.test")
        sales, _, _ = await okta.get_user("sales.manager@acme.test")
        for _ in range(2):
            err = await error_of(okta.assign_user_to_group(group.id, manager.id))
            self.assertIsNone(err, "adding twice is fine")
        err = await error_of(okta.assign_user_to_group(group.id, sales.id))
        self.assertIsNone(err)

        page, resp, err = await okta.list_group_users(group.id, limit=1)
        self.assertIsNone(err)
        self.assertEqual(len(page), 1)
        members = [u.profile.login for u in page]
        while cursor := PaginationHelper.extract_next_cursor(resp.headers):
            page, resp, err = await okta.list_group_users(group.id, limit=1, after=cursor)
            self.assertIsNone(err)
            members.extend(u.profile.login for u in page)
        self.assertEqual(sorted(members), ["manager@acme.test", "sales.manager@acme.test"])
        theirs, _, _ = await okta.list_user_groups(manager.id)
        self.assertIn(group.id, [g.id for g in theirs])

        for _ in range(2):
            err = await error_of(okta.unassign_user_from_group(group.id, manager.id))
            self.assertIsNone(err, "removing twice is fine")
        left, _, _ = await okta.list_group_users(group.id)
        self.assertEqual([u.profile.login for u in left], ["sales.manager@acme.test"])
        theirs, _, _ = await okta.list_user_groups(manager.id)
        self.assertNotIn(group.id, [g.id for g in theirs])

        err = await error_of(okta.assign_user_to_group(group.id, "00unobody"))
        self.assertIsInstance(err, OktaAPIError)
        self.assertEqual((err.status, err.error_code), (404, "E0000007"), str(err))


class SubscriptionsThroughTheSdk(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        asyncio.get_running_loop().slow_callback_duration = 5

    async def test_a_role_has_one_subscription_per_notification_type(self):
        okta = client()
        err = await error_of(
            okta.unsubscribe_by_notification_type_role("SUPER_ADMIN", NotificationType.REPORT_SUSPICIOUS_ACTIVITY)
        )
        self.assertIsNone(err)
        subscriptions = await self.listed(okta.list_subscriptions_role("SUPER_ADMIN"))
        types = [s.notification_type.value for s in subscriptions]
        self.assertEqual(len(types), len(set(types)), f"one subscription per notification type: {types}")
        status = {s.notification_type.value: s.status.value for s in subscriptions}
        self.assertEqual(status.get("REPORT_SUSPICIOUS_ACTIVITY"), "unsubscribed")
        self.assertEqual(status.get("USER_DEPROVISION"), "subscribed")
        err = await error_of(
            okta.subscribe_by_notification_type_role("SUPER_ADMIN", NotificationType.REPORT_SUSPICIOUS_ACTIVITY)
        )
        self.assertIsNone(err)
        one, _, err = await okta.get_subscriptions_notification_type_role(
            "SUPER_ADMIN", NotificationType.REPORT_SUSPICIOUS_ACTIVITY
        )
        self.assertIsNone(err)
        self.assertEqual(one.status.value, "subscribed")

    async def test_you_read_and_choose_your_own_subscriptions_only(self):
        okta = client()
        me, _, err = await okta.get_user("me")
        self.assertIsNone(err)
        err = await error_of(okta.unsubscribe_by_notification_type_user(NotificationType.USER_LOCKED_OUT, me.id))
        self.assertIsNone(err)
        one, _, err = await okta.get_subscriptions_notification_type_user(NotificationType.USER_LOCKED_OUT, me.id)
        self.assertIsNone(err)
        self.assertEqual(one.notification_type.value, "USER_LOCKED_OUT")
        self.assertEqual(one.status.value, "unsubscribed")
        err = await error_of(okta.subscribe_by_notification_type_user(NotificationType.USER_LOCKED_OUT, me.id))
        self.assertIsNone(err)
        one, _, _ = await okta.get_subscriptions_notification_type_user(NotificationType.USER_LOCKED_OUT, me.id)
        self.assertEqual(one.status.value, "subscribed")

        employee, _, _ = await okta.get_user("employee@acme.test")
        _, _, err = await okta.list_subscriptions_user(employee.id)
        self.assertIsInstance(err, OktaAPIError)
        self.assertEqual((err.status, err.error_code), (403, "E0000006"), "someone else's list is not yours")

        mine = await self.listed(okta.list_subscriptions_user(me.id))
        types = [s.notification_type.value for s in mine]
        self.assertEqual(len(types), len(set(types)), f"one subscription per notification type: {types}")
        self.assertIn(("USER_LOCKED_OUT", "subscribed"), [(s.notification_type.value, s.status.value) for s in mine])

    async def listed(self, call):
        """The subscriptions of a list call, failing the test if the SDK cannot read them."""
        try:
            subscriptions, _, err = await call
        except ValidationError as error:
            raise self.failureException(f"the SDK cannot read the subscription list: {error}") from None
        self.assertIsNone(err)
        self.assertTrue(subscriptions)
        return subscriptions


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


def login(email: str, password: str, new_password: str | None = None):
    """The status and body of a sign-in to the HR API."""
    body = {"email": email, "password": password, "device_name": "sdk test"}
    if new_password:
        body["new_password"] = new_password
    return server.call("POST", "/api/v1/auth/login", body=body)


def hr_api_token(email: str, password: str) -> str:
    """A device's bearer token for the HR API."""
    status, body = login(email, password)
    if status != 201:
        raise AssertionError(f"signing in {email} answered {status}: {body}")
    return body["data"]["attributes"]["token"]


def set_password(token: str, password: str) -> int:
    """The status of choosing a password with the token of an activation link."""
    return server.call("POST", "/api/v1/auth/set-password", body={"token": token, "password": password})[0]


def hr_employees(search: str, status: str) -> list:
    """The attributes of the people HR finds in its directory."""
    token = server.sign_in("hr@acme.test")
    query = urllib.parse.urlencode({"filter[search]": search, "filter[status]": status})
    _, document = server.call("GET", f"/api/v1/employees?{query}", f"Bearer {token}")
    return [r["attributes"] for r in document["data"]]


def group_name(group) -> str:
    return group.profile.actual_instance.name


if __name__ == "__main__":
    unittest.main()
