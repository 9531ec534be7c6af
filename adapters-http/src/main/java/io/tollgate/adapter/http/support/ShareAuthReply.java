package io.tollgate.adapter.http.support;

import io.tollgate.application.shareauth.ShareAuthFailure;
import io.tollgate.domain.billing.ConsumptionRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** A ShareAuth answer: the seed's status and body; FastGPT mode turns every status into 200. */
public record ShareAuthReply(int status, Map<String, Object> body) {

    public static ShareAuthReply success(Map<String, Object> body) {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("success", true);
        reply.putAll(body);
        return new ShareAuthReply(200, reply);
    }

    public static ShareAuthReply failure(int status, String code, String message) {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("success", false);
        reply.put("message", message);
        reply.put("code", code);
        return new ShareAuthReply(status, reply);
    }

    public static ShareAuthReply badRequest(String detail) {
        return badRequest("invalid_request", detail);
    }

    public static ShareAuthReply badRequest(String code, String detail) {
        return failure(400, code, "请求参数错误: " + detail);
    }

    /** The seed's status and message for each business failure. */
    public static ShareAuthReply of(ShareAuthFailure failure) {
        return switch (failure) {
            case ShareAuthFailure.MissingToken ignored -> failure(400, "missing_token", "缺少token参数");
            case ShareAuthFailure.MissingCredentials ignored -> failure(400, "missing_credentials", "缺少认证参数");
            case ShareAuthFailure.InvalidToken ignored -> failure(401, "invalid_token", "身份验证失败，无效的token");
            case ShareAuthFailure.FastGptPlaceholderToken ignored ->
                    failure(401, "fastgpt_placeholder_token", "身份验证失败，无效的token");
            case ShareAuthFailure.WrongCredentials ignored -> failure(401, "wrong_credentials", "用户名或密码错误");
            case ShareAuthFailure.TooManyAttempts ignored ->
                    failure(429, "too_many_attempts", "密码错误次数过多，请稍后再试");
            case ShareAuthFailure.UnknownUser ignored -> failure(404, "user_not_found", "用户不存在");
            case ShareAuthFailure.UserDisabled ignored -> failure(403, "user_disabled", "用户已被禁用，请联系管理员");
            case ShareAuthFailure.BalanceEmpty ignored -> failure(402, "balance_empty", "余额不足，请充值后再使用");
            case ShareAuthFailure.SensitiveContent ignored -> failure(403, "sensitive_content", "内容包含敏感词，请重新输入");
            case ShareAuthFailure.InsufficientBalance ignored ->
                    failure(402, "insufficient_balance", "余额不足，无法完成消费");
            case ShareAuthFailure.ChargeTooLarge ignored -> badRequest("charge_too_large",
                    "消费积分过大：totalPoints × 积分倍率 最多 " + ConsumptionRequest.MAX_CHARGE);
        };
    }

    public ShareAuthReply inFastGptMode(boolean fastGptMode) {
        return fastGptMode ? new ShareAuthReply(200, body) : this;
    }
}
