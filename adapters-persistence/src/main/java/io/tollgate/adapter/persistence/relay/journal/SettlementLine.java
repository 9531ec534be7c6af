package io.tollgate.adapter.persistence.relay.journal;

import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.UsageRecord;
import io.tollgate.domain.relay.budget.BudgetWindows;
import io.tollgate.domain.relay.budget.BudgetedKey;
import io.tollgate.domain.relay.kind.ModelKind;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * A journaled settlement as one line of text: every field of its usage record, the hold or lease it settles and the
 * capped key it counts against, then a CRC-32 of the rest, so a line a crash of the machine cut short is refused.
 */
public record SettlementLine(UsageRecord record, OptionalLong hold, boolean leased, Optional<BudgetedKey> budget) {

    private static final String VERSION = "s1";

    /** The line, without its line break. */
    public String encode() {
        List<String> fields = new ArrayList<>(List.of(VERSION, text(record.requestId()), id(record.key().map(ApiKeyId::value)),
                id(record.user().map(UserId::value)), id(record.account().map(AccountId::value)), text(record.model()),
                Long.toString(record.usage().promptTokens()), Long.toString(record.usage().completionTokens()),
                Long.toString(record.usage().cachedReadTokens()), Long.toString(record.usage().cacheWriteTokens()),
                Boolean.toString(record.usage().estimated()), Long.toString(record.cost().micros()),
                Long.toString(record.latencyMillis()), record.status().name(), record.errorClass().map(Enum::name).orElse(""),
                record.at().toString(), record.quotaDay().toString(), record.kind().name(), Long.toString(record.units()),
                attempts(record.attempts()), hold.isPresent() ? Long.toString(hold.getAsLong()) : "", Boolean.toString(leased),
                budget.map(SettlementLine::budget).orElse("")));
        String body = String.join("\t", fields);
        return body + "\t" + crc(body);
    }

    /** The settlement a line names; empty when the line is not one whole, intact line of this format. */
    public static Optional<SettlementLine> decode(String line) {
        int last = line.lastIndexOf('\t');
        if (last < 0 || !line.substring(last + 1).equals(crc(line.substring(0, last)))) {
            return Optional.empty();
        }
        Iterator<String> f = List.of(line.substring(0, last).split("\t", -1)).iterator();
        try {
            if (!f.next().equals(VERSION)) {
                return Optional.empty();
            }
            String requestId = untext(f.next());
            Optional<ApiKeyId> key = uuid(f.next()).map(ApiKeyId::new);
            Optional<UserId> user = uuid(f.next()).map(UserId::new);
            Optional<AccountId> account = uuid(f.next()).map(AccountId::new);
            String model = untext(f.next());
            Usage usage = new Usage(Long.parseLong(f.next()), Long.parseLong(f.next()), Long.parseLong(f.next()),
                    Long.parseLong(f.next()), Boolean.parseBoolean(f.next()));
            Points cost = new Points(Long.parseLong(f.next()));
            long latency = Long.parseLong(f.next());
            UsageRecord.Status status = UsageRecord.Status.valueOf(f.next());
            Optional<FailureClass> errorClass = optional(f.next(), FailureClass::valueOf);
            Instant at = Instant.parse(f.next());
            LocalDate quotaDay = LocalDate.parse(f.next());
            ModelKind kind = ModelKind.valueOf(f.next());
            long units = Long.parseLong(f.next());
            List<AccountCall.Attempt> attempts = unattempts(f.next());
            OptionalLong hold = optional(f.next(), Long::parseLong).map(OptionalLong::of).orElse(OptionalLong.empty());
            boolean leased = Boolean.parseBoolean(f.next());
            Optional<BudgetedKey> budget = optional(f.next(), SettlementLine::unbudget);
            return Optional.of(new SettlementLine(new UsageRecord(requestId, key, user, account, model, usage, cost, latency,
                    status, errorClass, at, quotaDay, kind, units, attempts), hold, leased, budget));
        } catch (RuntimeException notOurs) {
            return Optional.empty();
        }
    }

    private static String attempts(List<AccountCall.Attempt> attempts) {
        return String.join(",", attempts.stream().map(a -> a.account().value() + ":" + a.failure().name()).toList());
    }

    private static List<AccountCall.Attempt> unattempts(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split(",")).stream().map(one -> one.split(":"))
                .map(p -> new AccountCall.Attempt(new AccountId(UUID.fromString(p[0])), FailureClass.valueOf(p[1]))).toList();
    }

    private static String budget(BudgetedKey key) {
        BudgetWindows w = key.windows();
        return String.join(",", key.key().value().toString(), w.day().toString(), w.week().toString(), w.month().toString(),
                text(w.zone().getId()));
    }

    private static BudgetedKey unbudget(String text) {
        String[] p = text.split(",", -1);
        return new BudgetedKey(new ApiKeyId(UUID.fromString(p[0])), new BudgetWindows(LocalDate.parse(p[1]),
                LocalDate.parse(p[2]), LocalDate.parse(p[3]), ZoneId.of(untext(p[4]))));
    }

    private static String id(Optional<UUID> id) {
        return id.map(UUID::toString).orElse("");
    }

    private static Optional<UUID> uuid(String text) {
        return optional(text, UUID::fromString);
    }

    private static <T> Optional<T> optional(String text, Function<String, T> parse) {
        return text.isEmpty() ? Optional.empty() : Optional.of(parse.apply(text));
    }

    // Percent-encoded, so a tab, comma or line break in a name cannot split a field.
    private static String text(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String untext(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String crc(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
