//! Property tests of payroll's arithmetic: for any employment, leave, raise and adjustment the generators
//! reach, a payslip adds up, stays within its full amounts and is the same bytes every time; formulas
//! never panic and agree with plain Rust.

use chrono::{Duration, NaiveDate};
use okta_hr_domain::calendar::{Half, Holiday, LeaveSpan, WorkCalendar};
use okta_hr_payroll::component::{AmountRule, Component, ComponentKind, Rounding, RoundingMode};
use okta_hr_payroll::compute::{
    Adjustment, AdjustmentKind, BasePay, CompanyPay, LeaveInPeriod, LineKind, PayPeriod, Payslip, PayslipInput,
    Recurrence, compute_payslip,
};
use okta_hr_payroll::correction::{Corrects, correction};
use okta_hr_payroll::expression::Expression;
use okta_hr_payroll::inputs::PayslipInputs;
use okta_hr_payroll::structure::{PreparedStructure, SalaryStructure};
use proptest::prelude::*;
use rust_decimal::Decimal;

const JUNE_FIRST: NaiveDate = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
const JUNE: PayPeriod = PayPeriod { first_day: JUNE_FIRST, last_day: NaiveDate::from_ymd_opt(2026, 6, 30).unwrap() };

fn day_of_june(offset: i64) -> NaiveDate {
    JUNE_FIRST + Duration::days(offset)
}

/// An amount in cents up to a million.
fn amount() -> impl Strategy<Value = Decimal> {
    (0i64..100_000_000).prop_map(|cents| Decimal::new(cents, 2))
}

fn rounding() -> impl Strategy<Value = Rounding> {
    let mode = prop_oneof![
        Just(RoundingMode::HalfUp),
        Just(RoundingMode::HalfEven),
        Just(RoundingMode::Down),
        Just(RoundingMode::Up)
    ];
    (0u32..4, mode).prop_map(|(places, mode)| Rounding { places, mode })
}

fn component(code: &str, kind: ComponentKind, rule: AmountRule, prorated: bool, rounding: Rounding) -> Component {
    Component {
        code: code.to_owned(),
        name: code.to_lowercase(),
        kind,
        rule,
        prorated,
        hidden_when_zero: true,
        rounding,
    }
}

/// Basic pay (prorated), a fixed allowance sometimes prorated, a percentage of basic, a formula reading
/// days and overtime, a percentage of gross as a deduction, a formula over gross and a contribution, each
/// rounded its own way.
fn structure() -> impl Strategy<Value = SalaryStructure> {
    (amount(), any::<bool>(), 0i64..100, 0i64..30, proptest::collection::vec(rounding(), 7)).prop_map(
        |(allowance, allowance_prorated, housing, pension, roundings)| {
            let percent = Decimal::from;
            SalaryStructure {
                name: "Generated".to_owned(),
                components: vec![
                    component("BASIC", ComponentKind::Earning, expr("base"), true, roundings[0]),
                    component(
                        "ALLOWANCE",
                        ComponentKind::Earning,
                        AmountRule::Fixed { amount: allowance },
                        allowance_prorated,
                        roundings[1],
                    ),
                    component(
                        "HOUSING",
                        ComponentKind::Earning,
                        AmountRule::PercentOf { component: "BASIC".to_owned(), percent: percent(housing) },
                        false,
                        roundings[2],
                    ),
                    component(
                        "OVERTIME",
                        ComponentKind::Earning,
                        expr("overtime_hours * base / max(working_days * 8, 1) * 1.25"),
                        false,
                        roundings[3],
                    ),
                    component(
                        "PENSION",
                        ComponentKind::Deduction,
                        AmountRule::PercentOfGross { percent: percent(pension) },
                        false,
                        roundings[4],
                    ),
                    component(
                        "TAX",
                        ComponentKind::Deduction,
                        expr("max(0, gross - PENSION - 1000) * 0.2"),
                        false,
                        roundings[5],
                    ),
                    component(
                        "EMPLOYER",
                        ComponentKind::EmployerContribution,
                        expr("round(gross * 0.08, 2)"),
                        false,
                        roundings[6],
                    ),
                ],
            }
        },
    )
}

fn expr(text: &str) -> AmountRule {
    AmountRule::Expression { expression: text.to_owned() }
}

fn half() -> impl Strategy<Value = Half> {
    prop_oneof![Just(Half::Morning), Just(Half::Afternoon)]
}

/// Leave around June, sometimes outside it or outside the employment, unpaid, partly or fully paid.
fn leave() -> impl Strategy<Value = LeaveInPeriod> {
    (-10i64..35, 0i64..12, half(), half(), 0i64..=100).prop_map(|(start, length, start_half, end_half, paid)| {
        LeaveInPeriod {
            span: LeaveSpan { start: day_of_june(start), start_half, end: day_of_june(start + length), end_half },
            paid_fraction: Decimal::new(paid, 2),
        }
    })
}

fn adjustment() -> impl Strategy<Value = Adjustment> {
    let kind = prop_oneof![Just(AdjustmentKind::Bonus), Just(AdjustmentKind::Advance), Just(AdjustmentKind::Deduction)];
    (kind, amount(), 0u8..3).prop_map(|(kind, amount, code)| Adjustment {
        code: format!("ADJ{code}"),
        name: "Adjustment".to_owned(),
        kind,
        recurrence: Recurrence::OneOff,
        amount,
    })
}

/// A Monday-to-Friday or a six-day week with Saturday mornings, and a holiday or two in June.
fn calendar() -> impl Strategy<Value = WorkCalendar> {
    let holiday = (0i64..30, proptest::bool::weighted(0.3)).prop_map(|(day, half_day)| Holiday {
        date: day_of_june(day),
        name: "Holiday".to_owned(),
        recurring: false,
        half_day,
    });
    (any::<bool>(), proptest::collection::vec(holiday, 0..3)).prop_map(|(six_days, holidays)| WorkCalendar {
        working_week: if six_days { vec![1, 2, 3, 4, 5, 6] } else { vec![1, 2, 3, 4, 5] },
        half_days: if six_days { vec![6] } else { vec![] },
        holidays,
        ..WorkCalendar::default()
    })
}

#[derive(Debug, Clone)]
struct Case {
    salary: SalaryStructure,
    structure: PreparedStructure,
    calendar: WorkCalendar,
    hired: i64,
    left: Option<i64>,
    leave: Vec<LeaveInPeriod>,
    overtime: Decimal,
    base_pay: Vec<BasePay>,
    adjustments: Vec<Adjustment>,
    company: CompanyPay,
}

impl Case {
    fn input(&self) -> PayslipInput<'_> {
        PayslipInput {
            period: JUNE,
            hired_on: day_of_june(self.hired),
            left_on: self.left.map(day_of_june),
            calendar: &self.calendar,
            leave: &self.leave,
            overtime_hours: self.overtime,
            structure: &self.structure,
            base_pay: &self.base_pay,
            adjustments: &self.adjustments,
            overrides: &[],
            company: &self.company,
        }
    }
}

/// Hired before or during June, sometimes leaving in it; a base pay before June and up to two raises in
/// it; leave, overtime and adjustments.
fn case() -> impl Strategy<Value = Case> {
    let raises = proptest::collection::vec((1i64..30, amount()), 0..3);
    let base_pay = (amount(), raises).prop_map(|(first, raises)| {
        let mut pay = vec![BasePay { from: day_of_june(-400), amount: first }];
        pay.extend(raises.into_iter().map(|(day, amount)| BasePay { from: day_of_june(day), amount }));
        pay
    });
    let company = (rounding(), "[A-Z]{3}").prop_map(|(net_rounding, currency)| CompanyPay {
        currency,
        currency_places: 2,
        net_rounding,
    });
    (
        structure(),
        calendar(),
        (-60i64..20, proptest::option::of(20i64..40)),
        proptest::collection::vec(leave(), 0..4),
        (0i64..4_000).prop_map(|tenths| Decimal::new(tenths, 1)),
        base_pay,
        proptest::collection::vec(adjustment(), 0..3),
        company,
    )
        .prop_map(|(salary, calendar, (hired, left), leave, overtime, base_pay, adjustments, company)| Case {
            structure: salary.prepare().unwrap(),
            salary,
            calendar,
            hired,
            left,
            leave,
            overtime,
            base_pay,
            adjustments,
            company,
        })
}

type Plain = fn(Decimal, Decimal, Decimal) -> Option<Decimal>;

fn half_up(value: Decimal, places: u32) -> Decimal {
    value.round_dp_with_strategy(places, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

/// Formulas made of the four operations, parentheses, minus and the functions over three names, each with
/// its value computed plainly in Rust (`None` where it divides by zero).
const FORMULAS: [(&str, Plain); 10] = [
    ("a + b * c", |a, b, c| Some(a + b * c)),
    ("(a + b) * c", |a, b, c| Some((a + b) * c)),
    ("a - b - c", |a, b, c| Some(a - b - c)),
    ("-a * -b + c", |a, b, c| Some(a * b + c)),
    ("a / c", |a, _, c| (!c.is_zero()).then(|| a / c)),
    ("min(a, b, c)", |a, b, c| Some(a.min(b).min(c))),
    ("max(a, b) - min(a, b)", |a, b, _| Some((a - b).abs())),
    ("round(a * 1.5, 1)", |a, _, _| Some(half_up(a * Decimal::new(15, 1), 1))),
    ("floor(a) + ceil(b)", |a, b, _| Some(a.floor() + b.ceil())),
    ("a * b / 100", |a, b, _| Some(a * b / Decimal::ONE_HUNDRED)),
];

/// A signed amount with up to four decimals.
fn operand() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        Just(Decimal::ZERO),
        (-10_000_000i64..10_000_000, 0u32..5).prop_map(|(n, scale)| Decimal::new(n, scale))
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn lines_add_up_to_the_net_exactly(case in case()) {
        let Ok(payslip) = compute_payslip(&case.input()) else {
            // Not employed in June, or a calendar without a working day: refused, never a wrong payslip.
            return Ok(());
        };
        let sum = |kind: LineKind| payslip.lines.iter().filter(|l| l.kind == kind).map(|l| l.amount).sum::<Decimal>();
        prop_assert_eq!(sum(LineKind::Earning), payslip.gross);
        prop_assert_eq!(sum(LineKind::Deduction), payslip.total_deductions);
        prop_assert_eq!(sum(LineKind::EmployerContribution), payslip.employer_contributions);
        prop_assert_eq!(sum(LineKind::Advance), payslip.advances);
        prop_assert_eq!(payslip.gross - payslip.total_deductions + payslip.advances + payslip.net_rounding, payslip.net);
        prop_assert_eq!(case.company.net_rounding.apply(payslip.net), payslip.net);
        for line in &payslip.lines {
            prop_assert!(!line.hidden || line.amount.is_zero());
        }
    }

    #[test]
    fn proration_stays_within_zero_and_the_full_amount(case in case()) {
        let Ok(payslip) = compute_payslip(&case.input()) else { return Ok(()) };
        let basic = &case.structure.components()[0];
        let highest_base = case.base_pay.iter().map(|pay| pay.amount).max().unwrap_or_default();
        let line = &payslip.lines[0];
        prop_assert!(line.amount >= Decimal::ZERO, "{:?}", line);
        prop_assert!(line.amount <= basic.rounding.apply(highest_base), "{:?} above {}", line, highest_base);
        prop_assert!(payslip.days.paid_days >= Decimal::ZERO);
        prop_assert!(payslip.days.paid_days <= Decimal::from(payslip.days.working_days.halves()) / Decimal::TWO);
    }

    #[test]
    fn computing_twice_gives_identical_bytes(case in case()) {
        let first = compute_payslip(&case.input()).map(|p| serde_json::to_vec(&p).unwrap());
        let second = compute_payslip(&case.input()).map(|p| serde_json::to_vec(&p).unwrap());
        prop_assert_eq!(&first, &second);
        if let Ok(bytes) = first {
            let read: okta_hr_payroll::compute::Payslip = serde_json::from_slice(&bytes).unwrap();
            prop_assert_eq!(serde_json::to_vec(&read).unwrap(), bytes, "a stored payslip reads back to the same bytes");
        }
    }

    #[test]
    fn stored_inputs_recompute_to_the_same_bytes(case in case()) {
        let inputs = PayslipInputs {
            period: JUNE,
            hired_on: day_of_june(case.hired),
            left_on: case.left.map(day_of_june),
            calendar: case.calendar.clone(),
            leave: case.leave.clone(),
            overtime_hours: case.overtime,
            structure: case.salary.clone(),
            base_pay: case.base_pay.clone(),
            adjustments: case.adjustments.clone(),
            overrides: Vec::new(),
            company: case.company.clone(),
            corrects: None,
        };
        let stored: PayslipInputs = serde_json::from_slice(&serde_json::to_vec(&inputs).unwrap()).unwrap();
        prop_assert_eq!(&stored, &inputs);
        let computed = compute_payslip(&case.input()).map(|p| serde_json::to_vec(&p).unwrap());
        let recomputed = stored.compute().map(|p| serde_json::to_vec(&p).unwrap());
        prop_assert_eq!(computed, recomputed, "a locked run's payslip is the same whenever it is recomputed");
    }

    #[test]
    fn what_was_paid_and_its_correction_add_up_to_what_should_have_been(case in case(), raise in amount()) {
        let Ok(paid) = compute_payslip(&case.input()) else { return Ok(()) };
        let raised: Vec<BasePay> =
            case.base_pay.iter().map(|pay| BasePay { amount: pay.amount + raise, ..*pay }).collect();
        let Ok(should) = compute_payslip(&PayslipInput { base_pay: &raised, ..case.input() }) else { return Ok(()) };
        let corrects = Corrects { run: "2026-06".to_owned(), paid: Some(paid.clone()) };
        let difference = correction(&should, &corrects);
        prop_assert_eq!(paid.net + difference.net, should.net);
        prop_assert_eq!(paid.gross + difference.gross, should.gross);
        let amount = |payslip: &Payslip, code: &str| {
            payslip.lines.iter().filter(|l| l.code == code).map(|l| l.amount).sum::<Decimal>()
        };
        for line in should.lines.iter().chain(&paid.lines) {
            prop_assert_eq!(amount(&paid, &line.code) + amount(&difference, &line.code), amount(&should, &line.code));
        }
        let nothing = correction(&paid, &corrects);
        prop_assert!(nothing.lines.is_empty() && nothing.net.is_zero(), "a correction of nothing is empty");
    }

    #[test]
    fn formulas_never_panic_on_any_text(text in prop_oneof![".{0,80}", "[0-9a-z_+*/(), .-]{0,120}"], value in operand()) {
        if let Ok(expression) = Expression::parse(&text) {
            let _ = expression.evaluate(&|_| Some(value));
            let _ = expression.names();
        }
    }

    #[test]
    fn formulas_agree_with_plain_rust((text, plain) in proptest::sample::select(FORMULAS.to_vec()), a in operand(), b in operand(), c in operand()) {
        let expression = Expression::parse(text).unwrap();
        let value = expression.evaluate(&|name| match name { "a" => Some(a), "b" => Some(b), "c" => Some(c), _ => None });
        prop_assert_eq!(value.ok(), plain(a, b, c), "{}", text);
    }
}
