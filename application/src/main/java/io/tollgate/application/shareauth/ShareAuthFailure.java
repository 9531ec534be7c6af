package io.tollgate.application.shareauth;

import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;

/** Every way an init, start or finish can fail for business reasons; the HTTP adapter maps each once. */
public sealed interface ShareAuthFailure extends InitOutcome, StartOutcome, FinishOutcome {

    /** start or finish without a token (缺少token参数). */
    record MissingToken() implements ShareAuthFailure {}

    /** init with neither token nor username and password (缺少认证参数). */
    record MissingCredentials() implements ShareAuthFailure {}

    /** A bad, expired or unknown token (身份验证失败，无效的token). */
    record InvalidToken() implements ShareAuthFailure {}

    /** FastGPT's own {@code shareChat-…} placeholder was presented as a token. */
    record FastGptPlaceholderToken() implements ShareAuthFailure {}

    /** A wrong username or password (用户名或密码错误). */
    record WrongCredentials() implements ShareAuthFailure {}

    /** Too many wrong passwords for this name from this address lately; try again after {@code retryAfter}. */
    record TooManyAttempts(java.time.Duration retryAfter) implements ShareAuthFailure {}

    /** A valid token whose user no longer exists (用户不存在). */
    record UnknownUser() implements ShareAuthFailure {}

    record UserDisabled() implements ShareAuthFailure {}

    /** start with a balance of zero (余额不足，请充值后再使用). */
    record BalanceEmpty(Points balance) implements ShareAuthFailure {}

    /** The question contains a listed word (内容包含敏感词，请重新输入). */
    record SensitiveContent(String word) implements ShareAuthFailure {}

    /** finish whose charge exceeds the balance (余额不足，无法完成消费); nothing was deducted. */
    record InsufficientBalance(Points balance, Points charge) implements ShareAuthFailure {}

    /** finish whose totalPoints × the workflow's multiplier exceeds the largest charge one finish may make. */
    record ChargeTooLarge(Points basePoints, Multiplier multiplier) implements ShareAuthFailure {}
}
