package org.mixroom.shared.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo accounts on the first start with an empty account table, and keeps their password in
 * step with {@code mixroom.demo.password} at later starts.
 */
@Component
class DemoAccounts implements ApplicationRunner {

    /** Username and display name of each demo account. */
    static final List<List<String>> ACCOUNTS = List.of(
            List.of("mix", "Mix engineer"),
            List.of("master", "Mastering engineer"),
            List.of("artist", "Artist"));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final DemoProperties demo;
    private final Clock clock;

    DemoAccounts(AppUserRepository users, PasswordEncoder passwordEncoder, DemoProperties demo, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.demo = demo;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            log.info("Demo accounts are off (mixroom.demo.enabled=false)");
            return;
        }
        if (users.count() == 0) {
            String password = demo.password() != null ? demo.password() : randomPassword();
            String hash = passwordEncoder.encode(password);
            for (List<String> account : ACCOUNTS) {
                users.save(new AppUser(account.get(0), account.get(1), hash, AppUser.Role.USER, true,
                        clock.instant()));
            }
            if (demo.password() != null) {
                log.info("Created the demo accounts mix, master and artist with the password set in "
                        + "mixroom.demo.password");
            } else {
                log.info("Created the demo accounts mix, master and artist. Their password, shown only this "
                        + "once: {}", password);
            }
        } else if (demo.password() != null) {
            List<AppUser> demoUsers = users.findByDemoTrue();
            for (AppUser user : demoUsers) {
                if (!passwordEncoder.matches(demo.password(), user.passwordHash())) {
                    user.changePasswordHash(passwordEncoder.encode(demo.password()));
                }
            }
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
