package io.tollgate.console.admin;

import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.Paging;
import io.tollgate.domain.identity.User;
import java.util.List;

/** Users found by a name search, a page at a time, with the form that creates one. */
public record UsersPage(Chrome chrome, String query, List<User> users, Paging paging, String error) {}
