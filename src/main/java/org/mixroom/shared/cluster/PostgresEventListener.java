package org.mixroom.shared.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Listens for the other nodes' events on a connection of its own (outside the pool, which it would otherwise
 * hold forever) and publishes each here as a {@link CrossNodeEvent}. When the connection breaks (a database
 * outage, a restart) it connects again, waiting 1 s, then 2, 4 … up to 30 s between attempts; events sent
 * while it was away are not replayed, so open pages catch up with the next change or a reload.
 */
class PostgresEventListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresEventListener.class);
    private static final int POLL_MILLIS = 500;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final EventCodec codec;
    private final JdbcConnectionDetails database;
    private final ApplicationEventPublisher publisher;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    PostgresEventListener(EventCodec codec, JdbcConnectionDetails database, ApplicationEventPublisher publisher) {
        this.codec = codec;
        this.database = database;
        this.publisher = publisher;
    }

    @Override
    public synchronized void start() {
        running = true;
        tryToConnect(); // at once, so the node hears its peers from the moment it serves requests
        thread = Thread.ofPlatform().name("cross-node-events").daemon().start(this::listen);
    }

    @Override
    public synchronized void stop() {
        running = false;
        thread.interrupt();
        closeQuietly();
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration pause = FIRST_PAUSE;
        while (running) {
            if (connection == null && !tryToConnect()) {
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
                continue;
            }
            pause = FIRST_PAUSE;
            try {
                PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(POLL_MILLIS);
                if (notifications != null) {
                    for (PGNotification notification : notifications) {
                        deliver(notification.getParameter());
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Lost the connection for other nodes' events ({}); reconnecting", e.getMessage());
                }
                closeQuietly();
            }
        }
    }

    private boolean tryToConnect() {
        try {
            Connection fresh = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(),
                    database.getPassword());
            try (Statement statement = fresh.createStatement()) {
                statement.execute("LISTEN " + CrossNodeConfiguration.CHANNEL);
            }
            connection = fresh;
            log.info("Listening for other nodes' events on channel {}", CrossNodeConfiguration.CHANNEL);
            return true;
        } catch (SQLException e) {
            log.warn("Cannot listen for other nodes' events yet: {}", e.getMessage());
            return false;
        }
    }

    private void deliver(String payload) {
        codec.decode(payload).ifPresent(event -> {
            try {
                publisher.publishEvent(new CrossNodeEvent(event));
            } catch (RuntimeException e) {
                log.warn("A listener failed on an event from another node: {}", event, e);
            }
        });
    }

    private void closeQuietly() {
        Connection current = connection;
        connection = null;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException ignored) {
                // it is broken or closing already
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
