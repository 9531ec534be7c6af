package io.tollgate.adapter.provider.errors;

import io.tollgate.domain.account.FailureClass;
import java.util.Optional;

/** What the error codes of ERNIE Qianfan v1 and DashScope native mean, whatever HTTP status came with them. */
final class NativeErrorCodes {

    private NativeErrorCodes() {}

    /** Qianfan v1 {@code error_code}: any code at all is an error, even in a 200. */
    static Optional<FailureClass> ernie(String code) {
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (code) {
            // 110/111: the access token is invalid or expired; 6, 13-15: the app or its AK/SK are not allowed.
            case "110", "111", "6", "13", "14", "15" -> FailureClass.AUTH;
            // 17: daily request limit, 19: total request limit (the free quota is spent).
            case "17", "19" -> FailureClass.QUOTA;
            // 4: cluster over limit, 18: QPS limit, 336501/336502: RPM and TPM limits.
            case "4", "18", "336501", "336502" -> FailureClass.RATE;
            case "1", "2", "336000", "336100" -> FailureClass.TRANSIENT;
            // Bad arguments, overlong prompts and content refusals are the caller's to fix.
            default -> FailureClass.CLIENT;
        });
    }

    /** DashScope native {@code code}; an unknown code is left to the HTTP status. */
    static Optional<FailureClass> dashscope(String code) {
        if (code.equals("invalidapikey")) {
            return Optional.of(FailureClass.AUTH);
        }
        if (code.equals("arrearage")) {
            return Optional.of(FailureClass.QUOTA);
        }
        if (code.startsWith("throttling")) {
            return Optional.of(FailureClass.RATE);
        }
        if (code.startsWith("internalerror")) {
            return Optional.of(FailureClass.TRANSIENT);
        }
        if (code.startsWith("datainspectionfailed") || code.startsWith("invalidparameter")) {
            return Optional.of(FailureClass.CLIENT);
        }
        return Optional.empty();
    }
}
