package org.mixroom.shared.storage;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts an {@link S3TestServer} once before a test class and stops it after the class. */
final class S3ServerExtension implements BeforeAllCallback, AfterAllCallback {

    interface Starter {
        S3TestServer start() throws Exception;
    }

    private final Starter starter;
    private S3TestServer server;

    S3ServerExtension(Starter starter) {
        this.starter = starter;
    }

    S3TestServer server() {
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = starter.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (server != null) {
            server.close();
        }
    }
}
