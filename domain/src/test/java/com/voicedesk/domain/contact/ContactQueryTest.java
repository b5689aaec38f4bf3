package com.voicedesk.domain.contact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactQueryTest {

    @Test
    void aMostlyNumericSearchIsAPhoneSearch() {
        assertThat(new ContactQuery("+1 (555) 010", null, null).phoneDigits()).isEqualTo("1555010");
        assertThat(new ContactQuery("555-0102", null, null).phoneDigits()).isEqualTo("5550102");
    }

    @Test
    void aNameIsNotAPhoneSearch() {
        assertThat(new ContactQuery("Sarah", null, null).phoneDigits()).isNull();
        assertThat(new ContactQuery("Suite 42", null, null).phoneDigits()).isNull();
        assertThat(new ContactQuery("42", null, null).phoneDigits()).isNull();
    }

    @Test
    void blankTextMeansNoText() {
        assertThat(new ContactQuery("   ", null, null).text()).isNull();
    }
}
