//! `okta-hr hr payroll components|structures …`: the pay components payslips are made of and the salary
//! structures that put them in order, as the server checks them with payroll's own rules.

use super::{ROUNDING_MODES, id_of, rounding_change, rounding_text, structure_id};
use crate::language::lang;
use crate::table::{Table, in_use, json};
use clap::{ArgGroup, Subcommand};
use okta_hr_core::admin::payroll::{PayComponentChanges, SalaryStructureChanges};
use okta_hr_core::{Core, CoreError};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_i18n::args;
use okta_hr_payroll::Decimal;
use okta_hr_payroll::component::{AmountRule, ComponentKind};
use okta_hr_payroll::wire::{PayComponentAttributes, SalaryStructureAttributes};

#[derive(Subcommand)]
pub enum ComponentAction {
    /// Create a pay component: its code, name, kind and how its amount is found.
    #[command(group(ArgGroup::new("rule").required(true).args(["fixed", "percent", "formula"])))]
    Add {
        /// Its code, unique in the company, that formulas name it by: a letter, then letters, digits, `_`.
        code: String,
        /// Its name on the payslip, e.g. "Transport allowance".
        #[arg(long)]
        name: String,
        /// earning, deduction or employer_contribution.
        #[arg(long, value_parser = ["earning", "deduction", "employer_contribution"])]
        kind: String,
        #[command(flatten)]
        rule: RuleArgs,
        #[command(flatten)]
        options: ComponentOptions,
    },
    /// Change a pay component; what is not given stays (a rule given replaces the rule).
    #[command(group(ArgGroup::new("rule").args(["fixed", "percent", "formula"])))]
    Edit {
        /// The component's ID or code.
        component: String,
        /// A new name.
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        rule: RuleArgs,
        #[command(flatten)]
        options: ComponentOptions,
    },
    /// Retire a component no current structure holds: it can no longer be put in one.
    Retire {
        /// The component's ID or code.
        component: String,
    },
    /// Bring a retired component back.
    Restore {
        /// The component's ID or code.
        component: String,
    },
}

#[derive(clap::Args)]
pub struct RuleArgs {
    /// The same amount for everyone, e.g. 150.00.
    #[arg(long, value_name = "AMOUNT")]
    fixed: Option<Decimal>,
    /// A percentage of --of, e.g. 5.
    #[arg(long, requires = "of")]
    percent: Option<Decimal>,
    /// What --percent is taken of: another component's code, or `gross`.
    #[arg(long, requires = "percent")]
    of: Option<String>,
    /// A formula over base, working_days, paid_days, unpaid_days, overtime_hours, gross and other codes,
    /// with min, max, round, floor and ceil, e.g. "min(gross, 5000) * 0.073".
    #[arg(long)]
    formula: Option<String>,
}

impl RuleArgs {
    fn rule(self) -> Option<AmountRule> {
        match (self.fixed, self.percent, self.of, self.formula) {
            (Some(amount), ..) => Some(AmountRule::Fixed { amount }),
            (_, Some(percent), Some(of), _) if of.eq_ignore_ascii_case("gross") => {
                Some(AmountRule::PercentOfGross { percent })
            }
            (_, Some(percent), Some(component), _) => Some(AmountRule::PercentOf { component, percent }),
            (.., Some(expression)) => Some(AmountRule::Expression { expression }),
            _ => None,
        }
    }
}

#[derive(clap::Args)]
pub struct ComponentOptions {
    /// Scaled by paid days over working days (true or false).
    #[arg(long)]
    prorated: Option<bool>,
    /// Left off the printed payslip when zero (true or false).
    #[arg(long)]
    hidden_when_zero: Option<bool>,
    /// Decimals the amount keeps, 0 to 10.
    #[arg(long)]
    places: Option<u32>,
    /// How it is rounded: half_up, half_even, down or up.
    #[arg(long, value_parser = ROUNDING_MODES)]
    rounding: Option<String>,
}

impl ComponentOptions {
    fn changes(self) -> PayComponentChanges {
        PayComponentChanges {
            prorated: self.prorated,
            hidden_when_zero: self.hidden_when_zero,
            rounding: rounding_change(self.places, self.rounding.as_deref()),
            ..PayComponentChanges::default()
        }
    }
}

#[derive(Subcommand)]
pub enum StructureAction {
    /// Create a salary structure from components, in the order payslips show them.
    Add {
        /// Its name, unique in the company, e.g. "Staff".
        name: String,
        /// Components by code or ID, comma-separated: BASIC,TRANSPORT,PENSION_EE.
        #[arg(long, value_delimiter = ',', required = true)]
        components: Vec<String>,
    },
    /// Rename a structure, replace its components, or retire or restore it.
    Edit {
        /// The structure's name or ID.
        structure: String,
        /// A new name.
        #[arg(long)]
        name: Option<String>,
        /// Its components by code or ID, comma-separated, replacing the list.
        #[arg(long, value_delimiter = ',')]
        components: Option<Vec<String>>,
        /// Retire it (true) or bring it back (false).
        #[arg(long)]
        retired: Option<bool>,
    },
}

pub async fn components(core: &Core, action: Option<ComponentAction>, as_json: bool) -> Result<(), CoreError> {
    let (id, changes, done_id) = match action {
        None => {
            let components = core.pay_components().await?;
            if as_json {
                json(&components);
            } else {
                component_table(&components);
            }
            return Ok(());
        }
        Some(ComponentAction::Add { code, name, kind, rule, options }) => {
            let kind = match kind.as_str() {
                "deduction" => ComponentKind::Deduction,
                "employer_contribution" => ComponentKind::EmployerContribution,
                _ => ComponentKind::Earning,
            };
            let changes = PayComponentChanges {
                code: Some(code),
                name: Some(name),
                kind: Some(kind),
                rule: rule.rule(),
                ..options.changes()
            };
            (None, changes, "cli-component-created")
        }
        Some(ComponentAction::Edit { component, name, rule, options }) => {
            let changes = PayComponentChanges { name, rule: rule.rule(), ..options.changes() };
            (Some(component), changes, "cli-component-changed")
        }
        Some(ComponentAction::Retire { component }) => {
            let retire = PayComponentChanges { retired: Some(true), ..PayComponentChanges::default() };
            (Some(component), retire, "cli-component-retired")
        }
        Some(ComponentAction::Restore { component }) => {
            let restore = PayComponentChanges { retired: Some(false), ..PayComponentChanges::default() };
            (Some(component), restore, "cli-component-restored")
        }
    };
    let id = match id {
        Some(wanted) => Some(id_of(&core.pay_components().await?, &wanted, |c| &c.code, "cli-no-such-component")?),
        None => None,
    };
    let saved = core.save_pay_component(id.as_deref(), &changes).await?;
    if as_json {
        json(&saved);
    } else {
        let a = &saved.attributes;
        let what = args![
            "code" => &a.code,
            "name" => &a.name,
            "kind" => kind_name(a.kind),
            "rule" => rule_text(&a.rule),
            "id" => &saved.id,
        ];
        println!("{}", lang().tr_with(done_id, &what));
    }
    Ok(())
}

pub async fn structures(core: &Core, action: Option<StructureAction>, as_json: bool) -> Result<(), CoreError> {
    let saved = match action {
        None => {
            let structures = core.salary_structures().await?;
            if as_json {
                json(&structures);
            } else {
                structure_table(&structures);
            }
            return Ok(());
        }
        Some(StructureAction::Add { name, components }) => {
            let changes = SalaryStructureChanges { name: Some(name), components: Some(components), retired: None };
            core.save_salary_structure(None, &changes).await?
        }
        Some(StructureAction::Edit { structure, name, components, retired }) => {
            let id = structure_id(core, &structure).await?.to_string();
            core.save_salary_structure(Some(&id), &SalaryStructureChanges { name, components, retired }).await?
        }
    };
    if as_json {
        json(&saved);
    } else {
        let codes: Vec<&str> = saved.attributes.components.iter().map(|c| c.code.as_str()).collect();
        let id = if saved.attributes.retired { "cli-structure-saved-retired" } else { "cli-structure-saved" };
        let what = args!["name" => &saved.attributes.name, "components" => codes.join(", "), "id" => &saved.id];
        println!("{}", lang().tr_with(id, &what));
    }
    Ok(())
}

fn kind_name(kind: ComponentKind) -> String {
    lang().tr(match kind {
        ComponentKind::Earning => "cli-kind-earning",
        ComponentKind::Deduction => "cli-kind-deduction",
        ComponentKind::EmployerContribution => "cli-kind-employer-contribution",
    })
}

fn rule_text(rule: &AmountRule) -> String {
    match rule {
        AmountRule::Fixed { amount } => amount.to_string(),
        AmountRule::PercentOf { component, percent } => {
            lang().tr_with("cli-rule-percent-of", &args!["percent" => percent.to_string(), "component" => component])
        }
        AmountRule::PercentOfGross { percent } => {
            lang().tr_with("cli-rule-percent-of-gross", &args!["percent" => percent.to_string()])
        }
        AmountRule::Expression { expression } => expression.clone(),
    }
}

fn component_table(components: &[Resource<PayComponentAttributes>]) {
    let mut table = Table::new(&[
        "cli-col-id",
        "cli-col-code",
        "cli-col-name",
        "cli-col-kind",
        "cli-col-amount",
        "cli-col-prorated",
        "cli-col-rounding",
        "cli-col-state",
    ]);
    for component in components {
        let a = &component.attributes;
        table.row(vec![
            component.id.clone(),
            a.code.clone(),
            a.name.clone(),
            kind_name(a.kind),
            rule_text(&a.rule),
            lang().tr(if a.prorated { "cli-yes" } else { "cli-no" }),
            rounding_text(a.rounding),
            in_use(a.retired),
        ]);
    }
    table.print();
}

fn structure_table(structures: &[Resource<SalaryStructureAttributes>]) {
    let mut table = Table::new(&["cli-col-id", "cli-col-name", "cli-col-components", "cli-col-state"]);
    for structure in structures {
        let a = &structure.attributes;
        let codes: Vec<&str> = a.components.iter().map(|c| c.code.as_str()).collect();
        table.row(vec![structure.id.clone(), a.name.clone(), codes.join(", "), in_use(a.retired)]);
    }
    table.print();
}
