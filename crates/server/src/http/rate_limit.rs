//! Fixed-window counters, kept in memory: a self-hosted server is one process.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Entries are swept once the map grows past this, so a flood of distinct keys cannot grow it forever.
const SWEEP_ABOVE: usize = 10_000;

pub struct FixedWindow {
    limit: u32,
    window: Duration,
    windows: Mutex<HashMap<String, (Instant, u32)>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    pub allowed: bool,
    pub limit: u32,
    pub remaining: u32,
    /// Seconds until the window resets.
    pub retry_after_secs: u64,
}

impl FixedWindow {
    pub fn new(limit: u32, window: Duration) -> Self {
        Self { limit, window, windows: Mutex::new(HashMap::new()) }
    }

    fn with_window<T>(&self, key: &str, f: impl FnOnce(&mut (Instant, u32), Instant) -> T) -> T {
        let now = Instant::now();
        let mut windows = self.windows.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if windows.len() > SWEEP_ABOVE {
            windows.retain(|_, (start, _)| now.duration_since(*start) < self.window);
        }
        let entry = windows.entry(key.to_owned()).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        f(entry, now)
    }

    fn decision(&self, count: u32, start: Instant, now: Instant) -> Decision {
        let reset_in = self.window.saturating_sub(now.duration_since(start));
        Decision {
            allowed: count <= self.limit,
            limit: self.limit,
            remaining: self.limit.saturating_sub(count),
            retry_after_secs: reset_in.as_secs_f64().ceil().max(1.0) as u64,
        }
    }

    /// Counts one attempt and says whether it is within the limit.
    pub fn hit(&self, key: &str) -> Decision {
        self.with_window(key, |(start, count), now| {
            *count = count.saturating_add(1);
            self.decision(*count, *start, now)
        })
    }

    /// Whether one more attempt would be allowed, without counting one.
    pub fn check(&self, key: &str) -> Decision {
        self.with_window(key, |(start, count), now| self.decision(count.saturating_add(1), *start, now))
    }

    pub fn clear(&self, key: &str) {
        self.windows.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).remove(key);
    }

    /// Forgets every key starting with `prefix` (an account's attempts from every address).
    pub fn clear_prefix(&self, prefix: &str) {
        self.windows.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).retain(|key, _| !key.starts_with(prefix));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_the_limit_then_refuses_until_the_window_resets() {
        let limiter = FixedWindow::new(3, Duration::from_millis(50));
        for remaining in [2, 1, 0] {
            let decision = limiter.hit("k");
            assert!(decision.allowed);
            assert_eq!(decision.remaining, remaining);
        }
        assert!(!limiter.hit("k").allowed);
        assert!(limiter.hit("other").allowed);
        std::thread::sleep(Duration::from_millis(60));
        assert!(limiter.hit("k").allowed);
    }

    #[test]
    fn check_does_not_count_and_clear_forgets() {
        let limiter = FixedWindow::new(1, Duration::from_secs(60));
        assert!(limiter.check("k").allowed);
        assert!(limiter.hit("k").allowed);
        assert!(!limiter.check("k").allowed);
        limiter.clear("k");
        assert!(limiter.check("k").allowed);
    }
}
