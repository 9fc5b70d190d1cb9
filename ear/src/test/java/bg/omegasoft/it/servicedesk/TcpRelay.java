package bg.omegasoft.it.servicedesk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the platform and the test's mail server: cutting it is a network outage of
 * the mail server (connections drop, new ones are refused) while the mailbox itself keeps its
 * messages, as a real server's would.
 */
final class TcpRelay implements AutoCloseable {

  private final int listenPort;
  private final int targetPort;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile ServerSocket server;

  TcpRelay(int listenPort, int targetPort) {
    this.listenPort = listenPort;
    this.targetPort = targetPort;
  }

  synchronized void up() throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), listenPort));
    server = socket;
    Thread acceptor = new Thread(() -> accept(socket), "relay-" + listenPort);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The outage: no new connections, the open ones cut. */
  synchronized void down() throws IOException {
    server.close();
    for (Socket socket : open) {
      socket.close();
    }
    open.clear();
  }

  private void accept(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Socket target = new Socket(InetAddress.getByName("127.0.0.1"), targetPort);
        open.add(client);
        open.add(target);
        pump(client, target);
        pump(target, client);
      } catch (IOException e) {
        return;
      }
    }
  }

  private static void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                // the other side or the outage closed it
              } finally {
                try {
                  to.close();
                } catch (IOException e) {
                  // already closed
                }
              }
            });
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws IOException {
    if (server != null && !server.isClosed()) {
      down();
    }
  }
}
