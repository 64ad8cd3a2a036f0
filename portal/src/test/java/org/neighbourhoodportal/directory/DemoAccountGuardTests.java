package org.neighbourhoodportal.directory;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class DemoAccountGuardTests {

    private final DirectoryService directory = mock(DirectoryService.class);
    private final DemoAccountGuard guard = new DemoAccountGuard(directory);

    @Test
    void outside_the_demo_profile_a_database_with_demo_accounts_stops_the_start() {
        when(directory.hasDemoAccounts()).thenReturn(true);
        assertThatThrownBy(() -> guard.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo accounts");
    }

    @Test
    void a_database_without_demo_accounts_starts() {
        when(directory.hasDemoAccounts()).thenReturn(false);
        assertThatCode(() -> guard.run(new DefaultApplicationArguments())).doesNotThrowAnyException();
    }
}
