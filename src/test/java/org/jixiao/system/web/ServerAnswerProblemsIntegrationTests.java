package org.jixiao.system.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the server framework answers by itself, before any controller: each answer is a problem with a body, as
 * every other error is. Sent over a plain socket, because an HTTP client would encode or refuse them first.
 */
@IntegrationTest
class ServerAnswerProblemsIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void rawUtf8InTheQueryStringIsAProblemThatSaysToPercentEncode() throws IOException {
        Answer answer = send("GET /api/v1/projects?q=城市 HTTP/1.1\r\n" + authorized());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem().get("type").asString()).isEqualTo("/problems/malformed-request");
        assertThat(answer.problem().get("detail").asString()).contains("百分号编码");
    }

    @Test
    void aTenKilobyteBearerTokenIsAHeadersTooLargeProblem() throws IOException {
        Answer answer = send("GET /api/v1/projects HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer jx_"
                + "a".repeat(10_240) + "\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(431);
        assertThat(answer.problem().get("type").asString()).isEqualTo("/problems/headers-too-large");
        assertThat(answer.problem().get("status").asInt()).isEqualTo(431);
    }

    @Test
    void aUrlOfSixtyKilobytesIsAUriTooLongProblem() throws IOException {
        Answer answer = send("GET /api/v1/projects?q=" + "a".repeat(65_536) + " HTTP/1.1\r\n" + authorized());

        assertThat(answer.status()).isEqualTo(414);
        assertThat(answer.problem().get("type").asString()).isEqualTo("/problems/uri-too-long");
    }

    @Test
    void anErrorThatAlreadyHasAProblemBodyKeepsIt() throws IOException {
        Answer answer = send("GET /api/v1/projects/424242 HTTP/1.1\r\n" + authorized());

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.problem().get("type").asString()).isEqualTo("/problems/not-found");
        assertThat(answer.problem().get("instance").asString()).isEqualTo("/api/v1/projects/424242");
    }

    private static String authorized() {
        return "Host: localhost\r\nAuthorization: " + TestTokens.bearer(TestTokens.ADMIN)
                + "\r\nConnection: close\r\n\r\n";
    }

    private Answer send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            String response = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
            int headersEnd = response.indexOf("\r\n\r\n");
            assertThat(headersEnd).as(response).isPositive();
            String head = response.substring(0, headersEnd);
            assertThat(head.toLowerCase()).as(head).contains("content-type: application/problem+json");
            int status = Integer.parseInt(head.substring(9, 12));
            JsonNode problem = JSON.readTree(response.substring(headersEnd + 4));
            assertThat(problem.get("status").asInt()).isEqualTo(status);
            assertThat(problem.get("title").asString()).isNotBlank();
            return new Answer(status, problem);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                bytes.write(buffer, 0, read);
            }
        }
        catch (SocketException reset) {
            // The server may close a refused connection before the client has finished writing; what came is enough.
        }
        return bytes.toByteArray();
    }

    private record Answer(int status, JsonNode problem) {
    }
}
