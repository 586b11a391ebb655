import { describe, expect, it } from "vitest";
import { buildCsv, csvField, teamAttendanceCsv, workedMinutes, type TeamEntryLike } from "./csv";

describe("CSV", () => {
  it("quotes only when needed", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("Lopez, Ana")).toBe('"Lopez, Ana"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
    expect(csvField(42)).toBe("42");
  });
  it("defuses spreadsheet formulas", () => {
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField("-5")).toBe("'-5");
    expect(csvField(-5)).toBe("-5");
  });
  it("builds rows with CRLF line ends", () => {
    expect(buildCsv(["a", "b"], [[1, "x,y"]])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});

const entry = (over: Partial<TeamEntryLike>): TeamEntryLike => ({
  employee_name: "Ana Lopez",
  date: "2025-11-03",
  check_in_at: "2025-11-03T08:00:00Z",
  check_out_at: "2025-11-03T16:30:00Z",
  pending: false,
  record: { is_late: false, worked_minutes: null, branch_name: "HQ" },
  ...over,
});

describe("team attendance", () => {
  it("works out worked minutes", () => {
    expect(workedMinutes(entry({}))).toBe(510);
    expect(workedMinutes(entry({ record: { is_late: false, worked_minutes: 500 } }))).toBe(500);
    expect(workedMinutes(entry({ check_out_at: null }))).toBeNull();
  });
  it("exports a header and one line per record", () => {
    const csv = teamAttendanceCsv([entry({}), entry({ employee_name: "Ben, Carter", check_out_at: null, pending: true, record: { is_late: true } })]);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe("Employee,Date,Check in,Check out,Worked (min),Late,Branch,Synced,Check in (UTC),Check out (UTC)");
    expect(lines[1]).toContain("Ana Lopez,2025-11-03,");
    expect(lines[1]).toContain(",510,no,HQ,yes,2025-11-03T08:00:00Z,2025-11-03T16:30:00Z");
    expect(lines[2]).toContain('"Ben, Carter"');
    expect(lines[2]).toContain(",,yes,,no,2025-11-03T08:00:00Z,");
  });
});
