package io.tollgate.adapter.http.shareauth;

import io.tollgate.adapter.http.support.ShareAuthReply;
import io.tollgate.application.shareauth.FinishOutcome;
import io.tollgate.application.shareauth.InitOutcome;
import io.tollgate.application.shareauth.StartOutcome;
import io.tollgate.domain.billing.Consumption;
import io.tollgate.domain.identity.User;
import java.util.LinkedHashMap;
import java.util.Map;

/** The success bodies of init, start and finish (the seed's fields plus FastGPT's {@code uid}). */
final class ShareAuthReplies {

    private ShareAuthReplies() {}

    static ShareAuthReply initialized(InitOutcome.Initialized done, ShareAuthLog log) {
        User user = done.user();
        log.step("👤", "用户验证成功 (" + done.method() + ")")
                .detail("用户ID: " + user.id())
                .detail("用户名: " + user.username())
                .detail("用户余额: " + user.balance())
                .step("🔗", "工作流: " + done.workflow().map(w -> w.name() + " (ID: " + w.id() + ")").orElse("未匹配"))
                .detail("积分倍率: " + done.pointMultiplier())
                .step("🔑", "已生成JWT Token");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("uid", user.id().toString());
        data.put("userId", user.id().toString());
        data.put("username", user.username().value());
        data.put("pointMultiplier", done.pointMultiplier().value());
        data.put("workflowInfo", done.workflow().map(workflow -> {
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("id", workflow.id().toString());
            info.put("name", workflow.name());
            info.put("noLoginUrl", workflow.noLoginUrl().orElse(null));
            return info;
        }).orElse(null));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authToken", done.authToken());
        body.put("data", data);
        return ShareAuthReply.success(body);
    }

    static ShareAuthReply started(StartOutcome.Started started, ShareAuthLog log) {
        User user = started.user();
        log.step("✅", "余额与敏感词检查通过").detail("用户: " + user.username()).detail("当前余额: " + user.balance());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("uid", user.id().toString());
        data.put("balance", user.balance().toShortestDecimal());
        return ShareAuthReply.success(Map.of("data", data));
    }

    static ShareAuthReply finished(FinishOutcome.Finished finished, ShareAuthLog log) {
        Consumption c = finished.consumption();
        log.step("💰", "计算消费数据: " + c.basePoints() + " × " + c.multiplier() + " = " + c.charge())
                .detail("工作流: " + c.workflowName())
                .step("💾", (finished.repeat() ? "重复请求，沿用已有消费记录: " : "扣费并写入消费记录: ") + c.id())
                .detail("剩余余额: " + c.balanceAfter());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("consumedAmount", c.charge().toShortestDecimal());
        data.put("remainingBalance", c.balanceAfter().toShortestDecimal());
        data.put("consumptionId", c.id());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", "消费记录已保存");
        body.put("data", data);
        return ShareAuthReply.success(body);
    }
}
