package org.candour.org;

import org.candour.base.CandourProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * A fictional force for the demo (embedded database by default): force → commands → BCUs/departments →
 * teams, about 6,000 officers and staff. Created once, on an empty org table, only when demo data is on.
 */
@Component
@Order(20)
class DemoForce implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoForce.class);

    private record Command(String code, String name, List<String> units) {
    }

    private static final List<Command> COMMANDS = List.of(
            new Command("OPS", "Operations Command", List.of("Northgate BCU", "Riverside BCU", "Eastfield BCU",
                    "Roads Policing")),
            new Command("CRIME", "Crime Command", List.of("Major Crime", "Public Protection", "Intelligence")),
            new Command("SUPPORT", "Support Command", List.of("Contact Centre", "Custody", "People Services",
                    "Digital Services")));
    private static final List<String> TEAMS = List.of("Team A", "Team B", "Team C");

    private final OrgService orgService;
    private final CandourProperties properties;

    DemoForce(OrgService orgService, CandourProperties properties) {
        this.orgService = orgService;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demoEnabled() || !orgService.isEmpty()) {
            return;
        }
        // Headcounts belong to the teams (about 6,000 in all); the force, commands and BCUs have no direct members.
        UUID force = orgService.insertForBootstrap("NMP", "Northmoor Police (demo)", null, null, 0);
        int units = 1;
        int commandOrder = 0;
        for (Command command : COMMANDS) {
            UUID commandId = orgService.insertForBootstrap(command.code(), command.name(), force, null, commandOrder++);
            units++;
            int unitOrder = 0;
            for (String unitName : command.units()) {
                String unitCode = command.code() + "-" + (unitOrder + 1);
                UUID unitId = orgService.insertForBootstrap(unitCode, unitName, commandId, null, unitOrder++);
                units++;
                int teamOrder = 0;
                for (String team : TEAMS) {
                    // Deterministic, varied team sizes (70..298, 6,024 in all) so that some teams are small.
                    int headcount = 50 + Math.floorMod((unitCode + team).hashCode(), 270);
                    orgService.insertForBootstrap(unitCode + "-" + (char) ('A' + teamOrder), unitName + " " + team,
                            unitId, headcount, teamOrder++);
                    units++;
                }
            }
        }
        log.info("Created the demo force with {} units", units);
    }
}
