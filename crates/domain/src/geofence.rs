//! Whether a GPS fix is close enough to a branch to check in there.

use serde::{Deserialize, Serialize};

const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// A branch's permitted area: a circle around its coordinates.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Geofence {
    pub latitude: f64,
    pub longitude: f64,
    pub radius_m: f64,
}

/// A position reported by a device.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Fix {
    pub latitude: f64,
    pub longitude: f64,
    /// The device's own estimate of its error, in metres (68% confidence on Android and iOS).
    pub accuracy_m: Option<f64>,
}

/// How reported accuracy is allowed to widen a fence.
///
/// A phone indoors often reports ±30–60 m; refusing such a fix at the door would be wrong, so the
/// reported error widens the radius, but only up to `accuracy_allowance_cap_m`, and a fix worse than
/// `max_accuracy_m` proves nothing and is refused outright.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GeofencePolicy {
    pub accuracy_allowance_cap_m: f64,
    pub max_accuracy_m: f64,
}

impl Default for GeofencePolicy {
    fn default() -> Self {
        Self { accuracy_allowance_cap_m: 50.0, max_accuracy_m: 250.0 }
    }
}

/// The verdict on one attempt to check in or out at a branch.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// The branch has no fence: any location, or none, is accepted.
    Unrestricted,
    /// `allowed_m` is the branch's `radius_m` plus the allowance for the fix's reported inaccuracy.
    Inside {
        distance_m: f64,
        radius_m: f64,
        allowed_m: f64,
    },
    Outside {
        distance_m: f64,
        radius_m: f64,
        allowed_m: f64,
    },
    /// The branch is fenced and the device sent no position.
    LocationRequired,
    /// The device's reported error is too large for the fix to mean anything.
    TooImprecise {
        accuracy_m: f64,
        max_accuracy_m: f64,
    },
}

impl Verdict {
    pub fn is_accepted(&self) -> bool {
        matches!(self, Verdict::Unrestricted | Verdict::Inside { .. })
    }

    /// The distance to the branch when a position was compared with a fence.
    pub fn distance_m(&self) -> Option<f64> {
        match self {
            Verdict::Inside { distance_m, .. } | Verdict::Outside { distance_m, .. } => Some(*distance_m),
            _ => None,
        }
    }

    /// What to tell the user when the verdict refuses the attempt; `action` is "check in" or "check out".
    pub fn refusal(&self, branch_name: &str, action: &str) -> Option<String> {
        match self {
            Verdict::Unrestricted | Verdict::Inside { .. } => None,
            Verdict::Outside { distance_m, radius_m, allowed_m } => {
                // The radius is the one HR set; the accuracy allowance is said apart, so nobody
                // mistakes it for the branch's size.
                let allowance = allowed_m - radius_m;
                let tolerance = if allowance >= 1.0 {
                    format!(", plus {} for this position's accuracy", format_distance(allowance))
                } else {
                    String::new()
                };
                Some(format!(
                    "You are {} from {branch_name}; {} is allowed within {branch_name}'s {} radius{tolerance}.",
                    format_distance(*distance_m),
                    action.replace(' ', "-"),
                    format_distance(*radius_m)
                ))
            }
            Verdict::LocationRequired => Some(format!("Your location is required to {action} at {branch_name}.")),
            Verdict::TooImprecise { accuracy_m, max_accuracy_m } => Some(format!(
                "Your location is too imprecise (±{}); it must be within ±{}. Move to open sky and try again.",
                format_distance(*accuracy_m),
                format_distance(*max_accuracy_m)
            )),
        }
    }
}

impl GeofencePolicy {
    pub fn evaluate(&self, fence: Option<&Geofence>, fix: Option<&Fix>) -> Verdict {
        let Some(fence) = fence else {
            return Verdict::Unrestricted;
        };
        let Some(fix) = fix else {
            return Verdict::LocationRequired;
        };
        let accuracy = fix.accuracy_m.unwrap_or(0.0).max(0.0);
        if accuracy > self.max_accuracy_m {
            return Verdict::TooImprecise { accuracy_m: accuracy, max_accuracy_m: self.max_accuracy_m };
        }
        let distance_m = distance_m(fence.latitude, fence.longitude, fix.latitude, fix.longitude);
        let allowed_m = fence.radius_m + accuracy.min(self.accuracy_allowance_cap_m);
        if distance_m <= allowed_m {
            Verdict::Inside { distance_m, radius_m: fence.radius_m, allowed_m }
        } else {
            Verdict::Outside { distance_m, radius_m: fence.radius_m, allowed_m }
        }
    }
}

/// Great-circle distance in metres (haversine), accurate to well under a metre at fence scales.
pub fn distance_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (phi1, phi2) = (lat1.to_radians(), lat2.to_radians());
    let d_phi = (lat2 - lat1).to_radians();
    let d_lambda = (lon2 - lon1).to_radians();
    let a = (d_phi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (d_lambda / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * a.sqrt().asin()
}

/// "87 m", "1.2 km", "878 km": precise where it matters, readable where it does not.
pub fn format_distance(metres: f64) -> String {
    let metres = metres.max(0.0);
    if metres < 1_000.0 {
        format!("{} m", metres.round() as i64)
    } else if metres < 10_000.0 {
        format!("{:.1} km", metres / 1_000.0)
    } else {
        format!("{} km", (metres / 1_000.0).round() as i64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HQ: Geofence = Geofence { latitude: 52.520008, longitude: 13.404954, radius_m: 100.0 };

    fn fix(latitude: f64, longitude: f64, accuracy_m: Option<f64>) -> Fix {
        Fix { latitude, longitude, accuracy_m }
    }

    #[test]
    fn berlin_to_paris_is_about_878_km() {
        let d = distance_m(52.520008, 13.404954, 48.8566, 2.3522);
        assert!((d - 877_500.0).abs() < 2_000.0, "{d}");
    }

    #[test]
    fn at_the_door_is_inside() {
        let verdict = GeofencePolicy::default().evaluate(Some(&HQ), Some(&fix(52.520008, 13.404954, None)));
        assert!(verdict.is_accepted());
        assert_eq!(verdict.distance_m(), Some(0.0));
    }

    #[test]
    fn accuracy_widens_the_fence_only_up_to_the_cap() {
        let policy = GeofencePolicy::default();
        // About 130 m north of HQ.
        let north = 52.520008 + 130.0 / 111_195.0;
        assert!(!policy.evaluate(Some(&HQ), Some(&fix(north, 13.404954, Some(10.0)))).is_accepted());
        assert!(policy.evaluate(Some(&HQ), Some(&fix(north, 13.404954, Some(40.0)))).is_accepted());
        // 200 m of claimed error buys no more than the 50 m cap.
        let far_north = 52.520008 + 160.0 / 111_195.0;
        assert!(!policy.evaluate(Some(&HQ), Some(&fix(far_north, 13.404954, Some(200.0)))).is_accepted());
    }

    #[test]
    fn a_useless_fix_is_refused_with_its_own_reason() {
        let verdict = GeofencePolicy::default().evaluate(Some(&HQ), Some(&fix(52.52, 13.40, Some(900.0))));
        assert!(matches!(verdict, Verdict::TooImprecise { .. }));
        assert!(verdict.refusal("HQ", "check in").unwrap().contains("±900 m"));
    }

    #[test]
    fn an_unfenced_branch_needs_no_location_and_a_fenced_one_does() {
        let policy = GeofencePolicy::default();
        assert_eq!(policy.evaluate(None, None), Verdict::Unrestricted);
        assert_eq!(policy.evaluate(Some(&HQ), None), Verdict::LocationRequired);
    }

    #[test]
    fn the_refusal_says_how_far_and_from_where() {
        let verdict = GeofencePolicy::default().evaluate(Some(&HQ), Some(&fix(48.8566, 2.3522, Some(5.0))));
        let message = verdict.refusal("HQ", "check in").unwrap();
        assert!(message.starts_with("You are 87"), "{message}");
        assert!(message.contains("km from HQ"), "{message}");
        assert!(message.ends_with("within HQ's 100 m radius, plus 5 m for this position's accuracy."), "{message}");
    }

    #[test]
    fn distances_read_naturally() {
        assert_eq!(format_distance(87.4), "87 m");
        assert_eq!(format_distance(1_234.0), "1.2 km");
        assert_eq!(format_distance(877_612.0), "878 km");
    }
}
