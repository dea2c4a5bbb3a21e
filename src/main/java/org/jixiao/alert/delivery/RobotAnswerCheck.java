package org.jixiao.alert.delivery;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * How a robot says whether it took a message: an HTTP 200 whose JSON carries a code, zero for yes. Some codes mean
 * "too many messages", and then the next try must wait.
 *
 * @param what the robot, for messages
 * @param codeFields where the code may be, first found wins (Feishu's old answers say {@code StatusCode})
 * @param messageFields where the robot's own words may be
 * @param rateLimitedCodes the codes that mean "slow down"
 * @param retryAfterSeconds how long to wait after one of those
 */
record RobotAnswerCheck(String what, List<String> codeFields, List<String> messageFields,
        Set<Integer> rateLimitedCodes, long retryAfterSeconds) {

    /** Returns when the answer says the message was taken; throws a {@link DeliveryException} otherwise. */
    void requireAccepted(JsonNode answer) {
        JsonNode code = codeFields.stream().map(answer::get).filter(node -> node != null && !node.isNull())
                .findFirst().orElse(null);
        if (code == null || !code.isIntegralNumber()) {
            throw new DeliveryException(what + " answered without a result code: "
                    + JsonPoster.excerpt(answer.toString()));
        }
        int value = code.intValue();
        if (value == 0) {
            return;
        }
        String words = messageFields.stream().map(answer::get).filter(node -> node != null && node.isString())
                .map(JsonNode::asString).findFirst().orElse("");
        String message = what + " refused the message: code " + value + (words.isBlank() ? "" : " (" + words + ")");
        if (rateLimitedCodes.contains(value)) {
            throw new DeliveryException(message, true, retryAfterSeconds, null);
        }
        throw new DeliveryException(message);
    }
}
