//! Formulas of pay components: a small arithmetic language over exact decimals.
//!
//! HR writes `overtime_hours * base / 160 * 1.5` or `min(gross * 0.1, 500)`; the formula is parsed once
//! into a tree and evaluated for each person. It is ours rather than a scripting engine's: it can only do
//! arithmetic on named numbers, every amount stays a `Decimal` (no float ever rounds a payslip), and its
//! limits are small enough that no formula, however it is written, can exhaust the stack or run long.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;

/// The longest formula, in characters: far beyond any real one, and it bounds how deep a chain of
/// operators can nest.
pub const MAX_FORMULA_CHARS: usize = 500;
/// How deeply parentheses, function calls and minus signs may nest.
pub const MAX_NESTING: usize = 32;
/// `round(x, places)` rounds to at most this many decimals.
pub const MAX_ROUND_PLACES: u32 = 10;

/// Names that are functions, so no component may take them as its code.
pub const FUNCTIONS: [&str; 5] = ["min", "max", "round", "floor", "ceil"];

/// A parsed formula, kept with the text HR wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expression {
    source: String,
    root: Node,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Node {
    Number(Decimal),
    Name { name: String, position: usize },
    Negate(Box<Node>),
    Binary { operator: Operator, left: Box<Node>, right: Box<Node>, position: usize },
    Call { function: Function, arguments: Vec<Node>, position: usize },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operator {
    Add,
    Subtract,
    Multiply,
    Divide,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Function {
    Min,
    Max,
    Round,
    Floor,
    Ceil,
}

impl Function {
    fn named(name: &str) -> Option<Function> {
        match name {
            "min" => Some(Function::Min),
            "max" => Some(Function::Max),
            "round" => Some(Function::Round),
            "floor" => Some(Function::Floor),
            "ceil" => Some(Function::Ceil),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Function::Min => "min",
            Function::Max => "max",
            Function::Round => "round",
            Function::Floor => "floor",
            Function::Ceil => "ceil",
        }
    }

    /// Whether `count` arguments suit the function, and what it takes when they do not.
    fn takes(self, count: usize) -> Result<(), &'static str> {
        match self {
            Function::Min | Function::Max if count >= 2 => Ok(()),
            Function::Min | Function::Max => Err("at least 2 values"),
            Function::Round if count == 2 => Ok(()),
            Function::Round => Err("a value and a number of decimal places"),
            Function::Floor | Function::Ceil if count == 1 => Ok(()),
            Function::Floor | Function::Ceil => Err("exactly 1 value"),
        }
    }
}

/// Why a formula was refused or could not be evaluated, worded for HR. Positions count characters from 1.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExpressionError {
    #[error("the formula is empty")]
    Empty,
    #[error("the formula is longer than {MAX_FORMULA_CHARS} characters")]
    TooLong,
    #[error("at character {position}: the formula nests more than {MAX_NESTING} levels deep")]
    TooDeep { position: usize },
    #[error("at character {position}: {character:?} is not allowed in a formula")]
    UnexpectedCharacter { position: usize, character: char },
    #[error("at character {position}: expected {expected}, found {found}")]
    Expected { position: usize, expected: &'static str, found: String },
    #[error("at character {position}: {number} has more digits than an amount can hold")]
    NumberTooLong { position: usize, number: String },
    #[error("at character {position}: {name} is not a function (the functions are min, max, round, floor, ceil)")]
    NotAFunction { position: usize, name: String },
    #[error("at character {position}: {function} takes {takes}")]
    WrongArguments { position: usize, function: &'static str, takes: &'static str },
    #[error("at character {position}: {name:?} is not a known name")]
    UnknownName { position: usize, name: String },
    #[error("at character {position}: division by zero")]
    DivisionByZero { position: usize },
    #[error("at character {position}: the result is too large")]
    Overflow { position: usize },
    #[error("at character {position}: round takes a whole number of decimal places from 0 to {MAX_ROUND_PLACES}")]
    RoundPlaces { position: usize },
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Number(Decimal),
    Name(String),
    Plus,
    Minus,
    Star,
    Slash,
    Open,
    Close,
    Comma,
    End,
}

impl Token {
    fn describe(&self) -> String {
        match self {
            Token::Number(number) => format!("the number {number}"),
            Token::Name(name) => format!("{name:?}"),
            Token::Plus => "\"+\"".to_owned(),
            Token::Minus => "\"-\"".to_owned(),
            Token::Star => "\"*\"".to_owned(),
            Token::Slash => "\"/\"".to_owned(),
            Token::Open => "\"(\"".to_owned(),
            Token::Close => "\")\"".to_owned(),
            Token::Comma => "\",\"".to_owned(),
            Token::End => "the end of the formula".to_owned(),
        }
    }
}

/// The tokens of `source`, each with the position of its first character; the last is `End`.
fn tokens(source: &str) -> Result<Vec<(Token, usize)>, ExpressionError> {
    let characters: Vec<char> = source.chars().collect();
    let mut tokens = Vec::new();
    let mut index = 0;
    while let Some(&character) = characters.get(index) {
        let position = index + 1;
        let single = match character {
            '+' => Some(Token::Plus),
            '-' => Some(Token::Minus),
            '*' => Some(Token::Star),
            '/' => Some(Token::Slash),
            '(' => Some(Token::Open),
            ')' => Some(Token::Close),
            ',' => Some(Token::Comma),
            _ => None,
        };
        if let Some(token) = single {
            tokens.push((token, position));
            index += 1;
        } else if character.is_whitespace() {
            index += 1;
        } else if character.is_ascii_digit() {
            let start = index;
            while characters.get(index).is_some_and(char::is_ascii_digit) {
                index += 1;
            }
            if characters.get(index) == Some(&'.') {
                index += 1;
                if !characters.get(index).is_some_and(char::is_ascii_digit) {
                    let found = characters.get(index).map_or("the end of the formula".to_owned(), |c| format!("{c:?}"));
                    return Err(ExpressionError::Expected {
                        position: index + 1,
                        expected: "a digit after the decimal point",
                        found,
                    });
                }
                while characters.get(index).is_some_and(char::is_ascii_digit) {
                    index += 1;
                }
            }
            let number: String = characters[start..index].iter().collect();
            let value = Decimal::from_str_exact(&number)
                .map_err(|_| ExpressionError::NumberTooLong { position, number: number.clone() })?;
            tokens.push((Token::Number(value), position));
        } else if character.is_ascii_alphabetic() || character == '_' {
            let start = index;
            while characters.get(index).is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_') {
                index += 1;
            }
            tokens.push((Token::Name(characters[start..index].iter().collect()), position));
        } else {
            return Err(ExpressionError::UnexpectedCharacter { position, character });
        }
    }
    tokens.push((Token::End, characters.len() + 1));
    Ok(tokens)
}

/// Recursive descent over the tokens; `depth` counts the nesting so far, which [`MAX_NESTING`] bounds.
struct Parser {
    tokens: Vec<(Token, usize)>,
    next: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> &(Token, usize) {
        // `End` is never consumed, so the cursor never passes it.
        &self.tokens[self.next.min(self.tokens.len() - 1)]
    }

    fn advance(&mut self) -> (Token, usize) {
        let token = self.peek().clone();
        if token.0 != Token::End {
            self.next += 1;
        }
        token
    }

    fn expected(&self, expected: &'static str) -> ExpressionError {
        let (token, position) = self.peek();
        ExpressionError::Expected { position: *position, expected, found: token.describe() }
    }

    fn nest(&mut self, position: usize) -> Result<(), ExpressionError> {
        self.depth += 1;
        if self.depth > MAX_NESTING { Err(ExpressionError::TooDeep { position }) } else { Ok(()) }
    }

    /// sum := product (("+" | "-") product)*
    fn sum(&mut self) -> Result<Node, ExpressionError> {
        let mut left = self.product()?;
        loop {
            let operator = match self.peek().0 {
                Token::Plus => Operator::Add,
                Token::Minus => Operator::Subtract,
                _ => return Ok(left),
            };
            let (_, position) = self.advance();
            let right = self.product()?;
            left = Node::Binary { operator, left: Box::new(left), right: Box::new(right), position };
        }
    }

    /// product := unary (("*" | "/") unary)*
    fn product(&mut self) -> Result<Node, ExpressionError> {
        let mut left = self.unary()?;
        loop {
            let operator = match self.peek().0 {
                Token::Star => Operator::Multiply,
                Token::Slash => Operator::Divide,
                _ => return Ok(left),
            };
            let (_, position) = self.advance();
            let right = self.unary()?;
            left = Node::Binary { operator, left: Box::new(left), right: Box::new(right), position };
        }
    }

    /// unary := "-" unary | primary
    fn unary(&mut self) -> Result<Node, ExpressionError> {
        if self.peek().0 != Token::Minus {
            return self.primary();
        }
        let (_, position) = self.advance();
        self.nest(position)?;
        let operand = self.unary()?;
        self.depth -= 1;
        Ok(Node::Negate(Box::new(operand)))
    }

    /// primary := number | name | name "(" sum ("," sum)* ")" | "(" sum ")"
    fn primary(&mut self) -> Result<Node, ExpressionError> {
        const A_VALUE: &str = "a number, a name or \"(\"";
        match self.peek().clone() {
            (Token::Number(value), _) => {
                self.advance();
                Ok(Node::Number(value))
            }
            (Token::Open, position) => {
                self.advance();
                self.nest(position)?;
                let inner = self.sum()?;
                self.close()?;
                self.depth -= 1;
                Ok(inner)
            }
            (Token::Name(name), position) => {
                self.advance();
                if self.peek().0 != Token::Open {
                    return Ok(Node::Name { name, position });
                }
                let function = Function::named(&name).ok_or(ExpressionError::NotAFunction { position, name })?;
                self.advance();
                self.nest(position)?;
                let mut arguments = vec![self.sum()?];
                while self.peek().0 == Token::Comma {
                    self.advance();
                    arguments.push(self.sum()?);
                }
                self.close()?;
                self.depth -= 1;
                function.takes(arguments.len()).map_err(|takes| ExpressionError::WrongArguments {
                    position,
                    function: function.name(),
                    takes,
                })?;
                Ok(Node::Call { function, arguments, position })
            }
            _ => Err(self.expected(A_VALUE)),
        }
    }

    fn close(&mut self) -> Result<(), ExpressionError> {
        if self.peek().0 == Token::Close {
            self.advance();
            Ok(())
        } else {
            Err(self.expected("an operator, \",\" or \")\""))
        }
    }
}

impl Expression {
    /// Parses a formula, refusing anything that is not arithmetic on numbers and names.
    pub fn parse(source: &str) -> Result<Expression, ExpressionError> {
        if source.chars().count() > MAX_FORMULA_CHARS {
            return Err(ExpressionError::TooLong);
        }
        if source.trim().is_empty() {
            return Err(ExpressionError::Empty);
        }
        let mut parser = Parser { tokens: tokens(source)?, next: 0, depth: 0 };
        let root = parser.sum()?;
        if parser.peek().0 != Token::End {
            return Err(parser.expected("an operator or the end of the formula"));
        }
        Ok(Expression { source: source.to_owned(), root })
    }

    /// The formula as HR wrote it.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The names the formula reads, in alphabetical order: what it depends on.
    pub fn names(&self) -> BTreeSet<&str> {
        let mut names = BTreeSet::new();
        each_name(&self.root, &mut |name, _| {
            names.insert(name);
        });
        names
    }

    /// The formula's value when it reads a single name (`base`): its explanation is then that value.
    pub fn lone_name(&self) -> Option<&str> {
        match &self.root {
            Node::Name { name, .. } => Some(name),
            _ => None,
        }
    }

    /// Refuses the first name of the formula that `known` does not know.
    pub fn check_names(&self, known: impl Fn(&str) -> bool) -> Result<(), ExpressionError> {
        // Names are visited in the order they are written.
        let mut unknown = None;
        each_name(&self.root, &mut |name, position| {
            if unknown.is_none() && !known(name) {
                unknown = Some(ExpressionError::UnknownName { position, name: name.to_owned() });
            }
        });
        unknown.map_or(Ok(()), Err)
    }

    /// The formula's value, reading each name from `value_of`.
    pub fn evaluate(&self, value_of: &impl Fn(&str) -> Option<Decimal>) -> Result<Decimal, ExpressionError> {
        evaluate(&self.root, value_of)
    }
}

fn each_name<'a>(node: &'a Node, visit: &mut impl FnMut(&'a str, usize)) {
    match node {
        Node::Number(_) => {}
        Node::Name { name, position } => visit(name, *position),
        Node::Negate(operand) => each_name(operand, visit),
        Node::Binary { left, right, .. } => {
            each_name(left, visit);
            each_name(right, visit);
        }
        Node::Call { arguments, .. } => arguments.iter().for_each(|argument| each_name(argument, visit)),
    }
}

fn evaluate(node: &Node, value_of: &impl Fn(&str) -> Option<Decimal>) -> Result<Decimal, ExpressionError> {
    match node {
        Node::Number(value) => Ok(*value),
        Node::Name { name, position } => {
            value_of(name).ok_or_else(|| ExpressionError::UnknownName { position: *position, name: name.clone() })
        }
        Node::Negate(operand) => Ok(-evaluate(operand, value_of)?),
        Node::Binary { operator, left, right, position } => {
            let (left, right) = (evaluate(left, value_of)?, evaluate(right, value_of)?);
            let position = *position;
            let result = match operator {
                Operator::Add => left.checked_add(right),
                Operator::Subtract => left.checked_sub(right),
                Operator::Multiply => left.checked_mul(right),
                Operator::Divide if right.is_zero() => return Err(ExpressionError::DivisionByZero { position }),
                Operator::Divide => left.checked_div(right),
            };
            result.ok_or(ExpressionError::Overflow { position })
        }
        Node::Call { function, arguments, position } => {
            let values =
                arguments.iter().map(|argument| evaluate(argument, value_of)).collect::<Result<Vec<_>, _>>()?;
            match (function, values.as_slice()) {
                (Function::Min, _) => Ok(values.iter().copied().fold(values[0], Decimal::min)),
                (Function::Max, _) => Ok(values.iter().copied().fold(values[0], Decimal::max)),
                (Function::Floor, [value]) => Ok(value.floor()),
                (Function::Ceil, [value]) => Ok(value.ceil()),
                (Function::Round, [value, places]) => {
                    let places = whole_places(*places).ok_or(ExpressionError::RoundPlaces { position: *position })?;
                    Ok(value.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero))
                }
                // The parser checked every call's arguments.
                _ => Err(ExpressionError::WrongArguments {
                    position: *position,
                    function: function.name(),
                    takes: "other arguments",
                }),
            }
        }
    }
}

/// `places` as a number of decimal places, when it is a whole number from 0 to [`MAX_ROUND_PLACES`]
/// (`2.0` included).
fn whole_places(places: Decimal) -> Option<u32> {
    (0..=MAX_ROUND_PLACES).find(|p| Decimal::from(*p) == places)
}

impl fmt::Display for Expression {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

impl Serialize for Expression {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.source)
    }
}

impl<'de> Deserialize<'de> for Expression {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Expression, D::Error> {
        let source = String::deserialize(deserializer)?;
        Expression::parse(&source).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(source: &str) -> Result<Decimal, ExpressionError> {
        let inputs = |name: &str| match name {
            "base" => Some(Decimal::from(3000)),
            "overtime_hours" => Some(Decimal::from(10)),
            "zero" => Some(Decimal::ZERO),
            _ => None,
        };
        Expression::parse(source)?.evaluate(&inputs)
    }

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    #[test]
    fn arithmetic_follows_the_usual_precedence() {
        assert_eq!(value("1 + 2 * 3").unwrap(), d("7"));
        assert_eq!(value("(1 + 2) * 3").unwrap(), d("9"));
        assert_eq!(value("10 - 4 - 3").unwrap(), d("3"), "subtraction is left to right");
        assert_eq!(value("-2 * -3").unwrap(), d("6"));
        assert_eq!(value("overtime_hours * base / 160 * 1.5").unwrap(), d("281.25"));
        assert_eq!(value("1 / 3 * 3").unwrap().round_dp(10), d("1"));
    }

    #[test]
    fn functions_round_and_bound() {
        assert_eq!(value("min(base * 0.1, 250, 400)").unwrap(), d("250"));
        assert_eq!(value("max(0, base - 5000)").unwrap(), d("0"));
        assert_eq!(value("round(2 / 3, 2)").unwrap(), d("0.67"));
        assert_eq!(value("round(0.125, 2)").unwrap(), d("0.13"), "halves round away from zero");
        assert_eq!(value("round(-0.125, 2.0)").unwrap(), d("-0.13"));
        assert_eq!(value("floor(2.7) + ceil(2.1)").unwrap(), d("5"));
        assert_eq!(value("floor(-2.5)").unwrap(), d("-3"));
    }

    #[test]
    fn mistakes_say_where_and_what_was_expected() {
        let error = |source: &str| Expression::parse(source).unwrap_err().to_string();
        assert_eq!(error("base *"), "at character 7: expected a number, a name or \"(\", found the end of the formula");
        assert_eq!(
            error("(base + 1"),
            "at character 10: expected an operator, \",\" or \")\", found the end of the formula"
        );
        assert_eq!(
            error("base 2"),
            "at character 6: expected an operator or the end of the formula, found the number 2"
        );
        assert_eq!(error("base % 2"), "at character 6: '%' is not allowed in a formula");
        assert_eq!(
            error("1."),
            "at character 3: expected a digit after the decimal point, found the end of the formula"
        );
        assert_eq!(
            error("sqrt(base)"),
            "at character 1: sqrt is not a function (the functions are min, max, round, floor, ceil)"
        );
        assert_eq!(error("round(base)"), "at character 1: round takes a value and a number of decimal places");
        assert_eq!(error("min(1)"), "at character 1: min takes at least 2 values");
        assert_eq!(error("   "), "the formula is empty");
        assert!(matches!(Expression::parse(&"9".repeat(40)), Err(ExpressionError::NumberTooLong { position: 1, .. })));
    }

    #[test]
    fn evaluation_errors_point_at_the_operator() {
        assert_eq!(value("base / zero"), Err(ExpressionError::DivisionByZero { position: 6 }));
        assert_eq!(value("bsae + 1"), Err(ExpressionError::UnknownName { position: 1, name: "bsae".to_owned() }));
        assert_eq!(value("round(base, 11)"), Err(ExpressionError::RoundPlaces { position: 1 }));
        assert_eq!(value("round(base, 1.5)"), Err(ExpressionError::RoundPlaces { position: 1 }));
        assert_eq!(value("round(base, -1)"), Err(ExpressionError::RoundPlaces { position: 1 }));
        let huge = format!("{0} * {0} * {0}", "9".repeat(20));
        assert!(matches!(value(&huge), Err(ExpressionError::Overflow { .. })));
    }

    #[test]
    fn nesting_and_length_are_bounded() {
        let deep = format!("{}1{}", "(".repeat(MAX_NESTING + 1), ")".repeat(MAX_NESTING + 1));
        assert!(matches!(Expression::parse(&deep), Err(ExpressionError::TooDeep { .. })));
        let shallow = format!("{}1{}", "(".repeat(MAX_NESTING), ")".repeat(MAX_NESTING));
        assert_eq!(value(&shallow).unwrap(), d("1"));
        assert!(matches!(Expression::parse(&"-".repeat(100)), Err(ExpressionError::TooDeep { .. })));
        assert_eq!(Expression::parse(&"1+".repeat(300)), Err(ExpressionError::TooLong));
        assert_eq!(value(&format!("1{}", "+1".repeat(249))).unwrap(), d("250"));
    }

    #[test]
    fn names_are_what_the_formula_reads() {
        let expression = Expression::parse("max(BASIC, base) * overtime_hours + BASIC").unwrap();
        assert_eq!(expression.names().into_iter().collect::<Vec<_>>(), ["BASIC", "base", "overtime_hours"]);
        assert_eq!(
            expression.check_names(|name| name != "overtime_hours" && name != "base"),
            Err(ExpressionError::UnknownName { position: 12, name: "base".to_owned() })
        );
        assert_eq!(Expression::parse("base").unwrap().lone_name(), Some("base"));
        assert_eq!(Expression::parse("(base)").unwrap().lone_name(), Some("base"));
        assert_eq!(Expression::parse("-base").unwrap().lone_name(), None);
    }
}
