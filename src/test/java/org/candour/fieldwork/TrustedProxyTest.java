package org.candour.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.candour.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Code entry is rate limited per client address, taken from X-Forwarded-For only when the request comes from a
 * trusted proxy. On a police intranet every client has a private address, so private ranges must not be trusted
 * by default: a client there could otherwise name any address it likes and escape the limit per address.
 */
@IntegrationTest
class TrustedProxyTest {

    @Autowired
    Environment environment;

    @Test
    void onlyAProxyOnThisHostIsTrustedByDefault() {
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        Pattern trusted = Pattern.compile(environment.getProperty("server.tomcat.remoteip.internal-proxies"));

        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        for (String intranetClient : new String[] {"10.20.30.40", "192.168.1.7", "172.16.0.9", "169.254.1.1"}) {
            assertThat(trusted.matcher(intranetClient).matches()).as(intranetClient).isFalse();
        }
    }
}
