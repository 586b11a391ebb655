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

/** Chooses `value` in one of Settings' selects (`testid`: "theme", "language"). */
export async function chooseSetting(session, testid, value) {
  await go(session, "settings");
  const select = await session.waitFor(`[data-testid=${testid}]`);
  await session.execute(
    `arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event("change", { bubbles: true }));`,
    [select.reference, value],
  );
}

export async function setTheme(session, theme) {
  await chooseSetting(session, "theme", theme);
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

/**
 * A Monday of next summer, so a request is always in the future, within one year's balance, and its week
 * holds none of the demo company's public holidays (July to September have none, whatever the year).
 */
export function nextYearMonday(weeksIn = 2) {
  const day = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 6, 1 + weeksIn * 7));
  while (day.getUTCDay() !== 1) day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

export function isoDate(date, plusDays = 0) {
  const copy = new Date(date);
  copy.setUTCDate(copy.getUTCDate() + plusDays);
  return copy.toISOString().slice(0, 10);
}

/**
 * Chooses a file with `text` in it for a file input, as picking it in the file chooser would (WebDriver
 * cannot drive the system's chooser).
 */
export async function chooseFile(session, css, name, text, type = "text/plain") {
  const input = await session.waitFor(css);
  await session.execute(
    `const [input, name, text, type] = arguments;
     const files = new DataTransfer();
     files.items.add(new File([text], name, { type }));
     input.files = files.files;
     input.dispatchEvent(new Event("change", { bubbles: true }));`,
    [input.reference, name, text, type],
  );
}

/** A moment as the app's clock inputs show it: "HH:MM" on the device's clock, and its day. */
export function localClock(date = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return {
    date,
    clock: `${pad(date.getHours())}:${pad(date.getMinutes())}`,
    day: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
  };
}

/** Waits until the clock has moved past the minute of `since`, so "HH:MM" now comes after it. */
export async function waitForNextMinute(since) {
  const next = new Date(since);
  next.setSeconds(0, 0);
  next.setMinutes(next.getMinutes() + 1);
  const wait = next.getTime() - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 250));
}

/** Picks the option of a select whose text contains `text` (waiting for it to be offered), as a user would. */
export async function choose(session, css, text, { timeout = 15000 } = {}) {
  const select = await session.waitFor(css, { timeout });
  const deadline = Date.now() + timeout;
  for (;;) {
    const picked = await session.execute(
      `const [select, text] = arguments;
       const option = [...select.options].find((o) => o.text.includes(text));
       if (!option) return false;
       select.value = option.value;
       select.dispatchEvent(new Event("change", { bubbles: true }));
       return true;`,
      [select.reference, text],
    );
    if (picked) return;
    if (Date.now() > deadline) throw new Error(`timed out: no option “${text}” in ${css}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
