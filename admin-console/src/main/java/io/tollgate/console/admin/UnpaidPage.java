package io.tollgate.console.admin;

import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.Paging;
import io.tollgate.domain.billing.UnpaidAttempt;
import java.util.List;

/** Finishes the balance could not cover, newest first. */
public record UnpaidPage(Chrome chrome, List<UnpaidAttempt> attempts, Paging paging) {}
