//! Golden payslips, computed by hand in the comments. May 2026 has 21 weekdays: Friday the 1st, then
//! four full weeks from Monday the 4th to Friday the 29th.

use super::*;
use crate::component::{AmountRule, Component, ComponentKind, RoundingMode};
use crate::diff::{BankAccounts, DiffFlag, diff_payslips};
use crate::structure::SalaryStructure;
use okta_hr_domain::calendar::Holiday;

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn money(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn component(code: &str, name: &str, kind: ComponentKind, rule: AmountRule) -> Component {
    Component {
        code: code.to_owned(),
        name: name.to_owned(),
        kind,
        rule,
        prorated: false,
        hidden_when_zero: false,
        rounding: Rounding::default(),
    }
}

fn formula(text: &str) -> AmountRule {
    AmountRule::Expression { expression: text.to_owned() }
}

/// Basic pay prorated, housing 40 % of it, overtime at time and a half hidden when there is none, a 5 %
/// pension deduction and the employer's 8 %.
fn staff() -> PreparedStructure {
    let percent = |p: i64| Decimal::from(p);
    SalaryStructure {
        name: "Staff".to_owned(),
        components: vec![
            Component { prorated: true, ..component("BASIC", "Basic pay", ComponentKind::Earning, formula("base")) },
            component(
                "HOUSING",
                "Housing",
                ComponentKind::Earning,
                AmountRule::PercentOf { component: "BASIC".to_owned(), percent: percent(40) },
            ),
            Component {
                hidden_when_zero: true,
                ..component(
                    "OVERTIME",
                    "Overtime",
                    ComponentKind::Earning,
                    formula("overtime_hours * base / 160 * 1.5"),
                )
            },
            component(
                "PENSION",
                "Pension",
                ComponentKind::Deduction,
                AmountRule::PercentOfGross { percent: percent(5) },
            ),
            component(
                "EMPLOYER_PENSION",
                "Employer pension",
                ComponentKind::EmployerContribution,
                AmountRule::PercentOfGross { percent: percent(8) },
            ),
        ],
    }
    .prepare()
    .unwrap()
}

fn euros() -> CompanyPay {
    CompanyPay { currency: "EUR".to_owned(), currency_places: 2, net_rounding: Rounding::default() }
}

const MAY: PayPeriod = PayPeriod {
    first_day: NaiveDate::from_ymd_opt(2026, 5, 1).unwrap(),
    last_day: NaiveDate::from_ymd_opt(2026, 5, 31).unwrap(),
};

/// Someone on 3,000.00 hired long ago, with nothing else happening in May.
fn may<'a>(
    structure: &'a PreparedStructure,
    calendar: &'a WorkCalendar,
    base_pay: &'a [BasePay],
    company: &'a CompanyPay,
) -> PayslipInput<'a> {
    PayslipInput {
        period: MAY,
        hired_on: d("2020-01-01"),
        left_on: None,
        calendar,
        leave: &[],
        overtime_hours: Decimal::ZERO,
        structure,
        base_pay,
        adjustments: &[],
        overrides: &[],
        company,
    }
}

fn three_thousand() -> Vec<BasePay> {
    vec![BasePay { from: d("2020-01-01"), amount: money("3000") }]
}

/// Each line as (code, amount, explanation).
fn lines(payslip: &Payslip) -> Vec<(&str, String, &str)> {
    payslip.lines.iter().map(|line| (line.code.as_str(), line.amount.to_string(), line.explanation.as_str())).collect()
}

#[test]
fn a_joiner_on_the_fifth_is_paid_19_of_21_days() {
    let (structure, calendar, base, company) = (staff(), WorkCalendar::default(), three_thousand(), euros());
    let payslip =
        compute_payslip(&PayslipInput { hired_on: d("2026-05-05"), ..may(&structure, &calendar, &base, &company) })
            .unwrap();
    // 3000 × 19/21 = 2714.2857 → 2714.29; 40 % of it 1085.716 → 1085.72; gross 3800.01; 5 % of it 190.0005 →
    // 190.00; 8 % of it 304.0008 → 304.00.
    assert_eq!(
        lines(&payslip),
        vec![
            ("BASIC", "2714.29".to_owned(), "3,000.00 × 19/21 days"),
            ("HOUSING", "1085.72".to_owned(), "40 % of Basic pay 2,714.29"),
            (
                "OVERTIME",
                "0.00".to_owned(),
                "overtime_hours * base / 160 * 1.5 with base = 3,000.00, overtime_hours = 0"
            ),
            ("PENSION", "190.00".to_owned(), "5 % of gross 3,800.01"),
            ("EMPLOYER_PENSION", "304.00".to_owned(), "8 % of gross 3,800.01"),
        ]
    );
    assert!(payslip.lines[2].hidden, "no overtime: the line is left off the printed payslip");
    assert_eq!(
        (payslip.gross, payslip.total_deductions, payslip.employer_contributions, payslip.net),
        (money("3800.01"), money("190.00"), money("304.00"), money("3610.01"))
    );
    assert_eq!(payslip.days.employed_days, LeaveDays::whole(19));
    assert_eq!((payslip.days.employed_from, payslip.days.working_days), (d("2026-05-05"), LeaveDays::whole(21)));
    let diff = diff_payslips(&payslip, None, BankAccounts::default(), Decimal::TEN);
    assert_eq!(diff.flags, vec![DiffFlag::Joiner, DiffFlag::MissingBankAccount]);
}

#[test]
fn unpaid_leave_over_a_public_holiday_does_not_cost_the_holiday() {
    // Whit Monday, 25 May 2026: 20 working days in May. Unpaid leave from Friday 22 to Tuesday 26 costs
    // Friday and Tuesday only: 3000 × 18/20 = 2700.00.
    let calendar = WorkCalendar {
        holidays: vec![Holiday {
            date: d("2026-05-25"),
            name: "Whit Monday".to_owned(),
            recurring: false,
            half_day: false,
        }],
        ..WorkCalendar::default()
    };
    let (structure, base, company) = (staff(), three_thousand(), euros());
    let leave =
        [LeaveInPeriod { span: LeaveSpan::whole_days(d("2026-05-22"), d("2026-05-26")), paid_fraction: Decimal::ZERO }];
    let payslip =
        compute_payslip(&PayslipInput { leave: &leave, ..may(&structure, &calendar, &base, &company) }).unwrap();
    assert_eq!(lines(&payslip)[0], ("BASIC", "2700.00".to_owned(), "3,000.00 × 18/20 days"));
    assert_eq!((payslip.days.unpaid_days, payslip.days.paid_days), (money("2"), money("18")));
}

#[test]
fn half_a_day_unpaid_costs_half_a_day() {
    // Wednesday 13 May, the afternoon: 3000 × 20.5/21 = 2928.5714 → 2928.57.
    let (structure, calendar, base, company) = (staff(), WorkCalendar::default(), three_thousand(), euros());
    let afternoon =
        LeaveSpan { start_half: Half::Afternoon, ..LeaveSpan::whole_days(d("2026-05-13"), d("2026-05-13")) };
    let leave = [LeaveInPeriod { span: afternoon, paid_fraction: Decimal::ZERO }];
    let payslip =
        compute_payslip(&PayslipInput { leave: &leave, ..may(&structure, &calendar, &base, &company) }).unwrap();
    assert_eq!(lines(&payslip)[0], ("BASIC", "2928.57".to_owned(), "3,000.00 × 20.5/21 days"));
    assert_eq!(payslip.days.unpaid_days, money("0.5"));
}

#[test]
fn a_raise_on_the_eighteenth_pays_each_part_at_its_rate() {
    // 1–17 May: 11 days at 3000, 18–31 May: 10 days at 3300. 1571.4286 + 1571.4286 = 3142.857 → 3142.86.
    let (structure, calendar, company) = (staff(), WorkCalendar::default(), euros());
    let base = [
        BasePay { from: d("2026-05-18"), amount: money("3300") },
        BasePay { from: d("2025-01-01"), amount: money("3000") },
    ];
    let payslip =
        compute_payslip(&PayslipInput { overtime_hours: Decimal::TEN, ..may(&structure, &calendar, &base, &company) })
            .unwrap();
    assert_eq!(
        lines(&payslip)[..3],
        [
            ("BASIC", "3142.86".to_owned(), "3,000.00 × 11/21 days + 3,300.00 × 10/21 days"),
            ("HOUSING", "1257.14".to_owned(), "40 % of Basic pay 3,142.86"),
            // Not prorated: at the base in force at the end, 10 × 3300 / 160 × 1.5 = 309.375 → 309.38.
            (
                "OVERTIME",
                "309.38".to_owned(),
                "overtime_hours * base / 160 * 1.5 with base = 3,300.00, overtime_hours = 10"
            ),
        ]
    );
    assert!(!payslip.lines[2].hidden);
}

#[test]
fn leave_at_half_pay_costs_half_its_days() {
    // Monday 11 to Thursday 14 May at half pay: 4 days cost 2, so 3000 × 19/21.
    let (structure, calendar, base, company) = (staff(), WorkCalendar::default(), three_thousand(), euros());
    let leave =
        [LeaveInPeriod { span: LeaveSpan::whole_days(d("2026-05-11"), d("2026-05-14")), paid_fraction: money("0.5") }];
    let payslip =
        compute_payslip(&PayslipInput { leave: &leave, ..may(&structure, &calendar, &base, &company) }).unwrap();
    assert_eq!(lines(&payslip)[0], ("BASIC", "2714.29".to_owned(), "3,000.00 × 19/21 days"));
    assert_eq!((payslip.days.unpaid_days, payslip.days.paid_days), (money("2"), money("19")));
}

#[test]
fn an_advance_recovered_from_a_short_month_leaves_a_negative_net() {
    // Hired on Friday 29 May: 1 day. 3000 × 1/21 = 142.857 → 142.86, housing 57.144 → 57.14, gross 200.00,
    // pension 10.00, the advance's recovery 500.00: net 200.00 − 510.00 = −310.00.
    let (structure, calendar, base, company) = (staff(), WorkCalendar::default(), three_thousand(), euros());
    let recovery = [Adjustment {
        code: "ADVANCE_RECOVERY".to_owned(),
        name: "Advance recovery".to_owned(),
        kind: AdjustmentKind::Deduction,
        recurrence: Recurrence::Recurring,
        amount: money("500"),
    }];
    let input = PayslipInput {
        hired_on: d("2026-05-29"),
        adjustments: &recovery,
        ..may(&structure, &calendar, &base, &company)
    };
    let payslip = compute_payslip(&input).unwrap();
    assert_eq!(lines(&payslip)[5], ("ADVANCE_RECOVERY", "500.00".to_owned(), "recurring deduction"));
    assert_eq!(
        (payslip.gross, payslip.total_deductions, payslip.net),
        (money("200.00"), money("510.00"), money("-310.00"))
    );
    let accounts = BankAccounts { current: Some("DE89370400440532013000"), previous_run: None };
    assert_eq!(
        diff_payslips(&payslip, None, accounts, Decimal::TEN).flags,
        vec![DiffFlag::Joiner, DiffFlag::NegativeNet]
    );
}

#[test]
fn a_bonus_is_in_gross_an_advance_only_in_net_and_the_net_is_rounded_to_whole_euros() {
    let (structure, calendar, base) = (staff(), WorkCalendar::default(), three_thousand());
    let company = CompanyPay { net_rounding: Rounding { places: 0, mode: RoundingMode::HalfUp }, ..euros() };
    let adjustments = [
        Adjustment {
            code: "BONUS".to_owned(),
            name: "Bonus".to_owned(),
            kind: AdjustmentKind::Bonus,
            recurrence: Recurrence::OneOff,
            amount: money("100.005"),
        },
        Adjustment {
            code: "ADVANCE".to_owned(),
            name: "Advance".to_owned(),
            kind: AdjustmentKind::Advance,
            recurrence: Recurrence::OneOff,
            amount: money("250"),
        },
    ];
    let payslip =
        compute_payslip(&PayslipInput { adjustments: &adjustments, ..may(&structure, &calendar, &base, &company) })
            .unwrap();
    // Basic 3000.00, housing 1200.00, bonus 100.01: gross 4300.01; pension 215.0005 → 215.00; advance 250.00;
    // net 4335.01 rounds to 4335, the rounding −0.01.
    assert_eq!(lines(&payslip)[0], ("BASIC", "3000.00".to_owned(), "3,000.00"));
    assert_eq!(lines(&payslip)[3], ("PENSION", "215.00".to_owned(), "5 % of gross 4,300.01"));
    assert_eq!(
        (payslip.gross, payslip.advances, payslip.net_rounding, payslip.net),
        (money("4300.01"), money("250.00"), money("-0.01"), money("4335"))
    );
    let json = serde_json::to_string(&payslip).unwrap();
    assert!(json.contains(r#""gross":"4300.01""#) && json.contains(r#""net":"4335""#), "{json}");
    assert_eq!(serde_json::from_str::<Payslip>(&json).unwrap(), payslip);
}

#[test]
fn a_leaver_the_diff_and_a_changed_account() {
    let (structure, calendar, base, company) = (staff(), WorkCalendar::default(), three_thousand(), euros());
    let april = PayslipInput {
        period: PayPeriod { first_day: d("2026-04-01"), last_day: d("2026-04-30") },
        ..may(&structure, &calendar, &base, &company)
    };
    let previous = compute_payslip(&april).unwrap();
    // Leaves on Friday 15 May: 11 of 21 days, 1571.43.
    let leaving = compute_payslip(&PayslipInput {
        left_on: Some(d("2026-05-15")),
        ..may(&structure, &calendar, &base, &company)
    })
    .unwrap();
    let accounts = BankAccounts { current: Some("NL91ABNA0417164300"), previous_run: Some("DE89370400440532013000") };
    let diff = diff_payslips(&leaving, Some(&previous), accounts, Decimal::TEN);
    assert_eq!(
        diff.flags,
        vec![DiffFlag::Leaver, DiffFlag::NetChanged { percent: Some(money("-47.62")) }, DiffFlag::BankAccountChanged]
    );
    let changed: Vec<(&str, String)> = diff.changes.iter().map(|c| (c.code.as_str(), c.change.to_string())).collect();
    assert_eq!(
        changed,
        [
            ("BASIC", "-1428.57".to_owned()),
            ("HOUSING", "-571.43".to_owned()),
            ("PENSION", "-100.00".to_owned()),
            ("EMPLOYER_PENSION", "-160.00".to_owned())
        ]
    );
    let same = diff_payslips(
        &previous,
        Some(&previous),
        BankAccounts { current: Some("X"), previous_run: Some(" X ") },
        Decimal::TEN,
    );
    assert_eq!((same.changes, same.flags), (vec![], vec![]));
}

#[test]
fn what_cannot_be_computed_is_said() {
    let (structure, calendar, base, company) = (staff(), WorkCalendar::default(), three_thousand(), euros());
    let input = may(&structure, &calendar, &base, &company);
    assert_eq!(compute_payslip(&PayslipInput { hired_on: d("2026-06-01"), ..input }), Err(PayslipError::NotEmployed));
    let late = [BasePay { from: d("2026-05-10"), amount: money("3000") }];
    assert_eq!(
        compute_payslip(&PayslipInput { base_pay: &late, ..input }).unwrap_err().to_string(),
        "no base pay is in force on 2026-05-01"
    );
    let weekends = WorkCalendar { working_week: vec![], ..WorkCalendar::default() };
    assert_eq!(compute_payslip(&PayslipInput { calendar: &weekends, ..input }), Err(PayslipError::NoWorkingDays));
    let divide = SalaryStructure {
        name: "Broken".to_owned(),
        components: vec![component("RATE", "Rate", ComponentKind::Earning, formula("base / unpaid_days"))],
    }
    .prepare()
    .unwrap();
    assert_eq!(
        compute_payslip(&PayslipInput { structure: &divide, ..input }).unwrap_err().to_string(),
        "RATE: at character 6: division by zero"
    );
    let huge = || formula("base * 10000000000000000000000000");
    let enormous = SalaryStructure {
        name: "Enormous".to_owned(),
        components: vec![
            component("A", "A", ComponentKind::Earning, huge()),
            component("B", "B", ComponentKind::Earning, huge()),
        ],
    }
    .prepare()
    .unwrap();
    let five_thousand = [BasePay { from: d("2020-01-01"), amount: money("5000") }];
    let input = PayslipInput { structure: &enormous, base_pay: &five_thousand, ..input };
    assert_eq!(compute_payslip(&input), Err(PayslipError::Overflow { component: "gross".to_owned() }));
}

#[test]
fn an_override_replaces_the_line_and_the_lines_after_it_follow() {
    let (structure, calendar, base, company) = (staff(), WorkCalendar::default(), three_thousand(), euros());
    let overrides = [LineOverride {
        code: "HOUSING".to_owned(),
        amount: money("1000"),
        reason: "agreed in the contract".to_owned(),
    }];
    let payslip =
        compute_payslip(&PayslipInput { overrides: &overrides, ..may(&structure, &calendar, &base, &company) })
            .unwrap();
    // Housing set to 1000.00 instead of 40 % of 3000.00; gross 4000.00; pension 5 % of it 200.00.
    let housing = &payslip.lines[1];
    assert_eq!(housing.amount, money("1000.00"));
    assert_eq!(housing.explanation, "set by HR: agreed in the contract (computed 1,200.00)");
    assert_eq!(payslip.lines[3].amount, money("200.00"), "the pension reads the overridden gross");
    assert_eq!((payslip.gross, payslip.net), (money("4000.00"), money("3800.00")));
}
