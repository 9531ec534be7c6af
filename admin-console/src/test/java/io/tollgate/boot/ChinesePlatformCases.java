package io.tollgate.boot;

import static io.tollgate.boot.FakePlatform.json;
import static io.tollgate.boot.OpenAiFamilyCases.chunk;
import static io.tollgate.boot.OpenAiFamilyCases.reply;
import static io.tollgate.boot.OpenAiFamilyCases.usage;
import static io.tollgate.boot.SseAnswers.events;
import static io.tollgate.boot.SseAnswers.failing;

/** GLM v4 and Spark HTTP as they answer, with their own error codes (see the providers protocol notes). */
final class ChinesePlatformCases {

    private static final String SPARK_OK = "\"code\":0,\"message\":\"Success\",\"sid\":\"cha000b0003@dx193f1b2c3d4a1a4532\",";

    private ChinesePlatformCases() {}

    private static String glmError(String code, String message) {
        return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
    }

    private static String sparkError(int code, String message) {
        return "{\"code\":" + code + ",\"message\":\"" + message + "\",\"sid\":\"cha000b0004@dx193f1b2c3d4a1a4533\",\"choices\":[]}";
    }

    static PlatformCase glm() {
        return new PlatformCase("glm", "智谱清言", 8, 4,
                json(200, reply("", "智谱清言", 8, 4).replace("\"model\":\"up\"", "\"model\":\"glm-4\"")),
                // The last chunk carries both the finish and the usage.
                events("data: ", chunk("", "{\"role\":\"assistant\",\"content\":\"智谱\"}", "null"),
                        chunk("", "{\"role\":\"assistant\",\"content\":\"清言\"}", "null"),
                        chunk("", "{\"role\":\"assistant\",\"content\":\"\"}", "\"stop\"").replace("}]}", "}]," + usage(8, 4) + "}")),
                json(401, glmError("1002", "Authorization Token非法，请确认Authorization Token正确传递。")),
                // The trap: out of balance sent as a 429.
                json(429, glmError("1113", "您的账户已欠费，请充值后重试。")),
                json(429, glmError("1302", "您当前使用该API的并发数过高，请降低并发，或联系客服增加限额。")),
                // The content filter inside a stream: the caller's refusal, never an empty answer nor a failover.
                failing("data: ", glmError("1301", "系统检测到输入或生成内容可能包含不安全或敏感内容，请您避免输入易产生敏感内容的提示语，感谢您的配合。")),
                400);
    }

    static PlatformCase spark() {
        return new PlatformCase("spark", "我是讯飞星火", 6, 5,
                json(200, reply(SPARK_OK, "我是讯飞星火", 6, 5)),
                // "data:" without a space, code and sid on every chunk, usage on the last content chunk.
                events("data:", chunk(SPARK_OK, "{\"role\":\"assistant\",\"content\":\"我是\"}", "null"),
                        chunk(SPARK_OK, "{\"role\":\"assistant\",\"content\":\"讯飞星火\"}", "\"stop\"")
                                .replace("}]}", "}]," + usage(6, 5) + "}")),
                json(200, sparkError(11200, "AppIdNoAuthError:(11200)auth no license")),
                json(200, sparkError(11201, "AppIdNoAuthError:(11201)licc limit")),
                json(200, sparkError(11202, "AppIdQpsOverFlowError:(11202)qps limit")),
                // A moderation refusal as the first event of a stream.
                failing("data:", sparkError(10013, "输入内容审核不通过，涉嫌违规，请重新调整输入内容")),
                400);
    }
}
