package io.tollgate.console.admin;

import io.tollgate.application.audit.AuditEntry;
import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.Paging;
import java.util.List;

/** The audit log, newest first. */
public record AuditPage(Chrome chrome, List<AuditEntry> entries, Paging paging) {}
