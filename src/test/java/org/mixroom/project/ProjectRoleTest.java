package org.mixroom.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectRoleTest {

    @Test
    void grantsEachRoleItsCapabilities() {
        assertThat(allowed(ProjectRole.OWNER)).isEqualTo(EnumSet.allOf(Capability.class));
        assertThat(allowed(ProjectRole.ENGINEER)).containsExactlyInAnyOrder(Capability.VIEW, Capability.UPLOAD,
                Capability.COMMENT, Capability.RESOLVE, Capability.EDIT_TRACKS, Capability.SHARE);
        assertThat(allowed(ProjectRole.ARTIST)).containsExactlyInAnyOrder(Capability.VIEW, Capability.UPLOAD,
                Capability.COMMENT, Capability.RESOLVE, Capability.APPROVE);
        assertThat(allowed(ProjectRole.VIEWER)).containsExactly(Capability.VIEW);
    }

    @Test
    void parsesRoleNamesInAnyCase() {
        assertThat(ProjectRole.parse("viewer")).isEqualTo(ProjectRole.VIEWER);
        assertThat(ProjectRole.parse(" OWNER ")).isEqualTo(ProjectRole.OWNER);
        assertThatIllegalArgumentException().isThrownBy(() -> ProjectRole.parse("producer"));
        assertThatIllegalArgumentException().isThrownBy(() -> ProjectRole.parse(null));
    }

    private static Set<Capability> allowed(ProjectRole role) {
        Set<Capability> allowed = EnumSet.noneOf(Capability.class);
        for (Capability capability : Capability.values()) {
            if (role.allows(capability)) {
                allowed.add(capability);
            }
        }
        return allowed;
    }
}
