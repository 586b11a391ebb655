//! SQLite's value model on PostgreSQL's types.
//!
//! The schema is the same in both dialects: integers are `BIGINT`, reals `DOUBLE PRECISION`, bytes
//! `BYTEA`, and text (instants and days too, as RFC 3339 text, so they sort and compare the same on
//! both) is `TEXT`, or `CITEXT` where SQLite compares with NOCASE. A parameter is sent as the type the
//! server inferred for it (an integer bound where SQL computes a boolean becomes one), and every
//! column is read back as SQLite would have answered it (a boolean is 0 or 1, a `NUMERIC` sum an
//! integer when it is whole).

use super::super::error::{Error, Result};
use bytes::BytesMut;
use postgres::types::{FromSql, IsNull, ToSql, Type, to_sql_checked};
use rusqlite::types::{ToSqlOutput, Value, ValueRef};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use std::error::Error as StdError;

type BoxError = Box<dyn StdError + Sync + Send>;

/// A parameter in SQLite's value model, sent as the type PostgreSQL asks for.
#[derive(Debug)]
pub struct PgParam<'a>(ValueRef<'a>);

impl<'a> PgParam<'a> {
    pub fn all(outputs: &'a [ToSqlOutput<'_>]) -> Result<Vec<PgParam<'a>>> {
        outputs
            .iter()
            .map(|output| match output {
                ToSqlOutput::Borrowed(value) => Ok(PgParam(*value)),
                ToSqlOutput::Owned(value) => Ok(PgParam(ValueRef::from(value))),
                _ => Err(Error::Sqlite(rusqlite::Error::ToSqlConversionFailure(
                    "a zero-blob or pointer parameter has no PostgreSQL equivalent".into(),
                ))),
            })
            .collect()
    }

    pub fn refs<'p>(params: &'p [PgParam<'_>]) -> Vec<&'p (dyn ToSql + Sync)> {
        params.iter().map(|param| param as &(dyn ToSql + Sync)).collect()
    }
}

fn is_text(ty: &Type) -> bool {
    matches!(*ty, Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN | Type::JSON)
        || ty.name() == "citext"
}

fn mismatch(value: &str, ty: &Type) -> BoxError {
    format!("cannot send {value} as a PostgreSQL {ty}").into()
}

impl ToSql for PgParam<'_> {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> std::result::Result<IsNull, BoxError> {
        match self.0 {
            ValueRef::Null => Ok(IsNull::Yes),
            ValueRef::Integer(integer) => integer_to_sql(integer, ty, out),
            ValueRef::Real(real) => match *ty {
                Type::FLOAT8 => real.to_sql(ty, out),
                Type::FLOAT4 => (real as f32).to_sql(ty, out),
                Type::NUMERIC => Decimal::try_from(real)?.to_sql(ty, out),
                _ if is_text(ty) => real.to_string().as_str().to_sql(&Type::TEXT, out),
                _ => Err(mismatch("a real number", ty)),
            },
            ValueRef::Text(bytes) => {
                let text = std::str::from_utf8(bytes)?;
                match *ty {
                    Type::BYTEA => bytes.to_sql(ty, out),
                    Type::JSONB => {
                        out.extend_from_slice(&[1]);
                        out.extend_from_slice(bytes);
                        Ok(IsNull::No)
                    }
                    Type::INT8 | Type::INT4 | Type::INT2 | Type::BOOL => {
                        integer_to_sql(text.trim().parse().map_err(|_| mismatch("text", ty))?, ty, out)
                    }
                    Type::FLOAT8 => text.trim().parse::<f64>()?.to_sql(ty, out),
                    Type::NUMERIC => text.trim().parse::<Decimal>()?.to_sql(ty, out),
                    _ if is_text(ty) => {
                        out.extend_from_slice(bytes);
                        Ok(IsNull::No)
                    }
                    _ => Err(mismatch("text", ty)),
                }
            }
            ValueRef::Blob(bytes) => match *ty {
                Type::BYTEA => bytes.to_sql(ty, out),
                _ if is_text(ty) => std::str::from_utf8(bytes)?.to_sql(&Type::TEXT, out),
                _ => Err(mismatch("bytes", ty)),
            },
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

fn integer_to_sql(integer: i64, ty: &Type, out: &mut BytesMut) -> std::result::Result<IsNull, BoxError> {
    match *ty {
        Type::INT8 => integer.to_sql(ty, out),
        Type::INT4 => i32::try_from(integer)?.to_sql(ty, out),
        Type::INT2 => i16::try_from(integer)?.to_sql(ty, out),
        Type::BOOL => (integer != 0).to_sql(ty, out),
        Type::FLOAT8 => (integer as f64).to_sql(ty, out),
        Type::FLOAT4 => (integer as f32).to_sql(ty, out),
        Type::NUMERIC => Decimal::from(integer).to_sql(ty, out),
        _ if is_text(ty) => integer.to_string().as_str().to_sql(&Type::TEXT, out),
        _ => Err(mismatch("an integer", ty)),
    }
}

/// A column in SQLite's value model.
pub struct PgColumn(pub Value);

impl<'a> FromSql<'a> for PgColumn {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> std::result::Result<Self, BoxError> {
        let value = match *ty {
            Type::INT8 => Value::Integer(i64::from_sql(ty, raw)?),
            Type::INT4 => Value::Integer(i32::from_sql(ty, raw)?.into()),
            Type::INT2 => Value::Integer(i16::from_sql(ty, raw)?.into()),
            Type::OID => Value::Integer(u32::from_sql(ty, raw)?.into()),
            Type::BOOL => Value::Integer(bool::from_sql(ty, raw)?.into()),
            Type::FLOAT8 => Value::Real(f64::from_sql(ty, raw)?),
            Type::FLOAT4 => Value::Real(f32::from_sql(ty, raw)?.into()),
            Type::NUMERIC => {
                let number = Decimal::from_sql(ty, raw)?;
                match number.fract().is_zero().then(|| number.to_i64()).flatten() {
                    Some(whole) => Value::Integer(whole),
                    None => Value::Real(number.to_f64().ok_or("a NUMERIC beyond a double")?),
                }
            }
            Type::BYTEA => Value::Blob(raw.to_vec()),
            // Binary jsonb is a version byte, then the JSON text.
            Type::JSONB => Value::Text(std::str::from_utf8(raw.get(1..).unwrap_or_default())?.to_owned()),
            _ if is_text(ty) => Value::Text(std::str::from_utf8(raw)?.to_owned()),
            _ => return Err(format!("a PostgreSQL {ty} column has no SQLite equivalent").into()),
        };
        Ok(PgColumn(value))
    }

    fn from_sql_null(_: &Type) -> std::result::Result<Self, BoxError> {
        Ok(PgColumn(Value::Null))
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}
