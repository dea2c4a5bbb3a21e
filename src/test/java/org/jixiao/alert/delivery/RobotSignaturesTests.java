package org.jixiao.alert.delivery;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RobotSignaturesTests {

    private static final String SECRET = "SECb2f3d9c1e8a74c6f9e0d1a2b3c4d5e6f";

    @Test
    void dingTalkSignMatchesAVectorComputedWithOpenssl() {
        // printf '%s\n%s' 1764550800000 "$SECRET" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64
        assertThat(RobotSignatures.dingTalkSign(SECRET, 1764550800000L))
                .isEqualTo("Rfbq8bOfy%2Bhzh7SS6FSbtv2zdzQtdCmEn8bVUwpByqk%3D");
    }

    @Test
    void dingTalkSignEncodesPlusSlashAndEquals() {
        // raw: fQDg7+SarWRMe2NmXwX9BsxOuwwb7daEF8jb3B+l/xY= (openssl, as above, with timestamp 1764550800003)
        String sign = RobotSignatures.dingTalkSign(SECRET, 1764550800003L);

        assertThat(sign).isEqualTo("fQDg7%2BSarWRMe2NmXwX9BsxOuwwb7daEF8jb3B%2Bl%2FxY%3D")
                .doesNotContain("+", "/", "=");
        assertThat(URLDecoder.decode(sign, StandardCharsets.UTF_8))
                .isEqualTo("fQDg7+SarWRMe2NmXwX9BsxOuwwb7daEF8jb3B+l/xY=");
    }

    @Test
    void dingTalkSignAgreesWithASecondImplementationForManyTimestamps() throws Exception {
        for (long timestamp = 1764550800000L; timestamp < 1764550800000L + 200; timestamp++) {
            byte[] expected = hmac(SECRET.getBytes(StandardCharsets.UTF_8),
                    (timestamp + "\n" + SECRET).getBytes(StandardCharsets.UTF_8));
            assertThat(RobotSignatures.dingTalkSign(SECRET, timestamp))
                    .isEqualTo(percentEncode(Base64.getEncoder().encodeToString(expected)));
        }
    }

    @Test
    void dingTalkSignedUrlKeepsTheAccessTokenAndAddsTimestampAndSign() {
        String url = RobotSignatures.dingTalkSignedUrl("https://oapi.dingtalk.com/robot/send?access_token=abc", SECRET,
                Instant.ofEpochMilli(1764550800000L));

        assertThat(url).isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1764550800000"
                + "&sign=Rfbq8bOfy%2Bhzh7SS6FSbtv2zdzQtdCmEn8bVUwpByqk%3D");
    }

    @Test
    void feishuSignMatchesAVectorComputedWithOpenssl() {
        // key=$(printf '%s\n%s' 1764550800 "$SECRET" | xxd -p); printf '' | openssl dgst -sha256 -mac HMAC
        //     -macopt hexkey:$key -binary | base64
        assertThat(RobotSignatures.feishuSign(SECRET, 1764550800L))
                .isEqualTo("MDN2m8CIzxx1Ts4QBdp/g2ygS4emg81YRrtr/9SohOs=");
    }

    @Test
    void feishuSignKeysTheMacWithTheStringToSign() throws Exception {
        long timestamp = 1764550800L;
        byte[] keyedBySecret = hmac(SECRET.getBytes(StandardCharsets.UTF_8),
                (timestamp + "\n" + SECRET).getBytes(StandardCharsets.UTF_8));
        byte[] keyedByString = hmac((timestamp + "\n" + SECRET).getBytes(StandardCharsets.UTF_8), new byte[0]);

        assertThat(RobotSignatures.feishuSign(SECRET, timestamp))
                .isEqualTo(Base64.getEncoder().encodeToString(keyedByString))
                .isNotEqualTo(Base64.getEncoder().encodeToString(keyedBySecret));
        assertThat(RobotSignatures.feishuSign(SECRET, timestamp + 1))
                .isNotEqualTo(RobotSignatures.feishuSign(SECRET, timestamp));
    }

    private static byte[] hmac(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    /** Base64 only has these three characters that need encoding in a query. */
    private static String percentEncode(String base64) {
        return base64.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
    }
}
