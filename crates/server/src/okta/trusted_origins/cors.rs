//! CORS for browser callers. The Okta-style APIs answer only origins an admin trusts (active, with the CORS
//! scope); the HR API and everything else keep answering any origin, as their contract says. The router
//! gives each API family its policy as a layer, so a route has the policy of the family it belongs to.

use crate::AppState;
use crate::db::Db;
use crate::store::trusted_origins;
use axum::http::{HeaderValue, request::Parts};
use std::collections::HashSet;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use tower_http::cors::{AllowHeaders, AllowMethods, AllowOrigin, Any, CorsLayer};

/// How long the cached origins are trusted without a change through the API: changes made to the
/// database by another process (the admin commands) are seen within this.
const CACHE_MAX_AGE: Duration = Duration::from_secs(60);

/// The active CORS origins, read from the database on first use after each change.
#[derive(Default)]
pub struct TrustedCorsOrigins {
    cached: RwLock<Cached>,
}

#[derive(Default)]
struct Cached {
    /// Bumped by every change, so a load that raced one is not kept.
    generation: u64,
    origins: Option<(Instant, Arc<HashSet<String>>)>,
}

impl TrustedCorsOrigins {
    /// Forgets the cached origins; the next browser request reads them again.
    pub fn invalidate(&self) {
        let mut cached = self.cached.write().unwrap_or_else(|poisoned| poisoned.into_inner());
        cached.generation += 1;
        cached.origins = None;
    }

    async fn allows(&self, db: &Db, origin: &str) -> bool {
        let (generation, fresh) = {
            let cached = self.cached.read().unwrap_or_else(|poisoned| poisoned.into_inner());
            let fresh = cached.origins.as_ref().filter(|(loaded, _)| loaded.elapsed() < CACHE_MAX_AGE);
            (cached.generation, fresh.map(|(_, origins)| origins.clone()))
        };
        if let Some(origins) = fresh {
            return origins.contains(origin);
        }
        match db.read(trusted_origins::active_cors_origins).await {
            Ok(list) => {
                let origins = Arc::new(list.into_iter().collect::<HashSet<_>>());
                let mut cached = self.cached.write().unwrap_or_else(|poisoned| poisoned.into_inner());
                if cached.generation == generation {
                    cached.origins = Some((Instant::now(), origins.clone()));
                }
                origins.contains(origin)
            }
            Err(error) => {
                tracing::warn!(%error, "could not read the trusted origins; refusing the browser origin");
                false
            }
        }
    }
}

/// The two CORS policies, built once.
#[derive(Clone)]
pub struct CorsPolicies {
    any_origin: CorsLayer,
    trusted_origins: CorsLayer,
}

impl CorsPolicies {
    pub fn new(state: &AppState) -> Self {
        let any_origin = CorsLayer::new().allow_origin(Any).allow_methods(Any).allow_headers(Any).expose_headers(Any);
        let state = state.clone();
        let is_trusted = move |origin: HeaderValue, _: &Parts| {
            let state = state.clone();
            async move {
                let Ok(origin) = origin.to_str() else {
                    return false;
                };
                state.trusted_cors_origins.allows(&state.db, origin).await
            }
        };
        // Browsers do not let `*` cover `Authorization`, so the requested headers are echoed instead.
        let trusted_origins = CorsLayer::new()
            .allow_origin(AllowOrigin::async_predicate(is_trusted))
            .allow_methods(AllowMethods::mirror_request())
            .allow_headers(AllowHeaders::mirror_request())
            .expose_headers(Any);
        Self { any_origin, trusted_origins }
    }

    /// The HR API's policy: any origin.
    pub fn any_origin(&self) -> CorsLayer {
        self.any_origin.clone()
    }

    /// The Okta-style APIs' policy: the origins an administrator trusts.
    pub fn trusted_origins(&self) -> CorsLayer {
        self.trusted_origins.clone()
    }
}
