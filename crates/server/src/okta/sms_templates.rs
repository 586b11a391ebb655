//! Custom SMS templates (seed 002): list, create, read, partial update (POST), replace (PUT), delete.
//!
//! As Okta validates them: the type is `SMS_VERIFY_CODE`, the text must contain `${code}`, and the
//! message, with `${code}` and `${org.name}` filled in, must fit one SMS of 160 characters; each
//! translation, keyed by a language code (`fr`, `pt-BR`), follows the same rules.

use crate::AppState;
use crate::db::Change;
use crate::okta::auth::{Admin, Caller};
use crate::okta::body::OktaBody;
use crate::okta::error::{OktaError, OktaResult};
use crate::okta::fields::{self, Problems};
use crate::okta::page::Params;
use crate::okta::resource::find_or_404;
use crate::store::organisation::settings as org;
use crate::store::sms_templates::{self, SmsTemplate, TemplateChange};
use crate::store::{StoreError, audit};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use okta_hr_domain::okta::sms_templates::{SmsTemplate as SmsTemplateJson, SmsTemplateWrite};
use serde_json::{Map, Value, json};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list_templates, create_template)).routes(routes!(
        get_template,
        update_template,
        replace_template,
        delete_template
    ))
}

/// The only SMS template type Okta has.
const VERIFY_CODE: &str = "SMS_VERIFY_CODE";
const CODE: &str = "${code}";
const ORG_NAME: &str = "${org.name}";
/// One SMS.
const MAX_MESSAGE_CHARS: usize = 160;
/// What `${code}` becomes: Okta's codes are six digits.
const SAMPLE_CODE: &str = "123456";
const NAME_MAX: usize = 255;

fn template_json(template: SmsTemplate) -> SmsTemplateJson {
    let translations = template
        .translations
        .into_iter()
        .filter_map(|(code, text)| match text {
            Value::String(text) => Some((code, text)),
            _ => None,
        })
        .collect();
    SmsTemplateJson {
        id: template.okta_id,
        name: template.name,
        template_type: template.template_type,
        template: template.template,
        translations,
        created: template.created,
        last_updated: template.updated,
    }
}

/// Checks one message text; answers what is wrong with it.
fn message_problem(text: &str, company_name: &str) -> Option<String> {
    if !text.contains(CODE) {
        return Some(format!("The template must contain {CODE}, where the verification code goes."));
    }
    let sent = text.replace(CODE, SAMPLE_CODE).replace(ORG_NAME, company_name);
    let length = sent.chars().count();
    (length > MAX_MESSAGE_CHARS).then(|| {
        format!("The message must fit one SMS of {MAX_MESSAGE_CHARS} characters once filled in; it has {length}.")
    })
}

/// `fr`, `de`, `pt-BR`, `zh-TW`: an ISO 639-1 language, optionally with an ISO 3166 region.
fn is_language_code(code: &str) -> bool {
    let (language, region) = code.split_once('-').unwrap_or((code, ""));
    language.len() == 2
        && language.chars().all(|c| c.is_ascii_lowercase())
        && (code.len() == 2 || (region.len() == 2 && region.chars().all(|c| c.is_ascii_uppercase())))
}

/// A whole template from `body`, with every problem named.
fn validated(body: &Map<String, Value>, company_name: &str) -> OktaResult<TemplateChange> {
    let mut problems = Problems::default();
    let name = fields::required_text(body, "name", NAME_MAX, &mut problems);
    let template_type = fields::required_text(body, "type", NAME_MAX, &mut problems);
    if template_type.as_deref().is_some_and(|kind| kind != VERIFY_CODE) {
        problems.add("type", format!("The type must be {VERIFY_CODE}."));
    }
    let template = fields::required_text(body, "template", 1024, &mut problems);
    if let Some(problem) = template.as_deref().and_then(|text| message_problem(text, company_name)) {
        problems.add("template", problem);
    }
    let mut translations = Map::new();
    match body.get("translations") {
        None | Some(Value::Null) => {}
        Some(Value::Object(given)) => {
            for (code, text) in given {
                let field = format!("translations.{code}");
                if !is_language_code(code) {
                    problems.add(&field, format!("{code} is not a language code such as fr or pt-BR."));
                    continue;
                }
                match text.as_str() {
                    Some(text) => match message_problem(text, company_name) {
                        Some(problem) => problems.add(&field, problem),
                        None => {
                            translations.insert(code.clone(), Value::String(text.to_owned()));
                        }
                    },
                    None => problems.add(&field, "A translation must be a string."),
                }
            }
        }
        Some(_) => problems.add("translations", "The translations must be an object of language code to text."),
    }
    problems.finish()?;
    Ok(TemplateChange {
        name: name.unwrap_or_default(),
        template_type: template_type.unwrap_or_default(),
        template: template.unwrap_or_default(),
        translations,
    })
}

/// How the audit trail names a template: by its Okta id.
const AUDITED_AS: &str = "sms_template";

/// What the audit trail records of a template: what an administrator sets.
fn recorded(change: &TemplateChange) -> Value {
    json!({
        "name": change.name,
        "type": change.template_type,
        "template": change.template,
        "translations": change.translations,
    })
}

/// A stored template, recorded as [`recorded`] records the change that would write it.
fn recorded_template(template: &SmsTemplate) -> Value {
    recorded(&TemplateChange {
        name: template.name.clone(),
        template_type: template.template_type.clone(),
        template: template.template.clone(),
        translations: template.translations.clone(),
    })
}

async fn company_name(state: &AppState, company_id: i64) -> OktaResult<String> {
    let org = state.db.read(move |conn| org::get(conn, company_id)).await?;
    Ok(org.map(|org| org.company_name).unwrap_or_default())
}

async fn load(state: &AppState, caller: &Caller, okta_id: &str) -> OktaResult<(i64, SmsTemplate)> {
    let company_id = caller.company_id;
    find_or_404(state, okta_id, "SmsTemplate", move |conn, id| sms_templates::get(conn, company_id, id)).await
}

async fn reread(state: &AppState, caller: &Caller, okta_id: &str) -> OktaResult<Json<SmsTemplateJson>> {
    Ok(Json(template_json(load(state, caller, okta_id).await?.1)))
}

/// List the org's SMS templates, of one `templateType` if given.
#[utoipa::path(get, path = "/api/v1/templates/sms", tag = "Templates", security(("api_token" = []), ("bearer" = [])),
    params(("templateType" = Option<String>, Query)),
    responses((status = 200, description = "SMS templates", body = Vec<SmsTemplateJson>), (status = 403, description = "Administrators only")))]
async fn list_templates(
    State(state): State<AppState>,
    Admin(caller): Admin,
    params: Params,
) -> OktaResult<Json<Vec<SmsTemplateJson>>> {
    let template_type = params.text("templateType").map(str::to_owned);
    let company_id = caller.company_id;
    let templates = state.db.read(move |conn| sms_templates::list(conn, company_id, template_type.as_deref())).await?;
    Ok(Json(templates.into_iter().map(template_json).collect()))
}

/// Add an SMS template: `name`, `type` (SMS_VERIFY_CODE), `template` with `${code}`, and `translations`.
#[utoipa::path(post, path = "/api/v1/templates/sms", tag = "Templates", security(("api_token" = []), ("bearer" = [])),
    request_body = SmsTemplateWrite,
    responses((status = 200, description = "The template", body = SmsTemplateJson), (status = 400, description = "Invalid template")))]
async fn create_template(
    State(state): State<AppState>,
    Admin(caller): Admin,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<SmsTemplateJson>> {
    let change = validated(&body, &company_name(&state, caller.company_id).await?)?;
    let company_id = caller.company_id;
    let okta_id = state
        .db
        .write(Change::by(caller.actor(), "sms_template.create"), move |conn| {
            let okta_id = sms_templates::create(conn, company_id, &change)?;
            conn.audit(AUDITED_AS, &okta_id, &audit::changes(&Value::Null, &recorded(&change)))?;
            Ok::<_, StoreError>(okta_id)
        })
        .await?;
    reread(&state, &caller, &okta_id).await
}

/// Get an SMS template.
#[utoipa::path(get, path = "/api/v1/templates/sms/{templateId}", tag = "Templates", security(("api_token" = []), ("bearer" = [])),
    params(("templateId" = String, Path)),
    responses((status = 200, description = "The template", body = SmsTemplateJson), (status = 404, description = "Not found")))]
async fn get_template(
    State(state): State<AppState>,
    Admin(caller): Admin,
    Path(id): Path<String>,
) -> OktaResult<Json<SmsTemplateJson>> {
    reread(&state, &caller, &id).await
}

/// Update some of an SMS template's properties.
///
/// Properties not in the body are kept; `translations` are merged by language, and a language set to
/// `null` is removed.
#[utoipa::path(post, path = "/api/v1/templates/sms/{templateId}", tag = "Templates", security(("api_token" = []), ("bearer" = [])),
    params(("templateId" = String, Path)), request_body = SmsTemplateWrite,
    responses((status = 200, description = "The template", body = SmsTemplateJson),
        (status = 404, description = "Not found"), (status = 400, description = "Invalid template")))]
async fn update_template(
    State(state): State<AppState>,
    Admin(caller): Admin,
    Path(id): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<SmsTemplateJson>> {
    let (internal_id, current) = load(&state, &caller, &id).await?;
    let Ok(Value::Object(mut merged)) = serde_json::to_value(template_json(current.clone())) else {
        return Err(OktaError::internal(anyhow::anyhow!("a template is not a JSON object")));
    };
    for field in ["name", "type", "template"] {
        if let Some(value) = body.get(field) {
            merged.insert(field.to_owned(), value.clone());
        }
    }
    match body.get("translations") {
        Some(Value::Object(changes)) => {
            let mut translations = current.translations.clone();
            for (code, text) in changes {
                if text.is_null() {
                    translations.remove(code);
                } else {
                    translations.insert(code.clone(), text.clone());
                }
            }
            merged.insert("translations".to_owned(), Value::Object(translations));
        }
        Some(other) => {
            merged.insert("translations".to_owned(), other.clone());
        }
        None => {}
    }
    save(&state, &caller, (internal_id, &current), &id, &merged).await
}

/// Replace an SMS template: every property is taken from the body.
#[utoipa::path(put, path = "/api/v1/templates/sms/{templateId}", tag = "Templates", security(("api_token" = []), ("bearer" = [])),
    params(("templateId" = String, Path)), request_body = SmsTemplateWrite,
    responses((status = 200, description = "The template", body = SmsTemplateJson),
        (status = 404, description = "Not found"), (status = 400, description = "Invalid template")))]
async fn replace_template(
    State(state): State<AppState>,
    Admin(caller): Admin,
    Path(id): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<SmsTemplateJson>> {
    let (internal_id, current) = load(&state, &caller, &id).await?;
    save(&state, &caller, (internal_id, &current), &id, &body).await
}

/// Writes the template validated from `body` over `current`, whose database id comes with it.
async fn save(
    state: &AppState,
    caller: &Caller,
    (internal_id, current): (i64, &SmsTemplate),
    okta_id: &str,
    body: &Map<String, Value>,
) -> OktaResult<Json<SmsTemplateJson>> {
    let change = validated(body, &company_name(state, caller.company_id).await?)?;
    let (before, key) = (recorded_template(current), okta_id.to_owned());
    state
        .db
        .write(Change::by(caller.actor(), "sms_template.replace"), move |conn| {
            sms_templates::replace(conn, internal_id, &change)?;
            conn.audit(AUDITED_AS, &key, &audit::changes(&before, &recorded(&change)))?;
            Ok::<_, StoreError>(())
        })
        .await?;
    reread(state, caller, okta_id).await
}

/// Remove an SMS template.
#[utoipa::path(delete, path = "/api/v1/templates/sms/{templateId}", tag = "Templates", security(("api_token" = []), ("bearer" = [])),
    params(("templateId" = String, Path)),
    responses((status = 204, description = "Removed"), (status = 404, description = "Not found")))]
async fn delete_template(
    State(state): State<AppState>,
    Admin(caller): Admin,
    Path(id): Path<String>,
) -> OktaResult<StatusCode> {
    let (internal_id, current) = load(&state, &caller, &id).await?;
    let before = recorded_template(&current);
    state
        .db
        .write(Change::by(caller.actor(), "sms_template.delete"), move |conn| {
            sms_templates::delete(conn, internal_id)?;
            conn.audit(AUDITED_AS, &id, &audit::changes(&before, &Value::Null))?;
            Ok::<_, StoreError>(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[cfg(test)]
mod tests {
    use super::{is_language_code, message_problem};

    #[test]
    fn language_codes_are_iso_639_1_with_an_optional_region() {
        for code in ["fr", "de", "pt-BR", "zh-TW"] {
            assert!(is_language_code(code), "{code}");
        }
        for code in ["french", "FR", "pt-br", "pt_BR", "p", "pt-BRA", ""] {
            assert!(!is_language_code(code), "{code}");
        }
    }

    #[test]
    fn a_message_is_measured_as_it_is_sent() {
        assert_eq!(message_problem("Your ${org.name} code is ${code}", "Acme"), None);
        assert!(message_problem("No code here", "Acme").is_some());
        // 154 characters and a six-digit code fill one SMS exactly; a longer company name does not fit.
        let text = format!("{}${{code}}", "x".repeat(154));
        assert_eq!(message_problem(&text, "Acme"), None);
        let named = format!("{}${{org.name}}${{code}}", "x".repeat(150));
        assert!(message_problem(&named, "Acme Robotics").is_some());
    }
}
