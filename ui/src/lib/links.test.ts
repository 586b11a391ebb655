import { describe, expect, it } from "vitest";
import { mailHref, telHref, webHref } from "./links";

describe("contact links", () => {
  it("open web pages over http(s) only", () => {
    expect(webHref("help.acme.test/hr")).toBe("https://help.acme.test/hr");
    expect(webHref("http://intranet.acme.test")).toBe("http://intranet.acme.test/");
    expect(webHref("javascript:alert(1)")).toBeNull();
    expect(webHref("  ")).toBeNull();
  });

  it("dial the digits of a phone number", () => {
    expect(telHref("+49 30 1234-56")).toBe("tel:+4930123456");
    expect(telHref("(030) 555 0100")).toBe("tel:0305550100");
    expect(telHref("n/a")).toBeNull();
  });

  it("mail addresses that look like addresses", () => {
    expect(mailHref(" hr@acme.test ")).toBe("mailto:hr@acme.test");
    expect(mailHref("not an address")).toBeNull();
  });
});
