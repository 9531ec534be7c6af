package io.tollgate.console;

import java.util.List;

/** The ten recovery codes, shown once after enrolment. */
public record RecoveryPage(Chrome chrome, List<String> codes) {}
