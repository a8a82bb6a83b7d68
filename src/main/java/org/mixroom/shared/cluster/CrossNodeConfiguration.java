package org.mixroom.shared.cluster;

import java.util.UUID;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** On PostgreSQL: the relay that sends events to the other nodes and the listener that receives theirs. */
@Configuration(proxyBeanMethods = false)
@Conditional(OnPostgres.class)
class CrossNodeConfiguration {

    /** The channel every node notifies and listens on. */
    static final String CHANNEL = "mixroom_events";

    @Bean
    EventCodec crossNodeEventCodec(CrossNodeEventTypes types) {
        return new EventCodec(types, UUID.randomUUID());
    }

    @Bean
    PostgresEventRelay postgresEventRelay(EventCodec codec, JdbcTemplate jdbc) {
        return new PostgresEventRelay(codec, jdbc);
    }

    @Bean
    PostgresEventListener postgresEventListener(EventCodec codec, JdbcConnectionDetails database,
            ApplicationEventPublisher publisher) {
        return new PostgresEventListener(codec, database, publisher);
    }
}
