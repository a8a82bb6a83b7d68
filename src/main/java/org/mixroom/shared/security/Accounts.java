package org.mixroom.shared.security;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.mixroom.shared.web.MixroomException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up and creates accounts. */
@Service
public class Accounts {

    /** Letters, digits, dot, dash and underscore; 2 to 64 characters. */
    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");
    public static final int MIN_PASSWORD_LENGTH = 8;
    public static final int MAX_EMAIL_LENGTH = 254;
    /** Something, an @, and a domain with a dot: enough to catch typing mistakes, the mail server judges the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Accounts(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Account> findByUsername(String username) {
        return users.findByUsername(username).map(AppUser::toAccount);
    }

    @Transactional(readOnly = true)
    public Optional<Account> findById(UUID id) {
        return users.findById(id).map(AppUser::toAccount);
    }

    /** The accounts with these ids, by id; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, Account> byIds(Collection<UUID> ids) {
        Map<UUID, Account> found = new HashMap<>();
        users.findAllById(ids).forEach(user -> found.put(user.id(), user.toAccount()));
        return found;
    }

    /** The account's e-mail address for notification mail, if it has one. */
    @Transactional(readOnly = true)
    public Optional<String> emailOf(UUID id) {
        return users.findById(id).map(AppUser::email);
    }

    /** Sets the account's e-mail address (trimmed), or removes it for null or blank; returns what is stored. */
    @Transactional
    public Optional<String> changeEmail(UUID id, String email) {
        String trimmed = email == null || email.isBlank() ? null : email.strip();
        if (trimmed != null && (trimmed.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(trimmed).matches())) {
            throw MixroomException.invalid("'" + trimmed + "' is not an e-mail address such as name@example.org "
                    + "(at most " + MAX_EMAIL_LENGTH + " characters).");
        }
        AppUser user = users.findById(id).orElseThrow(() -> new IllegalStateException("no account " + id));
        user.changeEmail(trimmed);
        return Optional.ofNullable(trimmed);
    }

    /** Creates an ordinary account. */
    @Transactional
    public Account create(String username, String displayName, String password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw MixroomException.invalid(
                    "A username has 2 to 64 letters, digits, dots, dashes or underscores.");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw MixroomException.invalid("A password has at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (users.findByUsername(username).isPresent()) {
            throw MixroomException.conflict("The username '" + username + "' is taken.");
        }
        AppUser user = new AppUser(username, displayName == null || displayName.isBlank() ? username : displayName,
                passwordEncoder.encode(password), AppUser.Role.USER, false, clock.instant());
        return users.save(user).toAccount();
    }
}
