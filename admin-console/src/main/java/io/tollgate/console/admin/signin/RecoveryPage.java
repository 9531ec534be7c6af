package io.tollgate.console.admin.signin;

import io.tollgate.console.web.Chrome;
import java.util.List;

/** The ten recovery codes, shown once after enrolment. */
public record RecoveryPage(Chrome chrome, List<String> codes) {}
