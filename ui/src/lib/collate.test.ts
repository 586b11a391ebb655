import { describe, expect, it } from "vitest";
import { compareNames, foldForSearch, matchesEveryWord, nameComparer } from "./collate";

const NAMES = ["Zoë Weber", "Krüger", "Åsa Lind", "Köhler", "Kraus", "zoe Adams"];

describe("names in the reader's order", () => {
  it("puts accented letters among their own, not after z", () => {
    const english = [...NAMES].sort(nameComparer("en"));
    expect(english).toEqual(["Åsa Lind", "Köhler", "Kraus", "Krüger", "zoe Adams", "Zoë Weber"]);
    // What sorting by code units did: every accented name after every plain one.
    expect([...NAMES].sort()).toEqual(["Kraus", "Krüger", "Köhler", "Zoë Weber", "zoe Adams", "Åsa Lind"]);
  });
  it("follows the language: in Swedish Å and Ö are letters of their own, after Z", () => {
    expect([...NAMES].sort(nameComparer("sv"))).toEqual(["Kraus", "Krüger", "Köhler", "zoe Adams", "Zoë Weber", "Åsa Lind"]);
    expect([...NAMES].sort(nameComparer("de"))).toEqual(["Åsa Lind", "Köhler", "Kraus", "Krüger", "zoe Adams", "Zoë Weber"]);
  });
  it("compares in the device's language by default, ready for sort", () => {
    // Pairs in the same order in every language written in Latin script, so the test holds on any machine.
    expect(["Zoë", "Köhler", "Becker"].sort(compareNames)).toEqual(["Becker", "Köhler", "Zoë"]);
    expect(compareNames("Zoë", "Zoë")).toBe(0);
  });
});

describe("search without accents or case", () => {
  it("folds text the way people type it", () => {
    expect(foldForSearch("Köhler")).toBe("kohler");
    expect(foldForSearch("ZOË Åsa")).toBe("zoe asa");
    expect(foldForSearch("Straße")).toBe("strasse");
    expect(foldForSearch("Søren Łukasz Ærø")).toBe("soren lukasz aero");
    expect(foldForSearch("İpek")).toBe("ipek");
  });
  it("needs every word, in any order, each within one field", () => {
    const emma = ["Emma Fischer", "employee@acme.test", "Engineering"];
    expect(matchesEveryWord("Fischer Emma", emma)).toBe(true);
    expect(matchesEveryWord("  emma   ENGINEERING ", emma)).toBe(true);
    expect(matchesEveryWord("emma sales", emma)).toBe(false);
    expect(matchesEveryWord("fischeremployee", emma)).toBe(false);
    expect(matchesEveryWord("kohler", ["Mia Köhler", null, undefined])).toBe(true);
    expect(matchesEveryWord("   ", emma)).toBe(true);
  });
});
