package org.openbsn.infra.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsAmountsToTheFen() {
        assertThat(Money.cny("12.345").amount().toPlainString()).isEqualTo("12.35");
        assertThat(Money.cny("7")).isEqualTo(Money.cny("7.00"));
    }

    @Test
    void multipliesAndAddsWithinOneCurrency() {
        assertThat(Money.cny("1.50").times(3).plus(Money.cny("0.50"))).isEqualTo(Money.cny("5.00"));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.cny("1").plus(new Money(java.math.BigDecimal.ONE, "USD")))
                .hasMessageContaining("CNY").hasMessageContaining("USD");
    }
}
