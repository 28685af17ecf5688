package org.candour.demo;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.List;

/** For administrators of a demo installation: the open demo wave's listed codes and where the DEMO files are. */
@Service
public class DemoCodes {

    /** The listed codes (empty on a real installation) and the folder of the DEMO files. */
    public record Listing(List<String> codes, String folder) {
    }

    private final DemoFiles files;

    DemoCodes(DemoFiles files) {
        this.files = files;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Listing listing() {
        return new Listing(files.readCodes(), files.folder().toAbsolutePath().normalize().toString());
    }
}
