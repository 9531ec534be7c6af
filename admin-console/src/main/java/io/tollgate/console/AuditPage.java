package io.tollgate.console;

import io.tollgate.application.identity.AuditEntry;
import java.util.List;

/** The audit log, newest first. */
public record AuditPage(Chrome chrome, List<AuditEntry> entries, Paging paging) {}
