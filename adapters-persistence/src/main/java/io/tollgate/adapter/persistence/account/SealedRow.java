package io.tollgate.adapter.persistence.account;

import io.tollgate.domain.account.SealedCredential;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.StatementContext;

/** The sealed credential columns of a {@code provider_accounts} row. */
record SealedRow(String keyId, byte[] sealed) {

    static SealedRow map(ResultSet rs, StatementContext context) throws SQLException {
        return new SealedRow(rs.getString("credential_key_id"), rs.getBytes("credential"));
    }

    SealedCredential toCredential() {
        return new SealedCredential(keyId, sealed);
    }
}
