package org.mixroom.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class DemoAccountsTest {

    final AppUserRepository users = mock(AppUserRepository.class);
    @SuppressWarnings("deprecation")
    final PasswordEncoder encoder = NoOpPasswordEncoder.getInstance();
    final Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

    @Test
    void createsTheThreeDemoAccountsOnAnEmptyAccountTable() {
        when(users.count()).thenReturn(0L);

        new DemoAccounts(users, encoder, new DemoProperties(true, "secret-1"), clock).run(null);

        ArgumentCaptor<AppUser> saved = ArgumentCaptor.forClass(AppUser.class);
        verify(users, times(3)).save(saved.capture());
        assertThat(saved.getAllValues()).extracting(AppUser::username).containsExactly("mix", "master", "artist");
        assertThat(saved.getAllValues()).allSatisfy(user -> {
            assertThat(user.demo()).isTrue();
            assertThat(user.passwordHash()).isEqualTo("secret-1");
        });
    }

    @Test
    void appliesTheConfiguredPasswordAtLaterStarts() {
        AppUser mix = new AppUser("mix", "Mix engineer", "old", AppUser.Role.USER, true, Instant.EPOCH);
        when(users.count()).thenReturn(3L);
        when(users.findByDemoTrue()).thenReturn(List.of(mix));

        new DemoAccounts(users, encoder, new DemoProperties(true, "new-password"), clock).run(null);

        assertThat(mix.passwordHash()).isEqualTo("new-password");
        verify(users, never()).save(any());
    }

    @Test
    void createsNothingWhenDemoAccountsAreOff() {
        new DemoAccounts(users, encoder, new DemoProperties(false, null), clock).run(null);

        verify(users, never()).save(any());
        verify(users, never()).count();
    }

    @Test
    void switchedOffDemoAccountsCannotSignInButOthersCan() {
        AppUser demo = new AppUser("mix", "Mix engineer", "x", AppUser.Role.USER, true, Instant.EPOCH);
        AppUser real = new AppUser("jo", "Jo", "x", AppUser.Role.USER, false, Instant.EPOCH);
        when(users.findByUsername("mix")).thenReturn(Optional.of(demo));
        when(users.findByUsername("jo")).thenReturn(Optional.of(real));

        AccountUserDetailsService off = new AccountUserDetailsService(users, new DemoProperties(false, null));
        AccountUserDetailsService on = new AccountUserDetailsService(users, new DemoProperties(true, null));

        assertThat(off.loadUserByUsername("mix").isEnabled()).isFalse();
        assertThat(off.loadUserByUsername("jo").isEnabled()).isTrue();
        assertThat(on.loadUserByUsername("mix").isEnabled()).isTrue();
        assertThat(on.loadUserByUsername("mix").id()).isEqualTo(demo.id());
    }
}
