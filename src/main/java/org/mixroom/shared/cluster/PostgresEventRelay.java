package org.mixroom.shared.cluster;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sends events with PostgreSQL's {@code pg_notify} on the caller's connection. Inside a transaction the
 * notification goes out when the transaction commits and is dropped if it rolls back, so other nodes hear
 * only of committed changes, and a node that dies right after its commit still has its news delivered.
 */
class PostgresEventRelay implements EventRelay {

    private final EventCodec codec;
    private final JdbcTemplate jdbc;

    PostgresEventRelay(EventCodec codec, JdbcTemplate jdbc) {
        this.codec = codec;
        this.jdbc = jdbc;
    }

    @Override
    public void send(Object event) {
        codec.encode(event).ifPresent(payload ->
                jdbc.query("select pg_notify(?, ?)", rs -> null, CrossNodeConfiguration.CHANNEL, payload));
    }
}
