//! JSON:API documents as Okta HR writes and reads them.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const MEDIA_TYPE: &str = "application/vnd.api+json";

/// Points at a resource: `{"type": "employees", "id": "12"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Identifier {
    #[serde(rename = "type")]
    pub kind: String,
    pub id: String,
}

impl Identifier {
    pub fn new(kind: &str, id: impl ToString) -> Self {
        Self { kind: kind.to_owned(), id: id.to_string() }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Linkage {
    Many(Vec<Identifier>),
    One(Option<Identifier>),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Relationship {
    pub data: Linkage,
}

impl Relationship {
    pub fn one(kind: &str, id: Option<impl ToString>) -> Self {
        Self { data: Linkage::One(id.map(|id| Identifier::new(kind, id))) }
    }

    pub fn id(&self) -> Option<&str> {
        match &self.data {
            Linkage::One(Some(identifier)) => Some(&identifier.id),
            _ => None,
        }
    }
}

/// One resource object. `A` is the attributes type (a wire struct, or `serde_json::Value`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Resource<A> {
    #[serde(rename = "type")]
    pub kind: String,
    pub id: String,
    pub attributes: A,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub relationships: BTreeMap<String, Relationship>,
}

impl<A> Resource<A> {
    pub fn new(kind: &str, id: impl ToString, attributes: A) -> Self {
        Self { kind: kind.to_owned(), id: id.to_string(), attributes, relationships: BTreeMap::new() }
    }

    pub fn with_one(mut self, name: &str, kind: &str, id: Option<impl ToString>) -> Self {
        self.relationships.insert(name.to_owned(), Relationship::one(kind, id));
        self
    }

    /// The id a to-one relationship points at.
    pub fn related_id(&self, name: &str) -> Option<&str> {
        self.relationships.get(name).and_then(Relationship::id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PageLinks {
    pub first: String,
    pub prev: Option<String>,
    pub next: Option<String>,
    pub last: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PageMeta {
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub total: u64,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub current_page: u64,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub per_page: u64,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub last_page: u64,
}

/// A document whose primary data is `D`: a `Resource<A>` or a `Vec<Resource<A>>`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Document<D> {
    pub data: D,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "specta", specta(type = Vec<Resource<specta_typescript::Unknown>>))]
    pub included: Vec<Resource<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<PageLinks>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<PageMeta>,
}

impl<D> Document<D> {
    pub fn new(data: D) -> Self {
        Self { data, included: Vec::new(), links: None, meta: None }
    }

    /// The included resource of the given type and id, with its attributes read as `A`.
    pub fn find_included<A: serde::de::DeserializeOwned>(&self, kind: &str, id: &str) -> Option<Resource<A>> {
        self.included.iter().find(|r| r.kind == kind && r.id == id)?.read_as()
    }
}

impl Resource<serde_json::Value> {
    /// The same resource with its attributes read as `A`, if they are one.
    pub fn read_as<A: serde::de::DeserializeOwned>(&self) -> Option<Resource<A>> {
        Some(Resource {
            kind: self.kind.clone(),
            id: self.id.clone(),
            attributes: serde_json::from_value(self.attributes.clone()).ok()?,
            relationships: self.relationships.clone(),
        })
    }
}

/// A Laravel error body: `{"message": …, "errors": {field: [..]}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<crate::validation::ValidationErrors>,
}
