// Steps the stories share, written as a user would do them.

export async function openDemo(session, role) {
  await session.click(`[data-testid=demo-${role}]`);
  await session.waitFor("[data-testid=sync-indicator]", { timeout: 30000 });
}

/** Signs in to a company server with the demo password, as a new user would. */
export async function signIn(session, serverUrl, email) {
  await session.type("[data-testid=server-url]", serverUrl);
  await session.type("[data-testid=email]", email);
  await session.type("[data-testid=password]", "password");
  await session.click("[data-testid=sign-in]");
  await session.waitFor("[data-testid=sync-indicator]", { timeout: 120000 });
}

/** Opens a screen from the sidebar, or from the "More" menu on a phone-sized window. */
export async function go(session, screen) {
  const [item] = await session.findAll(`[data-testid=nav-${screen}]`);
  if (!item || !(await item.displayed())) {
    await session.click("[data-testid=nav-more]");
  }
  await session.click(`[data-testid=nav-${screen}]`);
}

export async function signOut(session) {
  await go(session, "settings");
  await session.click("[data-testid=sign-out]");
  const [confirm] = await session.findAll("[data-testid=confirm-sign-out]");
  if (confirm && (await confirm.displayed())) await confirm.click();
  await session.waitFor("[data-testid=demo-employee]");
}

/** Sets an input the way typing would, for inputs WebDriver cannot type into (dates). */
export async function setValue(session, css, value) {
  const element = await session.waitFor(css);
  await session.execute(
    `const el = arguments[0]; el.value = arguments[1];
     el.dispatchEvent(new Event("input", { bubbles: true }));
     el.dispatchEvent(new Event("change", { bubbles: true }));`,
    [element.reference, value],
  );
}

export async function setDemoServer(session, running) {
  await go(session, "settings");
  const toggle = await session.waitFor("[data-testid=demo-server-toggle]");
  const checked = await session.execute("return arguments[0].checked;", [toggle.reference]);
  if (checked !== running) await toggle.click();
}

/** A Monday next year, so a request is always in the future and within one year's balance. */
export function nextYearMonday(weeksIn = 10) {
  const day = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 1 + weeksIn * 7));
  while (day.getUTCDay() !== 1) day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

export function isoDate(date, plusDays = 0) {
  const copy = new Date(date);
  copy.setUTCDate(copy.getUTCDate() + plusDays);
  return copy.toISOString().slice(0, 10);
}
