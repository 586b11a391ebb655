//! Where the device is. Phones ask the OS (tauri-plugin-geolocation); a desktop has no position of
//! its own, so it uses the one configured for it (`OKTA_HR_LOCATION=lat,lon[,accuracy]`, or the
//! desk location set in Settings), or none.

use okta_hr_domain::geofence::Fix;

/// Reads `lat,lon[,accuracy]`.
pub fn parse(text: &str) -> Option<Fix> {
    let mut parts = text.split(',').map(|p| p.trim().parse::<f64>());
    let latitude = parts.next()?.ok()?;
    let longitude = parts.next()?.ok()?;
    let accuracy_m = match parts.next() {
        Some(accuracy) => Some(accuracy.ok()?),
        None => None,
    };
    let valid = (-90.0..=90.0).contains(&latitude) && (-180.0..=180.0).contains(&longitude);
    valid.then_some(Fix { latitude, longitude, accuracy_m })
}

pub fn from_environment() -> Option<Fix> {
    std::env::var("OKTA_HR_LOCATION").ok().as_deref().and_then(parse)
}

/// The OS's position on a phone. The plugin answers a zeroed position where it has none (desktop):
/// that is never a fix.
#[cfg(mobile)]
pub fn from_device<R: tauri::Runtime>(app: &tauri::AppHandle<R>) -> Option<Fix> {
    use tauri_plugin_geolocation::{GeolocationExt, PositionOptions};
    let options = PositionOptions { enable_high_accuracy: true, timeout: 10_000, maximum_age: 30_000 };
    let position = app.geolocation().get_current_position(Some(options)).ok()?;
    let coords = position.coords;
    let zeroed = coords.latitude == 0.0 && coords.longitude == 0.0 && coords.accuracy == 0.0;
    (!zeroed).then_some(Fix {
        latitude: coords.latitude,
        longitude: coords.longitude,
        accuracy_m: Some(coords.accuracy),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_configured_location() {
        assert_eq!(
            parse("52.520008,13.404954"),
            Some(Fix { latitude: 52.520008, longitude: 13.404954, accuracy_m: None })
        );
        assert_eq!(parse(" 48.85, 2.35 , 12").and_then(|f| f.accuracy_m), Some(12.0));
        assert_eq!(parse("91,0"), None);
        assert_eq!(parse("nonsense"), None);
    }
}
