//! A TCP proxy in front of the server that can lose the server's answer after it has committed the
//! request: what a phone sees when the signal drops just as the response is on its way.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Forwards connections to the server; `lose_next_responses(n)` makes it read the server's answer
/// to the next `n` connections and hang up on the client instead of passing it on.
pub struct Proxy {
    pub addr: SocketAddr,
    losses: Arc<AtomicUsize>,
}

impl Proxy {
    pub async fn start(upstream: SocketAddr) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let addr = listener.local_addr().expect("address");
        let losses = Arc::new(AtomicUsize::new(0));
        let counter = losses.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let lose = counter.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1)).is_ok();
                tokio::spawn(forward(client, upstream, lose));
            }
        });
        Proxy { addr, losses }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn lose_next_responses(&self, n: usize) {
        self.losses.store(n, Ordering::SeqCst);
    }
}

async fn forward(mut client: TcpStream, upstream: SocketAddr, lose_response: bool) {
    let Ok(mut server) = TcpStream::connect(upstream).await else { return };
    if !lose_response {
        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
        return;
    }
    // Pass the request on, wait until the server has answered (so it has committed), then drop it.
    let mut buffer = vec![0_u8; 64 * 1024];
    let Ok(n) = client.read(&mut buffer).await else { return };
    if server.write_all(&buffer[..n]).await.is_err() {
        return;
    }
    let _ = server.read(&mut buffer).await;
    let _ = client.shutdown().await;
}
