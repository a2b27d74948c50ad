package org.strategytracker.command.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strategytracker.command.support.Api;

/** Guessing with ever new account names is throttled per client address. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tracker.database.embedded.ephemeral=true",
      "tracker.catalogue.import-on-start=false",
      "tracker.security.sign-in.failures-per-address=6"
    })
class SignInAddressLockIntegrationTest {

  @LocalServerPort int port;

  @Test
  void locksAClientAddressAfterManyFailuresAcrossAccounts() {
    Api api = new Api(port);
    for (int i = 0; i < 6; i++) {
      assertThat(
              api.send(
                      "GET",
                      PasswordSignInIntegrationTest.CHAIN_HEAD,
                      null,
                      PasswordSignInIntegrationTest.basic("gast" + i, "geraten"))
                  .status())
          .isEqualTo(401);
    }
    Api.Response locked =
        api.send("GET", PasswordSignInIntegrationTest.CHAIN_HEAD, null, Api.as("pruefung"));
    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.header("Retry-After")).isNotNull();
    assertThat(locked.json().get("detail").asString()).contains("von Ihrer Adresse aus");
  }
}
