package org.candour.admin;

import org.candour.base.CandourProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;

/**
 * First accounts on an empty database: the administrator named in configuration, or, where demo data
 * is on (the embedded default), the demo accounts the README lists. Otherwise the setup screen asks.
 */
@Component
@Order(10)
class StaffBootstrap implements ApplicationRunner {

    /** Shared by every demo account; printed in the README. Never used outside demo installations. */
    static final String DEMO_PASSWORD = "candour-demo-2026";

    static final List<NewStaffUser> DEMO_USERS = List.of(
            new NewStaffUser("admin", "Alex Administrator", DEMO_PASSWORD, Affiliation.FORCE, EnumSet.of(Role.ADMIN)),
            new NewStaffUser("custodian.force", "Chris Custodian (force)", DEMO_PASSWORD, Affiliation.FORCE,
                    EnumSet.of(Role.CUSTODIAN)),
            new NewStaffUser("custodian.association", "Dee Custodian (association)", DEMO_PASSWORD,
                    Affiliation.ASSOCIATION, EnumSet.of(Role.CUSTODIAN)),
            new NewStaffUser("analyst.association", "Ade Analyst (association)", DEMO_PASSWORD,
                    Affiliation.ASSOCIATION, EnumSet.of(Role.ANALYST)),
            new NewStaffUser("analyst.leadership", "Lee Analyst (leadership)", DEMO_PASSWORD, Affiliation.FORCE,
                    EnumSet.of(Role.ANALYST)));

    private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);

    private final StaffAccountService accounts;
    private final CandourProperties properties;

    StaffBootstrap(StaffAccountService accounts, CandourProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.anyAccountExists()) {
            return;
        }
        if (properties.admin().isConfigured()) {
            accounts.createWithoutSignIn(new NewStaffUser(properties.admin().username(), "Administrator",
                    properties.admin().password(), Affiliation.FORCE, EnumSet.of(Role.ADMIN)));
            log.info("Created the first administrator '{}' from configuration", properties.admin().username());
        } else if (properties.demoEnabled()) {
            DEMO_USERS.forEach(accounts::createWithoutSignIn);
            log.info("Created {} demo staff accounts (see README, 'Demo sign-ins')", DEMO_USERS.size());
        } else {
            log.info("No staff account exists yet: open /setup in a browser to create the first administrator");
        }
    }
}
