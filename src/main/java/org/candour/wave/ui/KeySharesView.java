package org.candour.wave.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.candour.admin.Role;
import org.candour.base.ui.StaffLayout;
import org.candour.wave.WaveService;
import org.candour.wave.WaveSummary;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Where a custodian collects their share of a wave's results key, exactly once. */
@Route(value = "staff/key-shares", layout = StaffLayout.class)
@RolesAllowed(Role.Names.CUSTODIAN)
class KeySharesView extends VerticalLayout implements HasDynamicTitle {

    KeySharesView(WaveService waves) {
        add(new H2(getTranslation("shares.title")), new Paragraph(getTranslation("shares.intro")));
        List<UUID> waiting = waves.wavesWithMyShareWaiting();
        if (waiting.isEmpty()) {
            add(new Paragraph(getTranslation("shares.none")));
            return;
        }
        Map<UUID, WaveSummary> byId = waves.listWaves().stream()
                .collect(Collectors.toMap(WaveSummary::id, Function.identity()));
        String gone = getTranslation("shares.gone");
        for (UUID waveId : waiting) {
            String name = byId.containsKey(waveId) ? byId.get(waveId).name() : waveId.toString();
            DownloadHandler handler = event -> {
                byte[] content = waves.collectMyShare(waveId)
                        .map(share -> (share + "\n").getBytes(StandardCharsets.UTF_8))
                        .orElse(gone.getBytes(StandardCharsets.UTF_8));
                event.setContentType("text/plain; charset=utf-8");
                event.setFileName("candour-key-share-" + waveId + ".txt");
                event.getOutputStream().write(content);
            };
            add(new Anchor(handler, getTranslation("shares.download", name)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shares.title") + " – " + getTranslation("app.name");
    }
}
