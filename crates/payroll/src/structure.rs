//! Salary structures: ordered components, checked once and prepared for computing many payslips.
//!
//! Checking refuses what could not be computed: a code taken twice or spelt like an input, a formula that
//! does not parse or reads an unknown name, a percentage of a component that is not there, components
//! that depend on each other, and an earning that depends on gross (every earning is part of gross).
//! Errors are keyed by field (`components.2.rule.expression`) in Laravel's words, for the server's 422s.

use crate::component::{AmountRule, Component, ComponentKind, GROSS, INPUT_NAMES, MAX_PLACES};
use crate::expression::{Expression, FUNCTIONS};
use okta_hr_domain::validation::ValidationErrors;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// The most components a structure may have: far beyond any real payslip, and it keeps checking cheap.
pub const MAX_COMPONENTS: usize = 100;
/// The longest component code.
pub const MAX_CODE_CHARS: usize = 40;

/// A salary structure as HR configures it: its components in the order the payslip shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SalaryStructure {
    pub name: String,
    pub components: Vec<Component>,
}

/// A structure that passed its checks, with its formulas parsed and the order its amounts are found in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparedStructure {
    pub(crate) components: Vec<Component>,
    /// Each component's rule with its references resolved and its formula parsed.
    pub(crate) rules: Vec<PreparedRule>,
    pub(crate) order: Vec<Step>,
    pub(crate) index_of: HashMap<String, usize>,
}

/// An [`AmountRule`] ready to compute: another component by its index, a formula parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PreparedRule {
    Fixed(Decimal),
    PercentOf { component: usize, percent: Decimal },
    PercentOfGross(Decimal),
    Formula(Expression),
}

/// One step of computing a payslip: a component's amount, or gross once every earning is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    Component(usize),
    Gross,
}

/// A node of the dependency graph: the components, then gross.
type Node = usize;

impl SalaryStructure {
    /// Checks the structure and prepares it for [`crate::compute::compute_payslip`].
    pub fn prepare(&self) -> Result<PreparedStructure, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        if self.name.trim().is_empty() {
            errors.add("name", "The name field is required.");
        }
        if self.components.is_empty() {
            errors.add("components", "The components field is required.");
        }
        if self.components.len() > MAX_COMPONENTS {
            errors.add("components", format!("The components field must not have more than {MAX_COMPONENTS} items."));
            return Err(errors);
        }
        let mut index_of = HashMap::new();
        for (index, component) in self.components.iter().enumerate() {
            let field = format!("components.{index}.code");
            match code_problem(&component.code) {
                Some(problem) => errors.add(&field, format!("The {field} {problem}")),
                None if index_of.insert(component.code.clone(), index).is_some() => {
                    errors.add(&field, format!("The {field} has already been taken."));
                }
                None => {}
            }
            if component.name.trim().is_empty() {
                errors.add(
                    &format!("components.{index}.name"),
                    format!("The components.{index}.name field is required."),
                );
            }
            if component.rounding.places > MAX_PLACES {
                let field = format!("components.{index}.rounding.places");
                errors.add(&field, format!("The {field} field must not be greater than {MAX_PLACES}."));
            }
        }
        let rules: Vec<Option<PreparedRule>> = self
            .components
            .iter()
            .enumerate()
            .map(|(index, component)| check_rule(index, component, &index_of, &mut errors))
            .collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        // No errors: every rule was prepared.
        let rules: Vec<PreparedRule> = rules.into_iter().flatten().collect();
        let gross = self.components.len();
        let dependencies: Vec<Vec<Node>> = rules.iter().map(|rule| depends_on(rule, &index_of, gross)).collect();
        check_dependencies(&self.components, &dependencies, &mut errors);
        if !errors.is_empty() {
            return Err(errors);
        }
        let order = evaluation_order(&self.components, &dependencies);
        Ok(PreparedStructure { components: self.components.clone(), rules, order, index_of })
    }
}

impl PreparedStructure {
    pub fn components(&self) -> &[Component] {
        &self.components
    }

    /// Whether any component is prorated, so the period needs working days.
    pub(crate) fn prorates(&self) -> bool {
        self.components.iter().any(|component| component.prorated)
    }
}

/// What is wrong with a component code, finishing "The components.N.code …".
fn code_problem(code: &str) -> Option<String> {
    let mut characters = code.chars();
    let starts_with_a_letter = characters.next().is_some_and(|c| c.is_ascii_alphabetic());
    if code.trim().is_empty() {
        return Some("field is required.".to_owned());
    }
    if code.chars().count() > MAX_CODE_CHARS {
        return Some(format!("field must not be greater than {MAX_CODE_CHARS} characters."));
    }
    if !starts_with_a_letter || !characters.all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Some("field must start with a letter and contain only letters, numbers and underscores.".to_owned());
    }
    if INPUT_NAMES.contains(&code) || FUNCTIONS.contains(&code) || code == GROSS {
        return Some(format!("field must not be {code:?}, which formulas already use."));
    }
    None
}

/// Checks a component's rule, answering it prepared when it passes.
fn check_rule(
    index: usize,
    component: &Component,
    index_of: &HashMap<String, usize>,
    errors: &mut ValidationErrors,
) -> Option<PreparedRule> {
    let field = |name: &str| format!("components.{index}.rule.{name}");
    let at_least_zero = |errors: &mut ValidationErrors, name: &str, value: Decimal| {
        let negative = value.is_sign_negative() && !value.is_zero();
        if negative {
            let field = field(name);
            errors.add(&field, format!("The {field} field must be at least 0."));
        }
        !negative
    };
    match &component.rule {
        AmountRule::Fixed { amount } => {
            at_least_zero(errors, "amount", *amount).then_some(PreparedRule::Fixed(*amount))
        }
        AmountRule::PercentOf { component: other, percent } => {
            let percent_valid = at_least_zero(errors, "percent", *percent);
            let field = field("component");
            let found = index_of.get(other).copied().filter(|_| other != &component.code);
            if other == &component.code {
                errors.add(&field, format!("The {field} must be another component than {}.", component.code));
            } else if found.is_none() {
                errors.add(&field, format!("The selected {field} is invalid."));
            }
            let other = found?;
            percent_valid.then_some(PreparedRule::PercentOf { component: other, percent: *percent })
        }
        AmountRule::PercentOfGross { percent } => {
            at_least_zero(errors, "percent", *percent).then_some(PreparedRule::PercentOfGross(*percent))
        }
        AmountRule::Expression { expression } => {
            let known = |name: &str| INPUT_NAMES.contains(&name) || name == GROSS || index_of.contains_key(name);
            match Expression::parse(expression).and_then(|parsed| parsed.check_names(known).map(|()| parsed)) {
                Ok(parsed) => Some(PreparedRule::Formula(parsed)),
                Err(error) => {
                    let field = field("expression");
                    errors.add(&field, format!("The {field} is not a valid formula: {error}."));
                    None
                }
            }
        }
    }
}

/// The nodes a component's amount reads: other components, and gross (node `gross`).
fn depends_on(rule: &PreparedRule, index_of: &HashMap<String, usize>, gross: Node) -> Vec<Node> {
    let mut nodes: Vec<Node> = match rule {
        PreparedRule::Fixed(_) => Vec::new(),
        PreparedRule::PercentOf { component, .. } => vec![*component],
        PreparedRule::PercentOfGross(_) => vec![gross],
        PreparedRule::Formula(formula) => formula
            .names()
            .into_iter()
            .filter_map(|name| if name == GROSS { Some(gross) } else { index_of.get(name).copied() })
            .collect(),
    };
    nodes.sort_unstable();
    nodes.dedup();
    nodes
}

/// Refuses an earning that depends on gross, and components that depend on each other, naming the chain.
fn check_dependencies(components: &[Component], dependencies: &[Vec<Node>], errors: &mut ValidationErrors) {
    let gross = components.len();
    for (index, component) in components.iter().enumerate() {
        if component.kind != ComponentKind::Earning {
            continue;
        }
        if let Some(path) = path_between(dependencies, index, |node| node == gross) {
            let field = format!("components.{index}.rule");
            let chain = describe(components, &path);
            errors.add(
                &field,
                format!(
                    "The {field} makes the earning {} depend on gross ({chain}), which it is part of.",
                    component.code
                ),
            );
        }
    }
    if !errors.is_empty() {
        return;
    }
    for index in 0..components.len() {
        if let Some(path) = path_between(dependencies, index, |node| node == index) {
            let field = format!("components.{index}.rule");
            errors.add(
                &field,
                format!(
                    "The {field} makes {} depend on itself ({}).",
                    components[index].code,
                    describe(components, &path)
                ),
            );
            return;
        }
    }
}

/// The shortest chain of dependencies from `start` to a node `target` accepts (one step at least), found
/// breadth first.
fn path_between(dependencies: &[Vec<Node>], start: Node, target: impl Fn(Node) -> bool) -> Option<Vec<Node>> {
    let mut came_from: HashMap<Node, Node> = HashMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(node) = queue.pop_front() {
        for &next in dependencies.get(node).map_or(&[][..], Vec::as_slice) {
            if came_from.contains_key(&next) {
                continue;
            }
            came_from.insert(next, node);
            if target(next) {
                let mut path = vec![next];
                let mut at = node;
                while at != start {
                    path.push(at);
                    at = came_from[&at];
                }
                path.push(start);
                path.reverse();
                return Some(path);
            }
            queue.push_back(next);
        }
    }
    None
}

/// `BASIC → HRA → BASIC`.
fn describe(components: &[Component], path: &[Node]) -> String {
    let name = |node: Node| components.get(node).map_or(GROSS, |component| component.code.as_str());
    path.iter().map(|&node| name(node)).collect::<Vec<_>>().join(" → ")
}

/// The components in the order their amounts can be found, gross after every earning: each as early as
/// its dependencies allow, ties kept in the structure's order, so the order (and the payslip) never
/// depends on anything but the structure.
fn evaluation_order(components: &[Component], dependencies: &[Vec<Node>]) -> Vec<Step> {
    let gross = components.len();
    let mut waits_for: Vec<Vec<Node>> = dependencies.to_vec();
    waits_for.push(
        components.iter().enumerate().filter(|(_, c)| c.kind == ComponentKind::Earning).map(|(i, _)| i).collect(),
    );
    let mut done = vec![false; gross + 1];
    let mut order = Vec::with_capacity(gross + 1);
    // Checked acyclic, so each pass finds a node; at most a hundred components make this quadratic walk cheap.
    while let Some(node) = (0..=gross).find(|&node| !done[node] && waits_for[node].iter().all(|&d| done[d])) {
        done[node] = true;
        order.push(if node == gross { Step::Gross } else { Step::Component(node) });
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::component::Rounding;

    fn component(code: &str, kind: ComponentKind, rule: AmountRule) -> Component {
        Component {
            code: code.to_owned(),
            name: code.to_lowercase(),
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

    fn percent_of(code: &str, percent: i64) -> AmountRule {
        AmountRule::PercentOf { component: code.to_owned(), percent: Decimal::from(percent) }
    }

    fn errors(components: Vec<Component>) -> Vec<(String, Vec<String>)> {
        let structure = SalaryStructure { name: "Staff".to_owned(), components };
        structure.prepare().unwrap_err().0.into_iter().collect()
    }

    use ComponentKind::{Deduction, Earning, EmployerContribution};

    #[test]
    fn amounts_are_found_after_what_they_read_and_gross_after_every_earning() {
        let structure = SalaryStructure {
            name: "Staff".to_owned(),
            components: vec![
                component("PENSION", Deduction, AmountRule::PercentOfGross { percent: Decimal::from(5) }),
                component("HOUSING", Earning, percent_of("BASIC", 40)),
                component("BASIC", Earning, formula("base")),
                component("TAX", Deduction, formula("(gross - PENSION) * 0.2")),
                component("EMPLOYER", EmployerContribution, percent_of("PENSION", 150)),
            ],
        };
        let prepared = structure.prepare().unwrap();
        use Step::{Component as C, Gross};
        assert_eq!(prepared.order, vec![C(2), C(1), Gross, C(0), C(3), C(4)]);
    }

    #[test]
    fn codes_must_be_unique_and_unlike_the_inputs() {
        let fixed = || AmountRule::Fixed { amount: Decimal::ONE };
        let found = errors(vec![
            component("BASIC", Earning, fixed()),
            component("BASIC", Earning, fixed()),
            component("base", Earning, fixed()),
            component("2ND", Earning, fixed()),
            component("", Earning, fixed()),
        ]);
        assert_eq!(
            found,
            vec![
                ("components.1.code".to_owned(), vec!["The components.1.code has already been taken.".to_owned()]),
                (
                    "components.2.code".to_owned(),
                    vec!["The components.2.code field must not be \"base\", which formulas already use.".to_owned()]
                ),
                (
                    "components.3.code".to_owned(),
                    vec!["The components.3.code field must start with a letter and contain only letters, numbers and underscores.".to_owned()]
                ),
                ("components.4.code".to_owned(), vec!["The components.4.code field is required.".to_owned()]),
                ("components.4.name".to_owned(), vec!["The components.4.name field is required.".to_owned()]),
            ]
        );
    }

    #[test]
    fn rules_must_name_what_exists() {
        let found = errors(vec![
            component("BASIC", Earning, formula("bsae * 2")),
            component("HOUSING", Earning, percent_of("BASC", 40)),
            component("SELF", Earning, percent_of("SELF", 40)),
            component("BONUS", Earning, AmountRule::Fixed { amount: Decimal::NEGATIVE_ONE }),
        ]);
        let messages: Vec<String> = found.into_iter().flat_map(|(_, messages)| messages).collect();
        assert_eq!(
            messages,
            [
                "The components.0.rule.expression is not a valid formula: at character 1: \"bsae\" is not a known name.",
                "The selected components.1.rule.component is invalid.",
                "The components.2.rule.component must be another component than SELF.",
                "The components.3.rule.amount field must be at least 0.",
            ]
        );
    }

    #[test]
    fn an_earning_cannot_depend_on_gross_even_through_another_component() {
        let found = errors(vec![
            component("BASIC", Earning, formula("base")),
            component("PENSION", Deduction, AmountRule::PercentOfGross { percent: Decimal::from(5) }),
            component("TOP_UP", Earning, percent_of("PENSION", 50)),
        ]);
        assert_eq!(
            found,
            vec![(
                "components.2.rule".to_owned(),
                vec!["The components.2.rule makes the earning TOP_UP depend on gross (TOP_UP → PENSION → gross), which it is part of.".to_owned()]
            )]
        );
    }

    #[test]
    fn a_cycle_is_named_once() {
        let found = errors(vec![
            component("A", Earning, formula("B + 1")),
            component("B", Earning, formula("C * 2")),
            component("C", Earning, percent_of("A", 10)),
        ]);
        assert_eq!(
            found,
            vec![(
                "components.0.rule".to_owned(),
                vec!["The components.0.rule makes A depend on itself (A → B → C → A).".to_owned()]
            )]
        );
    }
}
