package org.mixroom.shared.security;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for form login and HTTP Basic; demo accounts count as disabled while demos are off. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final DemoProperties demo;

    AccountUserDetailsService(AppUserRepository users, DemoProperties demo) {
        this.users = users;
        this.demo = demo;
    }

    @Override
    @Transactional(readOnly = true)
    public MixroomUser loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(this::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
    }

    MixroomUser toUser(AppUser user) {
        return new MixroomUser(user.id(), user.username(), user.displayName(), user.passwordHash(),
                !user.demo() || demo.enabled(), user.role().name());
    }
}
