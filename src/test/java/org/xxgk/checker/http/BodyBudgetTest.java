package org.xxgk.checker.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bytes request bodies may hold at once: claimed as they arrive, returned when the last holder lets go. */
class BodyBudgetTest {

    @Test
    void aClaimGrowsWhileTheBudgetCoversItAndKeepsWhatItHadWhenItDoesNot() {
        BodyBudget budget = new BodyBudget(1000);
        BodyBudget.Claim first = budget.claim();
        BodyBudget.Claim second = budget.claim();

        assertThat(first.cover(600)).isTrue();
        assertThat(first.cover(400)).isTrue();
        assertThat(second.cover(300)).isTrue();
        assertThat(second.cover(401)).isFalse();
        assertThat(budget.available()).isEqualTo(100);

        first.release();
        second.release();
        assertThat(budget.available()).isEqualTo(1000);
    }

    @Test
    void aBodyBeingCheckedIsHeldUntilTheCheckEndsThoughItsRequestEndedFirst() {
        BodyBudget budget = new BodyBudget(1000);
        BodyBudget.Claim claim = budget.claim();
        claim.cover(700);
        claim.retain();

        // the client has gone: its request ends while the check still reads the body
        claim.release();
        assertThat(budget.available()).isEqualTo(300);

        claim.release();
        assertThat(budget.available()).isEqualTo(1000);
    }
}
