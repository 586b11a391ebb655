// A small W3C WebDriver client: the protocol is plain JSON over HTTP, so the end-to-end tests need no
// driver library. Talks to tauri-driver, which drives the real app window through WebKitWebDriver.

export const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async create(base, capabilities) {
    const answer = await call(base, "POST", "/session", { capabilities: { alwaysMatch: capabilities } });
    return new Session(base, answer.sessionId);
  }

  command(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  async find(css) {
    const found = await this.command("POST", "/element", { using: "css selector", value: css });
    return new Element(this, found[ELEMENT]);
  }

  async findAll(css) {
    const found = await this.command("POST", "/elements", { using: "css selector", value: css });
    return found.map((e) => new Element(this, e[ELEMENT]));
  }

  /** Waits until `css` matches a displayed element, then returns it. */
  async waitFor(css, { timeout = 15000 } = {}) {
    return waitUntil(async () => {
      const [element] = await this.findAll(css);
      return element && (await element.displayed()) ? element : null;
    }, timeout, `no visible ${css}`);
  }

  /** Waits until the text of `css` satisfies `test` (a string to contain, or a predicate). */
  async waitForText(css, test, { timeout = 15000 } = {}) {
    const accept = typeof test === "string" ? (text) => text.includes(test) : test;
    let last = "";
    return waitUntil(async () => {
      const [element] = await this.findAll(css);
      if (!element) return null;
      last = await element.text();
      return accept(last) ? last : null;
    }, timeout, () => `${css} never matched ${test}; last text: ${JSON.stringify(last)}`);
  }

  async click(css) {
    await (await this.waitFor(css)).click();
  }

  async type(css, text) {
    const element = await this.waitFor(css);
    // WebKit's driver refuses to clear a field below the fold; a person would scroll to it first.
    await this.execute("arguments[0].scrollIntoView({ block: 'center' });", [element.reference]);
    await element.clear();
    await element.type(text);
  }

  execute(script, args = []) {
    return this.command("POST", "/execute/sync", { script, args });
  }

  /** Runs `script` in the page; it finishes by calling its last argument with the result. */
  executeAsync(script, args = []) {
    return this.command("POST", "/execute/async", { script, args });
  }

  async screenshot() {
    // WebKitWebDriver takes the picture at the page's next paint, and with the app's GPU compositor off
    // a still page may not paint for a minute: keep an invisible pixel changing while it waits.
    await this.execute(`
      const pixel = document.createElement("div");
      pixel.style.cssText = "position:fixed;left:0;top:0;width:1px;height:1px;opacity:0.01;pointer-events:none";
      document.body.append(pixel);
      let ticks = 0;
      const timer = setInterval(() => {
        pixel.style.opacity = ticks++ % 2 ? "0.01" : "0.02";
        if (ticks > 100) {
          clearInterval(timer);
          pixel.remove();
        }
      }, 20);`);
    return Buffer.from(await this.command("GET", "/screenshot"), "base64");
  }

  setWindowRect(width, height) {
    return this.command("POST", "/window/rect", { width, height });
  }

  close() {
    return this.command("DELETE", "");
  }
}

class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }

  /** How the element is passed to a script. */
  get reference() {
    return { [ELEMENT]: this.id };
  }

  /** Clicks, after centring the element so sticky bars cannot cover it. */
  async click() {
    await this.session.execute("arguments[0].scrollIntoView({ block: 'center', inline: 'center' });", [this.reference]);
    return this.session.command("POST", `/element/${this.id}/click`, {});
  }

  clear() {
    return this.session.command("POST", `/element/${this.id}/clear`, {});
  }

  type(text) {
    return this.session.command("POST", `/element/${this.id}/value`, { text });
  }

  text() {
    return this.session.command("GET", `/element/${this.id}/text`);
  }

  attribute(name) {
    return this.session.command("GET", `/element/${this.id}/attribute/${name}`);
  }

  displayed() {
    return this.session.command("GET", `/element/${this.id}/displayed`);
  }
}

async function call(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(90000),
  });
  const answer = await response.json();
  if (!response.ok || answer.value?.error) {
    throw new Error(`${method} ${path}: ${answer.value?.error ?? response.status}: ${answer.value?.message ?? ""}`);
  }
  return answer.value;
}

export async function waitUntil(probe, timeout, describe) {
  const deadline = Date.now() + timeout;
  let error;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      error = e;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  const what = typeof describe === "function" ? describe() : describe;
  throw new Error(`timed out: ${what}${error ? ` (${error.message})` : ""}`);
}
